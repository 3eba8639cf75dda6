package org.newskg.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the body a headline belongs to by the words they share. A page may print a headline after
 * its body or far from it, so position only breaks ties: the share of the headline's character
 * bigrams found in a body decides.
 */
final class HeadlineAligner {

    /** How many articles either side of a headline's position are searched: keeps huge pages linear. */
    static final int WINDOW = 24;

    /** The least share of a headline's bigrams a body must hold to claim it. */
    static final double MIN_COVERAGE = 0.3;

    /** Where a headline goes and how well it fits there. */
    record Fit(int article, int shared, double coverage) {
    }

    private final List<Set<Long>> bodies;

    HeadlineAligner(List<String> bodyTexts) {
        this.bodies = bodyTexts.stream().map(HeadlineAligner::bigrams).toList();
    }

    /**
     * The article that best holds the headline's words, ties going to the one nearest {@code near}
     * (the article just before or after the headline); null when none holds enough.
     */
    Fit align(String headline, int near) {
        Set<Long> h = bigrams(headline);
        if (h.isEmpty()) {
            return null;
        }
        Fit best = null;
        int from = Math.max(0, near - WINDOW);
        int to = Math.min(bodies.size(), near + WINDOW + 1);
        for (int a = from; a < to; a++) {
            Set<Long> body = bodies.get(a);
            int shared = 0;
            for (Long g : h) {
                if (body.contains(g)) {
                    shared++;
                }
            }
            double cov = shared / (double) h.size();
            if (best == null || cov > best.coverage() + 1e-9
                    || (Math.abs(cov - best.coverage()) < 1e-9 && Math.abs(a - near) < Math.abs(best.article() - near))) {
                best = new Fit(a, shared, cov);
            }
        }
        if (best == null || best.shared() < 2 || best.coverage() < MIN_COVERAGE) {
            return null;
        }
        return best;
    }

    /** Bigrams of the letters, digits and Han characters, punctuation and spaces left out. */
    static Set<Long> bigrams(String s) {
        Set<Long> out = new HashSet<>();
        int prev = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            if (prev >= 0) {
                out.add(((long) prev << 16) | c);
            }
            prev = c;
        }
        return out;
    }
}
