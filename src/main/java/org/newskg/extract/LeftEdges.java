package org.newskg.extract;

import org.newskg.text.Span;

/**
 * A name whose first characters HanLP gave to the word before it (以/色列航空公司, 大平/安村): where a known
 * place or state reaches from up to three characters before the name into it, the name starts with it.
 */
final class LeftEdges {

    private static final int MAX_LOST = 3;

    private LeftEdges() {
    }

    /** The span starting where a known name crossing its start begins, or the span itself. */
    static Span widened(String text, Span s, WordSet names) {
        for (int k = Math.max(0, s.start() - MAX_LOST); k < s.start(); k++) {
            int len = names.longestStartingAt(text, k, s.end());
            if (len > 0 && k + len > s.start() && k + len <= s.end()) {
                return new Span(k, s.end());
            }
        }
        return s;
    }
}
