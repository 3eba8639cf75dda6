package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Packed rows give back the 16-bit weights and sum exactly as adding them one by one, extremes
 * included; packed row 0 (an unknown feature) adds nothing.
 */
class PackedWeightsTest {

    private static final int T = BioesTags.COUNT, F = CharFeatures.COUNT;

    private static short[] randomRows(int rows, Random random) {
        short[] w = new short[rows * T];
        for (int i = 0; i < w.length; i++) {
            int pick = random.nextInt(4);
            w[i] = pick == 0 ? Short.MIN_VALUE : pick == 1 ? Short.MAX_VALUE : (short) random.nextInt(1 << 16);
        }
        return w;
    }

    @Test
    void unpacksToTheSameWeights() {
        short[] w = randomRows(50, new Random(5));
        assertArrayEquals(w, new PackedWeights(w).unpack());
        assertEquals(50, new PackedWeights(w).rows());
    }

    @Test
    void sumsLikeAddingTheShortsOneByOne() {
        Random random = new Random(9);
        short[] w = randomRows(40, random);
        PackedWeights packed = new PackedWeights(w);
        float scale = 0.0021f;
        for (int round = 0; round < 200; round++) {
            int[] rows = new int[F];
            for (int f = 0; f < F; f++) {
                rows[f] = random.nextInt(5) == 0 ? -1 : random.nextInt(40);
            }
            int[] packedRows = new int[F];
            for (int f = 0; f < F; f++) {
                packedRows[f] = rows[f] + 1;
            }
            float[] expected = new float[T];
            for (int t = 0; t < T; t++) {
                int sum = 0;
                for (int r : rows) {
                    sum += r >= 0 ? w[r * T + t] : 0;
                }
                expected[t] = sum * scale;
            }
            float[] out = new float[T + 3];
            packed.sum(packedRows, F, scale, out, 3);
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(out, 3, T + 3), "round " + round);
        }
    }

    @Test
    void theLargestSumsDoNotSpillIntoTheNextTag() {
        short[] w = new short[2 * T];
        for (int t = 0; t < T; t++) {
            w[t] = Short.MAX_VALUE;
            w[T + t] = Short.MIN_VALUE;
        }
        PackedWeights packed = new PackedWeights(w);
        for (int row = 0; row < 2; row++) {
            int[] rows = new int[F];
            java.util.Arrays.fill(rows, row + 1);
            float[] out = new float[T];
            packed.sum(rows, F, 1, out, 0);
            for (int t = 0; t < T; t++) {
                assertEquals(F * (float) w[row * T + t], out[t], "tag " + t);
            }
        }
    }
}
