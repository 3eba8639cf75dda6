package org.newskg.extract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A word list that is also read straight off a text: which of its words start or end at an offset,
 * and whether a stretch of the text is one of them, without cutting a substring per length tried.
 * The recognisers probe most offsets of every article, so these probes must not allocate. Answers
 * are bit masks of word lengths (bit k: a word of k characters), so words are at most 63 characters.
 * Immutable.
 */
public final class WordSet {

    static final int MAX_WORD = 63;

    private final Set<String> words;
    private final Trie forward;
    private final Trie backward;
    private final int longest;

    public WordSet(Collection<String> words) {
        this.words = Set.copyOf(new LinkedHashSet<>(words));
        int max = 0;
        for (String w : this.words) {
            if (w.length() > MAX_WORD) {
                throw new IllegalArgumentException("word longer than " + MAX_WORD + " characters: " + w);
            }
            max = Math.max(max, w.length());
        }
        this.longest = max;
        this.forward = new Trie(this.words, false);
        this.backward = new Trie(this.words, true);
    }

    public boolean contains(String s) {
        return contains(s, 0, s.length());
    }

    /** The words as a set. */
    Set<String> asSet() {
        return words;
    }

    int longest() {
        return longest;
    }

    /** Whether {@code text[start, end)} is one of the words. */
    public boolean contains(CharSequence text, int start, int end) {
        int len = end - start;
        if (len <= 0 || len > longest) {
            return len == 0 && words.contains("");
        }
        int node = 0;
        for (int i = start; i < end; i++) {
            node = forward.child(node, text.charAt(i));
            if (node < 0) {
                return false;
            }
        }
        return forward.isWord(node);
    }

    /** The lengths of the words that start at {@code start} and end at or before {@code limit}. */
    public long startingAt(CharSequence text, int start, int limit) {
        long found = 0;
        int stop = Math.min(limit, start + longest);
        if (start >= stop || !forward.opens(text.charAt(start))) {
            return 0;
        }
        int node = 0;
        for (int i = start; i < stop; i++) {
            node = forward.child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (forward.isWord(node)) {
                found |= 1L << (i + 1 - start);
            }
        }
        return found;
    }

    /** The lengths of the words that end at {@code end} and start at or after {@code floor}. */
    public long endingAt(CharSequence text, int end, int floor) {
        long found = 0;
        int stop = Math.max(Math.max(floor, 0), end - longest);
        if (end - 1 < stop || !backward.opens(text.charAt(end - 1))) {
            return 0;
        }
        int node = 0;
        for (int i = end - 1; i >= stop; i--) {
            node = backward.child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (backward.isWord(node)) {
                found |= 1L << (end - i);
            }
        }
        return found;
    }

    /** The length of the longest word ending at {@code end} and starting at or after {@code floor}; 0 when none. */
    int longestEndingAt(CharSequence text, int end, int floor) {
        return highest(endingAt(text, end, floor));
    }

    /** The length of the longest word starting at {@code start} and ending at or before {@code limit}; 0 when none. */
    public int longestStartingAt(CharSequence text, int start, int limit) {
        return highest(startingAt(text, start, limit));
    }

    /** The highest length in a mask; 0 for none. */
    public static int highest(long lengths) {
        return lengths == 0 ? 0 : 63 - Long.numberOfLeadingZeros(lengths);
    }

    /**
     * The words' characters as a tree, read forwards or backwards: node 0 is the root; edges are kept in
     * one open-addressed table keyed by (node, character), so a step is a hash probe and nothing else.
     */
    private static final class Trie {

        private final long[] keys;
        private final int[] children;
        private final int mask;
        private final boolean[] word;
        /** The characters the root has an edge for, one bit each: most offsets are turned down here. */
        private final long[] first = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

        Trie(Set<String> words, boolean reversed) {
            int chars = 1;
            for (String w : words) {
                chars += w.length();
            }
            int size = Integer.highestOneBit(Math.max(4, chars * 2)) << 1;
            keys = new long[size];
            java.util.Arrays.fill(keys, -1L);
            children = new int[size];
            mask = size - 1;
            boolean[] isWord = new boolean[chars];
            int nodes = 1;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                int node = 0;
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(reversed ? w.length() - 1 - k : k);
                    if (k == 0) {
                        first[c >>> 6] |= 1L << c;
                    }
                    int next = child(node, c);
                    if (next < 0) {
                        next = nodes++;
                        put(node, c, next);
                    }
                    node = next;
                }
                isWord[node] = true;
            }
            word = isWord;
        }

        private static long key(int node, char c) {
            return ((long) node << 16) | c;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & mask;
        }

        int child(int node, char c) {
            long k = key(node, c);
            for (int s = slot(k); ; s = (s + 1) & mask) {
                long at = keys[s];
                if (at == k) {
                    return children[s];
                }
                if (at == -1L) {
                    return -1;
                }
            }
        }

        private void put(int node, char c, int child) {
            long k = key(node, c);
            int s = slot(k);
            while (keys[s] != -1L) {
                s = (s + 1) & mask;
            }
            keys[s] = k;
            children[s] = child;
        }

        boolean opens(char c) {
            return (first[c >>> 6] & (1L << c)) != 0;
        }

        boolean isWord(int node) {
            return word[node];
        }
    }
}
