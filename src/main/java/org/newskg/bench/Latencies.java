package org.newskg.bench;

import java.util.Arrays;

/** Percentiles of a set of measured durations (nearest-rank). */
public record Latencies(long[] sortedNanos) {

    public static Latencies of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public int count() {
        return sortedNanos.length;
    }
}
