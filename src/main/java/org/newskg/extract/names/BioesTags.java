package org.newskg.extract.names;

import java.util.ArrayList;
import java.util.List;
import org.newskg.text.Span;

/**
 * The tag set: O, then B, I, E, S for each {@link NameKind}. BIOES rather than BIO because the
 * single-character and end tags let the features of a name's last character (公司, 局, 长) speak
 * for the end directly. Which tag may follow which is fixed here; decoding never leaves it.
 */
final class BioesTags {

    static final int O = 0;
    static final int B = 0, I = 1, E = 2, S = 3;
    static final int COUNT = 1 + 4 * NameKind.values().length;

    /** For each tag, the tags that may come right before it (decoding looks only at these). */
    static final int[][] PREDECESSORS = new int[COUNT][];
    /** For each tag, the tags that may come right after it. */
    static final int[][] SUCCESSORS = new int[COUNT][];
    /** Tags a text may start with, and end with. */
    static final boolean[] CAN_START = new boolean[COUNT], CAN_END = new boolean[COUNT];
    static final int KINDS = NameKind.values().length;
    /**
     * The tags that may follow O or a name's end (O, every B and S), and those that O or a name's
     * end may be (O, every E and S), ascending. Each opening tag may follow every closing one and
     * only those; a kind's I and E follow only its B or I: the decoder relies on it (checked below).
     */
    static final int[] OPENING, CLOSING;

    static {
        List<List<Integer>> pred = new ArrayList<>(), succ = new ArrayList<>();
        for (int t = 0; t < COUNT; t++) {
            pred.add(new ArrayList<>());
            succ.add(new ArrayList<>());
        }
        for (int a = 0; a < COUNT; a++) {
            for (int b = 0; b < COUNT; b++) {
                if (allowed(a, b)) {
                    pred.get(b).add(a);
                    succ.get(a).add(b);
                }
            }
            CAN_START[a] = a == O || part(a) == B || part(a) == S;
            CAN_END[a] = a == O || part(a) == E || part(a) == S;
        }
        for (int t = 0; t < COUNT; t++) {
            PREDECESSORS[t] = pred.get(t).stream().mapToInt(Integer::intValue).toArray();
            SUCCESSORS[t] = succ.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
        OPENING = SUCCESSORS[O];
        CLOSING = PREDECESSORS[O];
        for (int t = 0; t < COUNT; t++) {
            boolean inner = t != O && (part(t) == I || part(t) == E);
            int b = inner ? t - part(t) + B : 0;
            int[] preds = inner ? new int[] {b, b + I} : CLOSING;
            boolean opens = t != O && (part(t) == B || part(t) == I);
            int[] succs = opens ? new int[] {t - part(t) + I, t - part(t) + E} : OPENING;
            if (!java.util.Arrays.equals(preds, PREDECESSORS[t]) || !java.util.Arrays.equals(succs, SUCCESSORS[t])) {
                throw new AssertionError("tag " + t + " does not have the neighbours the decoder assumes");
            }
        }
    }

    private BioesTags() {
    }

    static int tag(NameKind kind, int part) {
        return 1 + 4 * kind.ordinal() + part;
    }

    /** B, I, E or S of a tag other than O. */
    static int part(int tag) {
        return (tag - 1) & 3;
    }

    static NameKind kind(int tag) {
        return NameKind.values()[(tag - 1) >> 2];
    }

    /** Inside a name only I or E of the same kind may follow; after its end anything that opens. */
    private static boolean allowed(int a, int b) {
        boolean open = a != O && (part(a) == B || part(a) == I);
        if (open) {
            return b != O && kind(b) == kind(a) && (part(b) == I || part(b) == E);
        }
        return b == O || part(b) == B || part(b) == S;
    }

    /** The gold tags of a text of length n; overlapping names (none in CLUENER) keep the first. */
    static int[] encode(int n, List<GoldName> names) {
        int[] tags = new int[n];
        for (GoldName g : names) {
            int s = g.span().start(), e = g.span().end();
            boolean free = e <= n && e > s;
            for (int i = s; free && i < e; i++) {
                free = tags[i] == O;
            }
            if (!free) {
                continue;
            }
            if (e - s == 1) {
                tags[s] = tag(g.kind(), S);
            } else {
                tags[s] = tag(g.kind(), B);
                for (int i = s + 1; i < e - 1; i++) {
                    tags[i] = tag(g.kind(), I);
                }
                tags[e - 1] = tag(g.kind(), E);
            }
        }
        return tags;
    }

    /** The names a legal tag sequence spells, in text order. */
    static List<GoldName> decode(int[] tags) {
        return decode(tags, tags.length);
    }

    /** The same over the first n tags. */
    static List<GoldName> decode(int[] tags, int n) {
        List<GoldName> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = tags[i];
            if (t == O) {
                continue;
            }
            if (part(t) == S) {
                out.add(new GoldName(new Span(i, i + 1), kind(t)));
            } else if (part(t) == B) {
                int j = i + 1;
                while (j < n && tags[j] != O && kind(tags[j]) == kind(t) && part(tags[j]) == I) {
                    j++;
                }
                if (j < n && tags[j] == tag(kind(t), E)) {
                    out.add(new GoldName(new Span(i, j + 1), kind(t)));
                    i = j;
                }
            }
        }
        return out;
    }
}
