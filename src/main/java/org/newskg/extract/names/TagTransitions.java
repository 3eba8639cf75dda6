package org.newskg.extract.names;

/**
 * A model's transition scores laid out for decoding. Under BIOES, every opening tag (O, B, S)
 * may follow every closing tag (O, E, S), and a kind's I and E only its B or I
 * ({@link BioesTags#OPENING}); so a Viterbi step is one dense 11 × 11 block read in order plus
 * a 2 × 2 block for each kind, instead of 141 look-ups scattered over the T × T matrix.
 */
final class TagTransitions {

    private static final int T = BioesTags.COUNT;
    static final int C = BioesTags.OPENING.length;

    /** scores[a * T + b]: the score of b right after a. */
    final float[] scores;
    /** intoOpening[k * C + j]: OPENING[k] after CLOSING[j] (a row per target, for the forward pass). */
    final float[] intoOpening;
    /** fromClosing[k * C + j]: OPENING[j] after CLOSING[k] (a row per source, for the backward pass). */
    final float[] fromClosing;
    /** inside[4q …]: kind q's B→I, I→I, B→E, I→E. */
    final float[] inside;

    TagTransitions(float[] scores) {
        if (scores.length != T * T || BioesTags.CLOSING.length != C) {
            throw new IllegalArgumentException("transitions are not " + T + " × " + T);
        }
        this.scores = scores;
        intoOpening = new float[C * C];
        fromClosing = new float[C * C];
        for (int k = 0; k < C; k++) {
            for (int j = 0; j < C; j++) {
                intoOpening[k * C + j] = scores[BioesTags.CLOSING[j] * T + BioesTags.OPENING[k]];
                fromClosing[k * C + j] = scores[BioesTags.CLOSING[k] * T + BioesTags.OPENING[j]];
            }
        }
        inside = new float[4 * BioesTags.KINDS];
        for (int q = 0; q < BioesTags.KINDS; q++) {
            int b = begin(q), i = b + 1, e = b + 2;
            inside[4 * q] = scores[b * T + i];
            inside[4 * q + 1] = scores[i * T + i];
            inside[4 * q + 2] = scores[b * T + e];
            inside[4 * q + 3] = scores[i * T + e];
        }
    }

    /** Kind q's B tag (its I and E are the next two). */
    static int begin(int q) {
        return 1 + 4 * q + BioesTags.B;
    }
}
