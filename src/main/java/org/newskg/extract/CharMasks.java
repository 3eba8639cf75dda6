package org.newskg.extract;

import java.util.Map;

/** A small map from characters to bit masks, looked up once per character of a text: one hash probe, no boxing. */
public final class CharMasks {

    private final char[] keys;
    private final long[] masks;
    private final boolean[] used;
    private final int mask;

    public CharMasks(Map<Character, Long> entries) {
        int size = Integer.highestOneBit(Math.max(8, entries.size() * 4)) << 1;
        keys = new char[size];
        masks = new long[size];
        used = new boolean[size];
        mask = size - 1;
        for (Map.Entry<Character, Long> e : entries.entrySet()) {
            int s = slot(e.getKey());
            while (used[s]) {
                s = (s + 1) & mask;
            }
            used[s] = true;
            keys[s] = e.getKey();
            masks[s] = e.getValue();
        }
    }

    private int slot(char c) {
        return (c * 0x9E3779B1) >>> 16 & mask;
    }

    /** The mask of {@code c}; 0 when it has none. */
    public long get(char c) {
        for (int s = slot(c); used[s]; s = (s + 1) & mask) {
            if (keys[s] == c) {
                return masks[s];
            }
        }
        return 0;
    }
}
