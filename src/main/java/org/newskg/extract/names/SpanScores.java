package org.newskg.extract.names;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-match precision, recall and F1 per kind, the way CLUENER2020 is scored; for held-out reports. */
final class SpanScores {

    private final Map<NameKind, int[]> counts = new EnumMap<>(NameKind.class); // found, gold, right

    SpanScores() {
        for (NameKind k : NameKind.values()) {
            counts.put(k, new int[3]);
        }
    }

    void add(List<GoldName> gold, List<GoldName> found) {
        Set<GoldName> g = new HashSet<>(gold);
        for (GoldName f : found) {
            counts.get(f.kind())[0]++;
            if (g.contains(f)) {
                counts.get(f.kind())[2]++;
            }
        }
        for (GoldName x : gold) {
            counts.get(x.kind())[1]++;
        }
    }

    double f1(NameKind k) {
        int[] c = counts.get(k);
        return c[0] + c[1] == 0 ? 0 : 2.0 * c[2] / (c[0] + c[1]);
    }

    double microF1() {
        int found = 0, gold = 0, right = 0;
        for (int[] c : counts.values()) {
            found += c[0];
            gold += c[1];
            right += c[2];
        }
        return found + gold == 0 ? 0 : 2.0 * right / (found + gold);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format("micro %.2f", 100 * microF1()));
        for (NameKind k : NameKind.values()) {
            b.append(String.format(", %s %.2f", k.clueLabel(), 100 * f1(k)));
        }
        return b.toString();
    }
}
