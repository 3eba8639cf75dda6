package org.newskg.extract.names;

import java.util.Arrays;
import java.util.List;
import org.newskg.nlp.Token;

/**
 * The features of each character, as 64-bit keys mixed from a template number and the values it
 * looks at (characters, character classes, HanLP's word position, word and tag). Mixing numbers
 * instead of joining strings keeps feature extraction free of allocation per character, which is
 * what makes labelling a corpus cheap.
 */
final class CharFeatures {

    /** Keys per character. */
    static final int COUNT = 24;

    // character classes
    private static final int DIGIT = 1, LATIN = 2, PUNCT = 3, CJK = 4, OTHER = 5, NONE = 6, CN_DIGIT = 7;
    // position of a character in its HanLP word
    private static final int W_B = 0, W_M = 1, W_E = 2, W_S = 3;

    private CharFeatures() {
    }

    /**
     * Per-character view of HanLP's words: where the character sits in its word, and the word's
     * facts. Its arrays grow to the longest text seen and are reused, so a thread that keeps one
     * (see {@link DecodeScratch}) allocates nothing per text.
     */
    static final class Words {
        int[] pos = new int[0], tag = pos, prevTag = pos, nextTag = pos, len = pos, tagHash = pos;
        long[] word = new long[0], prevWord = word, nextWord = word, wordHash = word;

        /** Fills the view for text; characters outside every word keep position S and zeros. */
        void fill(String text, List<Token> tokens) {
            int n = text.length();
            if (pos.length < n) {
                int cap = Math.max(n, pos.length * 2);
                pos = new int[cap];
                tag = new int[cap];
                prevTag = new int[cap];
                nextTag = new int[cap];
                len = new int[cap];
                word = new long[cap];
                prevWord = new long[cap];
                nextWord = new long[cap];
            }
            Arrays.fill(pos, 0, n, W_S);
            Arrays.fill(tag, 0, n, 0);
            Arrays.fill(prevTag, 0, n, 0);
            Arrays.fill(nextTag, 0, n, 0);
            Arrays.fill(len, 0, n, 0);
            Arrays.fill(word, 0, n, 0);
            Arrays.fill(prevWord, 0, n, 0);
            Arrays.fill(nextWord, 0, n, 0);
            int size = tokens.size();
            if (tagHash.length < size) {
                tagHash = new int[Math.max(size, tagHash.length * 2)];
                wordHash = new long[tagHash.length];
            }
            for (int k = 0; k < size; k++) {
                Token t = tokens.get(k);
                wordHash[k] = hashChars(text, t.span().start(), Math.min(n, t.span().end()));
                tagHash[k] = t.tag().hashCode();
            }
            for (int k = 0; k < size; k++) {
                Token t = tokens.get(k);
                int s = t.span().start(), e = Math.min(n, t.span().end());
                for (int i = s; i < e; i++) {
                    pos[i] = e - s == 1 ? W_S : i == s ? W_B : i == e - 1 ? W_E : W_M;
                    tag[i] = tagHash[k];
                    prevTag[i] = k > 0 ? tagHash[k - 1] : 1;
                    nextTag[i] = k + 1 < size ? tagHash[k + 1] : 2;
                    len[i] = Math.min(e - s, 6);
                    word[i] = wordHash[k];
                    prevWord[i] = k > 0 ? wordHash[k - 1] : 1;
                    nextWord[i] = k + 1 < size ? wordHash[k + 1] : 2;
                }
            }
        }
    }

    /** Writes the keys of every character of text into out[i * COUNT …]. */
    static void keys(String text, List<Token> tokens, long[] out) {
        keys(text, tokens, new Words(), out);
    }

    /** The same, filling words (a reusable view) on the way. */
    static void keys(String text, List<Token> tokens, Words w, long[] out) {
        w.fill(text, tokens);
        keys(text, w, 0, text.length(), out);
    }

