package org.newskg.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model's transition scores laid out for decoding. The BIOES tags fall into a few groups that
 * share their allowed predecessors (O, B and S all follow O, E or S; a kind's I and E follow its
 * B or I), and likewise their successors, so a Viterbi step is six small dense max-plus products
 * over contiguous blocks instead of 141 look-ups scattered over the T × T matrix.
 */
final class TagTransitions {

    private static final int T = BioesTags.COUNT;

    /** Forward groups: sources[g] are the predecessors shared by every tag of targets[g]. */
    static final int[][] FORWARD_SOURCES, FORWARD_TARGETS;
    /** Backward groups: targets[g] are the successors shared by every tag of sources[g]. */
    static final int[][] BACKWARD_SOURCES, BACKWARD_TARGETS;

    static {
        int[][][] f = group(BioesTags.PREDECESSORS);
        FORWARD_SOURCES = f[0];
        FORWARD_TARGETS = f[1];
        int[][][] b = group(BioesTags.SUCCESSORS);
        BACKWARD_TARGETS = b[0];
        BACKWARD_SOURCES = b[1];
    }

    /** scores[a * T + b]: the score of b right after a. */
    final float[] scores;
    /** forward[g][k * m + j]: FORWARD_TARGETS[g][k] after FORWARD_SOURCES[g][j], m sources. */
    final float[][] forward;
    /** backward[g][k * m + j]: BACKWARD_TARGETS[g][j] after BACKWARD_SOURCES[g][k], m targets. */
    final float[][] backward;

    TagTransitions(float[] scores) {
        if (scores.length != T * T) {
            throw new IllegalArgumentException("transitions are not " + T + " × " + T);
        }
        this.scores = scores;
        forward = blocks(FORWARD_SOURCES, FORWARD_TARGETS, false);
        backward = blocks(BACKWARD_SOURCES, BACKWARD_TARGETS, true);
    }

    private float[][] blocks(int[][] sources, int[][] targets, boolean bySource) {
        float[][] out = new float[sources.length][];
        for (int g = 0; g < sources.length; g++) {
            int[] rows = bySource ? sources[g] : targets[g], cols = bySource ? targets[g] : sources[g];
            out[g] = new float[rows.length * cols.length];
            for (int k = 0; k < rows.length; k++) {
                for (int j = 0; j < cols.length; j++) {
                    int a = bySource ? rows[k] : cols[j], b = bySource ? cols[j] : rows[k];
                    out[g][k * cols.length + j] = scores[a * T + b];
                }
            }
        }
        return out;
    }

    /** Tags with equal neighbour lists, grouped: {lists, tags having each}, in order of first tag. */
    private static int[][][] group(int[][] neighbours) {
        List<int[]> lists = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int t = 0; t < neighbours.length; t++) {
            int g = 0;
            while (g < lists.size() && !Arrays.equals(lists.get(g), neighbours[t])) {
                g++;
            }
            if (g == lists.size()) {
                lists.add(neighbours[t]);
                members.add(new ArrayList<>());
            }
            members.get(g).add(t);
        }
        int[][] tags = new int[members.size()][];
        for (int g = 0; g < tags.length; g++) {
            tags[g] = members.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        return new int[][][] {lists.toArray(new int[0][]), tags};
    }
}
