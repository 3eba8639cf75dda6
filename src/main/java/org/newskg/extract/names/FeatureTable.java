package org.newskg.extract.names;

import java.util.Arrays;

/**
 * Feature keys to row numbers: open addressing over a long array, so a look-up costs no boxing
 * and no allocation. Keys are already well-mixed hashes ({@link CharFeatures}), so their low bits
 * pick the slot directly. 0 is the empty slot, which is why keys are never 0. Reading while
 * nobody adds is thread-safe.
 */
final class FeatureTable {

    private long[] keys;
    private int[] rows;
    private int size;

    FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        rows = new int[cap];
    }

    int size() {
        return size;
    }

    /** The row of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The row of a key, giving it the next row number if it is new. */
    int add(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == 0) {
                break;
            }
        }
        keys[i] = key;
        rows[i] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** Every key, in row order (how the model file lists them). */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                out[rows[i]] = keys[i];
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    static FeatureTable of(long[] keysByRow) {
        FeatureTable t = new FeatureTable(keysByRow.length);
        for (long k : keysByRow) {
            t.add(k);
        }
        return t;
    }

    @Override
    public String toString() {
        return "FeatureTable" + Arrays.toString(new int[] {size, keys.length});
    }
}
