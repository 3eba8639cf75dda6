package org.newskg.extract.names;

import java.util.Arrays;

/**
 * Feature keys to row numbers, open addressing over one long array: each slot packs the key's
 * upper 39 bits (its fingerprint) with its row + 1 in 24 bits, so a look-up reads one slot per
 * probe and no second array, and an empty slot (0) reads as row −1 without a test of its own; labelling spends most of its time here, in memory. Keys are well-mixed
 * hashes ({@link CharFeatures}), so their low bits pick the slot; two keys agreeing on 39 bits
 * and a probe path are as good as never met. The full keys are kept apart, in row order, for the
 * model file. Reading while nobody adds is thread-safe.
 */
final class FeatureTable {

    private static final int ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    private long[] slots;
    private long[] byRow;
    private int size;

    FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        byRow = new long[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    /** Never 0, so 0 marks an empty slot even for row 0. */
    private static long fingerprint(long key) {
        return (key >>> ROW_BITS | 1) << ROW_BITS;
    }

    /**
     * The row of a key, or -1: the row in the first slot on the key's path that holds its
     * fingerprint or is empty. The first two slots are read and chosen between without a branch
     * (whether a key is known is a coin toss for many templates, and a mispredicted branch waits
     * for memory); only where both hold other keys does the walk go on.
     */
    int get(long key) {
        long fp = fingerprint(key);
        int mask = slots.length - 1;
        int i = (int) key & mask;
        long s0 = slots[i], s1 = slots[(i + 1) & mask];
        boolean stop0 = (s0 & ~ROW_MASK) == fp | s0 == 0;
        boolean stop1 = (s1 & ~ROW_MASK) == fp | s1 == 0;
        if (stop0 | stop1) {
            return (int) ((stop0 ? s0 : s1) & ROW_MASK) - 1;
        }
        for (i = (i + 2) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if ((s & ~ROW_MASK) == fp || s == 0) {
                return (int) (s & ROW_MASK) - 1;
            }
        }
    }

    /** The row of a key, giving it the next row number if it is new. */
    int add(long key) {
        long fp = fingerprint(key);
        int mask = slots.length - 1;
        int i = (int) key & mask;
        for (; ; i = (i + 1) & mask) {
            long s = slots[i];
            if ((s & ~ROW_MASK) == fp) {
                return (int) (s & ROW_MASK) - 1;
            }
            if (s == 0) {
                break;
            }
        }
        if (size + 1 >= ROW_MASK) {
            throw new IllegalStateException("more than " + (ROW_MASK - 1) + " features");
        }
        slots[i] = fp | (size + 1);
        if (size == byRow.length) {
            byRow = Arrays.copyOf(byRow, size * 2);
        }
        byRow[size] = key;
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** Every key, in row order (how the model file lists them). */
    long[] keysByRow() {
        return Arrays.copyOf(byRow, size);
    }

    private void grow() {
        slots = new long[slots.length * 2];
        int mask = slots.length - 1;
        for (int r = 0; r < size; r++) {
            int i = (int) byRow[r] & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = fingerprint(byRow[r]) | (r + 1);
        }
    }

    static FeatureTable of(long[] keysByRow) {
        FeatureTable t = new FeatureTable(keysByRow.length);
        for (long k : keysByRow) {
            t.add(k);
        }
        return t;
    }
}
