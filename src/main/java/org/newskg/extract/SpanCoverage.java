package org.newskg.extract;

import java.util.Arrays;
import org.newskg.text.Span;

/**
 * Spans marked on a text, asked whether a span overlaps any of them ({@link Span#overlaps}, empty
 * spans included) in time proportional to the asked span's length rather than to the number marked:
 * recognisers that keep the longest of many readings ask this once per reading.
 */
public final class SpanCoverage {

    /** A character inside a marked span that is not empty. */
    private static final byte CHAR = 1;
    /** An offset strictly inside a marked span that is not empty. */
    private static final byte INNER = 2;
    /** The offset of a marked empty span. */
    private static final byte EMPTY = 4;

    private byte[] marks;

    public SpanCoverage(int textLength) {
        marks = new byte[textLength + 1];
    }

    public void add(Span s) {
        fit(s.end());
        if (s.length() == 0) {
            marks[s.start()] |= EMPTY;
            return;
        }
        marks[s.start()] |= CHAR;
        for (int i = s.start() + 1; i < s.end(); i++) {
            marks[i] |= CHAR | INNER;
        }
    }

    public boolean overlaps(Span s) {
        fit(s.end());
        if (s.length() == 0) {
            return (marks[s.start()] & INNER) != 0;
        }
        if ((marks[s.start()] & CHAR) != 0) {
            return true;
        }
        for (int i = s.start() + 1; i < s.end(); i++) {
            if ((marks[i] & (CHAR | EMPTY)) != 0) {
                return true;
            }
        }
        return false;
    }

    private void fit(int offset) {
        if (offset >= marks.length) {
            marks = Arrays.copyOf(marks, Math.max(offset + 1, marks.length * 2));
        }
    }
}
