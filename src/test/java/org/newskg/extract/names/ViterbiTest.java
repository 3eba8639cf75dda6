package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The grouped, pointer-free Viterbi gives bit for bit what the plain one over BioesTags' lists
 * gives (kept here as the reference): same path, ties to the first predecessor, same forward and
 * backward scores. Small whole-number scores make ties common.
 */
class ViterbiTest {

    private static final int T = BioesTags.COUNT;
    private static final float NEG = Float.NEGATIVE_INFINITY;

    @Test
    void matchesThePlainDecoderOnRandomAndTiedScores() {
        Random random = new Random(11);
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(40);
            boolean ties = round % 2 == 0;
            float[] emit = scores(random, n * T, ties);
            float[] trans = scores(random, T * T, ties);
            int[] path = new int[n], refPath = new int[n];
            float[] delta = new float[n * T], refDelta = new float[n * T];
            float best = Viterbi.decode(emit, n, new TagTransitions(trans), path, delta);
            float refBest = referenceDecode(emit, n, trans, refPath, refDelta);
            assertEquals(Float.floatToRawIntBits(refBest), Float.floatToRawIntBits(best), "round " + round);
            assertArrayEquals(refPath, path, "round " + round);
            assertArrayEquals(refDelta, delta, "round " + round);
            assertArrayEquals(referenceBackward(emit, n, trans), Viterbi.backward(emit, n, trans), "round " + round);
        }
    }

    @Test
    void aPathKeepsToTheAllowedTransitions() {
        Random random = new Random(3);
        float[] emit = scores(random, 60 * T, false), trans = scores(random, T * T, false);
        int[] path = new int[60];
        Viterbi.decode(emit, 60, trans, path, new float[60 * T]);
        assertEquals(true, BioesTags.CAN_START[path[0]] && BioesTags.CAN_END[path[59]]);
        for (int i = 1; i < path.length; i++) {
            boolean allowed = false;
            for (int p : BioesTags.PREDECESSORS[path[i]]) {
                allowed |= p == path[i - 1];
            }
            assertEquals(true, allowed, path[i - 1] + " → " + path[i]);
        }
    }

    private static float[] scores(Random random, int size, boolean ties) {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = ties ? random.nextInt(3) - 1 : (float) random.nextGaussian();
        }
        return out;
    }

    /** The decoder as it was first written: back pointers kept, predecessors from BioesTags. */
    private static float referenceDecode(float[] emit, int n, float[] trans, int[] path, float[] delta) {
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            delta[t] = BioesTags.CAN_START[t] ? emit[t] : NEG;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = NEG;
                int arg = 0;
                for (int p : BioesTags.PREDECESSORS[t]) {
                    float s = delta[(i - 1) * T + p] + trans[p * T + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                delta[i * T + t] = best + emit[i * T + t];
                back[i * T + t] = arg;
            }
        }
        float best = NEG;
        int arg = 0;
        for (int t = 0; t < T; t++) {
            if (BioesTags.CAN_END[t] && delta[(n - 1) * T + t] > best) {
                best = delta[(n - 1) * T + t];
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = arg;
            arg = back[i * T + arg];
        }
        return best;
    }

    private static float[] referenceBackward(float[] emit, int n, float[] trans) {
        float[] beta = new float[n * T];
        for (int t = 0; t < T; t++) {
            beta[(n - 1) * T + t] = BioesTags.CAN_END[t] ? 0 : NEG;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int t = 0; t < T; t++) {
                float best = NEG;
                for (int s : BioesTags.SUCCESSORS[t]) {
                    float v = trans[t * T + s] + emit[(i + 1) * T + s] + beta[(i + 1) * T + s];
                    if (v > best) {
                        best = v;
                    }
                }
                beta[i * T + t] = best;
            }
        }
        return beta;
    }
}
