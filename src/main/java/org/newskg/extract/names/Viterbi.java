package org.newskg.extract.names;

/**
 * Best tag sequence under emission and transition scores, looking only at the transitions
 * {@link BioesTags} allows (a third of all pairs), and the max-marginals that give a name its margin.
 * The passes walk {@link TagTransitions}' dense groups; every sum is formed as before (same
 * operands, same order) and ties go to the first predecessor, so the tags and scores do not
 * depend on the layout.
 */
final class Viterbi {

    private static final int T = BioesTags.COUNT;
    private static final float NEG = Float.NEGATIVE_INFINITY;

    private Viterbi() {
    }

    /**
     * Fills path with the best tags of n characters; emit[i * T + t] is tag t's score at i,
     * trans[a * T + b] the score of b after a. delta receives the forward scores (n * T).
     * Returns the best sequence's score.
     */
    static float decode(float[] emit, int n, float[] trans, int[] path, float[] delta) {
        return decode(emit, n, new TagTransitions(trans), path, delta);
    }

    static float decode(float[] emit, int n, TagTransitions trans, int[] path, float[] delta) {
        if (n == 0) {
            return 0;
        }
        forward(emit, n, trans, delta);
        int last = (n - 1) * T;
        float best = NEG;
        int arg = 0;
        for (int t = 0; t < T; t++) {
            if (BioesTags.CAN_END[t] && delta[last + t] > best) {
                best = delta[last + t];
                arg = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i] = arg;
            arg = bestPredecessor(delta, (i - 1) * T, trans.scores, arg);
        }
        path[0] = arg;
        return best;
    }

    /**
     * The forward scores alone, no back pointers: a running maximum has no branch to mispredict,
     * and the n predecessors the best path needs are found again afterwards, in the same order
     * with the same sums, so the same ones.
     */
    private static void forward(float[] emit, int n, TagTransitions trans, float[] delta) {
        for (int t = 0; t < T; t++) {
            delta[t] = BioesTags.CAN_START[t] ? emit[t] : NEG;
        }
        int[][] sources = TagTransitions.FORWARD_SOURCES, targets = TagTransitions.FORWARD_TARGETS;
        float[][] blocks = trans.forward;
        float[] from = new float[T];
        for (int i = 1; i < n; i++) {
            int row = i * T, prev = row - T;
            for (int g = 0; g < sources.length; g++) {
                int[] src = sources[g], dst = targets[g];
                float[] block = blocks[g];
                int m = src.length;
                for (int j = 0; j < m; j++) {
                    from[j] = delta[prev + src[j]];
                }
                for (int k = 0, base = 0; k < dst.length; k++, base += m) {
                    float best = NEG;
                    for (int j = 0; j < m; j++) {
                        float s = from[j] + block[base + j];
                        best = s > best ? s : best;
                    }
                    delta[row + dst[k]] = best + emit[row + dst[k]];
                }
            }
        }
    }

    /** The first predecessor of tag t with the best forward score plus transition (0 if none beats −∞). */
    private static int bestPredecessor(float[] delta, int prev, float[] trans, int t) {
        float best = NEG;
        int arg = 0;
        for (int p : BioesTags.PREDECESSORS[t]) {
            float s = delta[prev + p] + trans[p * T + t];
            if (s > best) {
                best = s;
                arg = p;
            }
        }
        return arg;
    }

    /**
     * The backward scores: beta[i * T + t] is the best score of characters after i given tag t at i.
     * delta[i * T + t] + beta[i * T + t] is then the best sequence with t at i (its max-marginal).
     */
    static float[] backward(float[] emit, int n, float[] trans) {
        return backward(emit, n, new TagTransitions(trans), new float[n * T]);
    }

    /** The same into beta (at least n * T long); returns beta. */
    static float[] backward(float[] emit, int n, TagTransitions trans, float[] beta) {
        if (n == 0) {
            return beta;
        }
        int last = (n - 1) * T;
        for (int t = 0; t < T; t++) {
            beta[last + t] = BioesTags.CAN_END[t] ? 0 : NEG;
        }
        int[][] sources = TagTransitions.BACKWARD_SOURCES, targets = TagTransitions.BACKWARD_TARGETS;
        float[][] blocks = trans.backward;
        float[] em = new float[T], be = new float[T];
        for (int i = n - 2; i >= 0; i--) {
            int row = i * T, next = row + T;
            for (int g = 0; g < sources.length; g++) {
                int[] src = sources[g], dst = targets[g];
                float[] block = blocks[g];
                int m = dst.length;
                for (int j = 0; j < m; j++) {
                    em[j] = emit[next + dst[j]];
                    be[j] = beta[next + dst[j]];
                }
                for (int k = 0, base = 0; k < src.length; k++, base += m) {
                    float best = NEG;
                    for (int j = 0; j < m; j++) {
                        float v = block[base + j] + em[j] + be[j];
                        best = v > best ? v : best;
                    }
                    beta[row + src[k]] = best;
                }
            }
        }
        return beta;
    }

    /**
     * How far the best sequence (score best) is ahead of the best one that tags some character of
     * [s, e) otherwise: that is how sure the model is of this name, boundaries and kind together.
     */
    static float margin(float best, float[] delta, float[] beta, int[] path, int s, int e) {
        float rival = NEG;
        for (int i = s; i < e; i++) {
            int row = i * T;
            for (int t = 0; t < T; t++) {
                if (t != path[i]) {
                    float v = delta[row + t] + beta[row + t];
                    if (v > rival) {
                        rival = v;
                    }
                }
            }
        }
        return rival == NEG ? Float.MAX_VALUE : Math.max(0, best - rival);
    }
}
