package org.newskg.extract.names;

/**
 * Best tag sequence under emission and transition scores, looking only at the transitions
 * {@link BioesTags} allows (a quarter of all pairs), and the max-marginals that give a name its margin.
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
        return decode(emit, n, trans, path, delta, new int[n * T]);
    }

    /** The same, with back (n * T) to hold the best predecessors. */
    static float decode(float[] emit, int n, float[] trans, int[] path, float[] delta, int[] back) {
        if (n == 0) {
            return 0;
        }
        for (int t = 0; t < T; t++) {
            delta[t] = BioesTags.CAN_START[t] ? emit[t] : NEG;
        }
        for (int i = 1; i < n; i++) {
            int row = i * T, prev = row - T;
            for (int t = 0; t < T; t++) {
                int[] preds = BioesTags.PREDECESSORS[t];
                float best = NEG;
                int arg = 0;
                for (int p : preds) {
                    float s = delta[prev + p] + trans[p * T + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                delta[row + t] = best + emit[row + t];
                back[row + t] = arg;
            }
        }
        int last = (n - 1) * T;
        float best = NEG;
        int arg = 0;
        for (int t = 0; t < T; t++) {
            if (BioesTags.CAN_END[t] && delta[last + t] > best) {
                best = delta[last + t];
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = arg;
            arg = back[i * T + arg];
        }
        return best;
    }

    /**
     * The backward scores: beta[i * T + t] is the best score of characters after i given tag t at i.
     * delta[i * T + t] + beta[i * T + t] is then the best sequence with t at i (its max-marginal).
     */
    static float[] backward(float[] emit, int n, float[] trans) {
        return backward(emit, n, trans, new float[n * T]);
    }

    /** The same into beta (at least n * T long); returns beta. */
    static float[] backward(float[] emit, int n, float[] trans, float[] beta) {
        if (n == 0) {
            return beta;
        }
        int last = (n - 1) * T;
        for (int t = 0; t < T; t++) {
            beta[last + t] = BioesTags.CAN_END[t] ? 0 : NEG;
        }
        for (int i = n - 2; i >= 0; i--) {
            int row = i * T, next = row + T;
            for (int t = 0; t < T; t++) {
                float best = NEG;
                for (int s : BioesTags.SUCCESSORS[t]) {
                    float v = trans[t * T + s] + emit[next + s] + beta[next + s];
                    if (v > best) {
                        best = v;
                    }
                }
                beta[row + t] = best;
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
