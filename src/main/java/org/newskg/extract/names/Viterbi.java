package org.newskg.extract.names;

/**
 * Best tag sequence under emission and transition scores, looking only at the transitions
 * {@link BioesTags} allows (a third of all pairs), and the max-marginals that give a name its margin.
 * The passes walk {@link TagTransitions}' dense blocks; every sum is formed as before (same
 * operands, same order) and ties go to the first predecessor, so the tags and scores do not
 * depend on the layout.
 */
final class Viterbi {

    private static final int T = BioesTags.COUNT;
    private static final float NEG = Float.NEGATIVE_INFINITY;
    private static final int C = TagTransitions.C, KINDS = BioesTags.KINDS;

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
        return decode(emit, n, trans, false, path, delta);
    }

    /**
     * The same for a stretch inside a longer text; afterOutside: the character before it is
     * outside every name (a clause after a comma), so the first tag scores its transition from O as
     * it would in the whole text.
     */
    static float decode(float[] emit, int n, TagTransitions trans, boolean afterOutside, int[] path, float[] delta) {
        if (n == 0) {
            return 0;
        }
        forward(emit, n, trans, afterOutside, delta);
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
    private static void forward(float[] emit, int n, TagTransitions trans, boolean afterOutside, float[] delta) {
        for (int t = 0; t < T; t++) {
            float from = afterOutside ? trans.scores[BioesTags.O * T + t] : 0;
            delta[t] = BioesTags.CAN_START[t] ? emit[t] + from : NEG;
        }
        int[] opening = BioesTags.OPENING, closing = BioesTags.CLOSING;
        float[] into = trans.intoOpening, inside = trans.inside;
        float[] from = new float[C];
        for (int i = 1; i < n; i++) {
            int row = i * T, prev = row - T;
            for (int j = 0; j < C; j++) {
                from[j] = delta[prev + closing[j]];
            }
            for (int k = 0, base = 0; k < C; k++, base += C) {
                float best = NEG;
                for (int j = 0; j < C; j++) {
                    float s = from[j] + into[base + j];
                    best = s > best ? s : best;
                }
                delta[row + opening[k]] = best + emit[row + opening[k]];
            }
            for (int q = 0, at = 0; q < KINDS; q++, at += 4) {
                int b = TagTransitions.begin(q), in = b + 1, e = b + 2;
                float db = delta[prev + b], di = delta[prev + in];
                delta[row + in] = max(db + inside[at], di + inside[at + 1]) + emit[row + in];
                delta[row + e] = max(db + inside[at + 2], di + inside[at + 3]) + emit[row + e];
            }
        }
    }

    /** The larger of two scores, the first on a tie, as a scan from −∞ keeps it. */
    private static float max(float first, float second) {
        return second > first ? second : first;
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
        int[] opening = BioesTags.OPENING, closing = BioesTags.CLOSING;
        float[] out = trans.fromClosing, inside = trans.inside;
        float[] em = new float[C], be = new float[C];
        for (int i = n - 2; i >= 0; i--) {
            int row = i * T, next = row + T;
            for (int j = 0; j < C; j++) {
                em[j] = emit[next + opening[j]];
                be[j] = beta[next + opening[j]];
            }
            for (int k = 0, base = 0; k < C; k++, base += C) {
                float best = NEG;
                for (int j = 0; j < C; j++) {
                    float v = out[base + j] + em[j] + be[j];
                    best = v > best ? v : best;
                }
                beta[row + closing[k]] = best;
            }
            for (int q = 0, at = 0; q < KINDS; q++, at += 4) {
                int b = TagTransitions.begin(q), in = b + 1, e = b + 2;
                float eIn = emit[next + in], bIn = beta[next + in], eE = emit[next + e], bE = beta[next + e];
                beta[row + b] = max(inside[at] + eIn + bIn, inside[at + 2] + eE + bE);
                beta[row + in] = max(inside[at + 1] + eIn + bIn, inside[at + 3] + eE + bE);
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