    /**
     * The keys of the characters from … to of text into out[(i − from) * COUNT …], w already filled
     * for the whole text: the characters and words around the stretch are seen as in the whole text.
     */
    static void keys(String text, Words w, int from, int to, long[] out) {
        for (int i = from; i < to; i++) {
            int at = (i - from) * COUNT;
            int m2 = ch(text, i - 2), m1 = ch(text, i - 1), c0 = ch(text, i), p1 = ch(text, i + 1), p2 = ch(text, i + 2);
            int k0 = cls(c0), km1 = cls(m1), kp1 = cls(p1);
            int wp = w.pos[i];
            out[at] = key(0, 0, 0);
            out[at + 1] = key(1, m2, 0);
            out[at + 2] = key(2, m1, 0);
            out[at + 3] = key(3, c0, 0);
            out[at + 4] = key(4, p1, 0);
            out[at + 5] = key(5, p2, 0);
            out[at + 6] = key(6, m2, m1);
            out[at + 7] = key(7, m1, c0);
            out[at + 8] = key(8, c0, p1);
            out[at + 9] = key(9, p1, p2);
            out[at + 10] = key(10, m1, p1);
            out[at + 11] = key(11, ((long) m1 << 32) | c0, p1);
            out[at + 12] = key(12, (cls(m2) << 12) | (km1 << 8) | (k0 << 4) | kp1, cls(p2));
            out[at + 13] = key(13, wp, w.tag[i]);
            out[at + 14] = key(14, ((long) wp << 32) | c0, w.tag[i]);
            out[at + 15] = key(15, wp, w.word[i]);
            out[at + 16] = key(16, ((long) wp << 32) | (w.prevTag[i] & 0xffffffffL), w.tag[i]);
            out[at + 17] = key(17, ((long) wp << 32) | (w.nextTag[i] & 0xffffffffL), w.tag[i]);
            out[at + 18] = key(18, ((long) wp << 32) | w.len[i], w.tag[i]);
            out[at + 19] = key(19, wp, w.prevWord[i]);
            out[at + 20] = key(20, wp, w.nextWord[i]);
            out[at + 21] = key(21, ((long) wp << 32) | c0, w.prevTag[i]);
            out[at + 22] = key(22, ((long) wp << 32) | c0, w.nextTag[i]);
            out[at + 23] = key(23, (km1 << 4) | k0, ((long) w.prevTag[i] << 32) | (w.tag[i] & 0xffffffffL));
        }
    }

    /** The character at i, full-width ASCII folded to half-width; beyond the text, distinct edge values. */
    private static int ch(String text, int i) {
        if (i < 0) {
            return 0x10000 - i;
        }
        if (i >= text.length()) {
            return 0x10010 + i - text.length();
        }
        char c = text.charAt(i);
        return c >= '\uFF01' && c <= '\uFF5E' ? c - 0xFEE0 : c;
    }

    /** Character classes looked up, not computed: five a character, every character. */
    private static final byte[] CLASSES = new byte[0x10000];

    static {
        for (int c = 0; c < CLASSES.length; c++) {
            CLASSES[c] = (byte) classify((char) c);
        }
    }

    private static int cls(int c) {
        return c > 0xFFFF ? NONE : CLASSES[c];
    }

    private static int classify(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return LATIN;
        }
        if ("〇一二三四五六七八九十百千万亿零两".indexOf(c) >= 0) {
            return CN_DIGIT;
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
            return CJK;
        }
        int type = Character.getType(c);
        if (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.MATH_SYMBOL || Character.isWhitespace(c)) {
            return PUNCT;
        }
        return OTHER;
    }

    /** A key for template t over values a and b: never 0 (the table's empty slot). */
    static long key(int t, long a, long b) {
        long h = mix(t * 0x9E3779B97F4A7C15L + a);
        h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
        return h == 0 ? 1 : h;
    }

    /** The finaliser of MurmurHash3: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long hashChars(String text, int s, int e) {
        long h = 0xcbf29ce484222325L;
        for (int i = s; i < e; i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
