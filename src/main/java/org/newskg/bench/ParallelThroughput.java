package org.newskg.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/** Runs one job over every text on a number of threads and reports characters per second. */
public final class ParallelThroughput {

    /** A measured run: total characters, threads, wall time, and what the job counted (tokens, mentions). */
    public record Result(long chars, int threads, long nanos, long items) {
        public double charsPerSecond() {
            return chars / (nanos / 1e9);
        }

        public double charsPerSecondPerThread() {
            return charsPerSecond() / threads;
        }
    }

    private ParallelThroughput() {
    }

    public static Result run(List<String> texts, int threads, ToLongFunction<String> job) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long chars = 0;
                    long items = 0;
                    int i;
                    while ((i = next.getAndIncrement()) < texts.size()) {
                        String text = texts.get(i);
                        items += job.applyAsLong(text);
                        chars += text.length();
                    }
                    return new long[] {chars, items};
                }));
            }
            long chars = 0;
            long items = 0;
            for (Future<long[]> part : parts) {
                long[] r = part.get();
                chars += r[0];
                items += r[1];
            }
            return new Result(chars, threads, System.nanoTime() - start, items);
        } finally {
            pool.shutdownNow();
        }
    }
}
