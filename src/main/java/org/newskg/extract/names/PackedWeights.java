package org.newskg.extract.names;

/**
 * The feature weights as decoding reads them: each row's T 16-bit weights packed three to a long
 * in 21-bit lanes, each offset by 2^15 so that no lane is negative. Adding two rows long by long
 * then adds three weights at once, and no lane carries into the next: a character adds at most
 * {@link CharFeatures#COUNT} rows and COUNT × (2^16 − 1) < 2^21. Taking the offsets off again
 * gives exactly the integer sums of the 16-bit weights, so the scores are the same as adding
 * them one by one. Packed row 0 is all zeros, the weights of an unknown feature, and feature row r
 * is packed row r + 1: a character's sum then adds a row for every feature, known or not, with no
 * branch to mispredict. Converted when a model is made; the file keeps the 16-bit rows.
 */
final class PackedWeights {

    private static final int T = BioesTags.COUNT;
    private static final int LANES = 3, LANE_BITS = 21;
    private static final long LANE_MASK = (1L << LANE_BITS) - 1;
    private static final int OFFSET = 1 << 15;
    /** Longs per row. */
    static final int WIDTH = (T + LANES - 1) / LANES;

    static {
        if (CharFeatures.COUNT * 0xFFFFL > LANE_MASK) {
            throw new AssertionError("too many features a character for " + LANE_BITS + "-bit lanes");
        }
        if (WIDTH != 7 || T != WIDTH * LANES) {
            throw new AssertionError("sum is written for 21 tags in 7 longs");
        }
    }

    private final long[] packed;
    private final int rows;

    /** Rows of T weights, row r at w[r * T …]. */
    PackedWeights(short[] w) {
        if (w.length % T != 0) {
            throw new IllegalArgumentException("weights are not rows of " + T);
        }
        rows = w.length / T;
        packed = new long[(rows + 1) * WIDTH];
        for (int t = 0; t < T; t++) {
            packed[t / LANES] |= (long) OFFSET << (LANE_BITS * (t % LANES));
        }
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < T; t++) {
                packed[(r + 1) * WIDTH + t / LANES] |= (long) (w[r * T + t] + OFFSET) << (LANE_BITS * (t % LANES));
            }
        }
    }

    int rows() {
        return rows;
    }

    /** The 16-bit rows again, as the model file stores them. */
    short[] unpack() {
        short[] w = new short[rows * T];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < T; t++) {
                w[r * T + t] = (short) (lane(packed[(r + 1) * WIDTH + t / LANES], t % LANES) - OFFSET);
            }
        }
        return w;
    }

    /**
     * Sums the packed rows rowList[0 … count) (feature row + 1, 0 for an unknown feature) and
     * writes each tag's sum times scale to out[at + t]. Spelled out for the seven longs of a row
     * (checked when the class loads), so the sums stay in registers.
     */
    void sum(int[] rowList, int count, float scale, float[] out, int at) {
        long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
        long[] p = packed;
        for (int f = 0; f < count; f++) {
            int b = rowList[f] * WIDTH;
            a0 += p[b];
            a1 += p[b + 1];
            a2 += p[b + 2];
            a3 += p[b + 3];
            a4 += p[b + 4];
            a5 += p[b + 5];
            a6 += p[b + 6];
        }
        long offsets = (long) count * OFFSET;
        lanes(a0, offsets, scale, out, at);
        lanes(a1, offsets, scale, out, at + 3);
        lanes(a2, offsets, scale, out, at + 6);
        lanes(a3, offsets, scale, out, at + 9);
        lanes(a4, offsets, scale, out, at + 12);
        lanes(a5, offsets, scale, out, at + 15);
        lanes(a6, offsets, scale, out, at + 18);
    }

    /** The three tags' sums of one packed word, offsets taken off, scaled. */
    private static void lanes(long word, long offsets, float scale, float[] out, int at) {
        out[at] = (int) ((word & LANE_MASK) - offsets) * scale;
        out[at + 1] = (int) (((word >>> LANE_BITS) & LANE_MASK) - offsets) * scale;
        out[at + 2] = (int) (((word >>> (2 * LANE_BITS)) & LANE_MASK) - offsets) * scale;
    }

    private static long lane(long word, int lane) {
        return (word >>> (LANE_BITS * lane)) & LANE_MASK;
    }
}
