package org.newskg.text;

/**
 * A half-open character range {@code [start, end)} in one text. Offsets count UTF-16 code units,
 * i.e. Java {@code String} indexes, so a character outside the BMP (such as 𠮷) spans two.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; fails loudly when the span does not fit the text it is applied to. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " beyond text of length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
