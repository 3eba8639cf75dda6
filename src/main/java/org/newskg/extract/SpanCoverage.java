package org.newskg.extract;

import java.util.Arrays;
import org.newskg.text.Span;

/**
 * Spans marked on a text, asked whether a span overlaps any of them ({@link Span#overlaps}, empty
 * spans included) in time proportional to the asked span's length rather than to the number marked:
 * recognisers that keep the longest of many readings ask this once per reading.
 */
final class SpanCoverage {

    /** Characters inside a marked span that is not empty. */
    private boolean[] chars;
    /** Offsets strictly inside a marked span that is not empty. */
    private boolean[] inner;
    /** Offsets of marked empty spans. */
    private boolean[] empty;

    SpanCoverage(int textLength) {
        chars = new boolean[textLength + 1];
        inner = new boolean[textLength + 1];
        empty = new boolean[textLength + 1];
    }

    void add(Span s) {
        fit(s.end());
        if (s.length() == 0) {
            empty[s.start()] = true;
            return;
        }
        for (int i = s.start(); i < s.end(); i++) {
            chars[i] = true;
            if (i > s.start()) {
                inner[i] = true;
            }
        }
    }

    boolean overlaps(Span s) {
        fit(s.end());
        if (s.length() == 0) {
            return inner[s.start()];
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (chars[i] || i > s.start() && empty[i]) {
                return true;
            }
        }
        return false;
    }

    private void fit(int offset) {
        if (offset >= chars.length) {
            int n = Math.max(offset + 1, chars.length * 2);
            chars = Arrays.copyOf(chars, n);
            inner = Arrays.copyOf(inner, n);
            empty = Arrays.copyOf(empty, n);
        }
    }
}
