package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap in use while it runs: sampled every 20 ms from the memory bean, and, as an upper
 * bound, the sum of the heap pools' own peaks (which the JVM records at every collection).
 */
public final class HeapWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    public HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak = Math.max(sampledPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The largest heap use seen by sampling, in bytes. */
    public long sampledPeak() {
        return sampledPeak;
    }

    /** The sum of the heap pools' recorded peaks, in bytes (an upper bound: pools peak at different moments). */
    public long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
