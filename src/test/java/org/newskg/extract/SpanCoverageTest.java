package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.text.Span;

/** Marked spans answer overlaps as Span.overlaps does against each of them, empty spans included. */
class SpanCoverageTest {

    @Test
    void answersAsComparingWithEachMarkedSpan() {
        List<Span> marked = List.of(new Span(2, 5), new Span(5, 6), new Span(9, 9), new Span(12, 15));
        SpanCoverage coverage = new SpanCoverage(16);
        marked.forEach(coverage::add);
        List<String> differing = new ArrayList<>();
        for (int s = 0; s <= 16; s++) {
            for (int e = s; e <= 16; e++) {
                Span asked = new Span(s, e);
                boolean expected = marked.stream().anyMatch(m -> m.overlaps(asked));
                if (coverage.overlaps(asked) != expected) {
                    differing.add(asked.toString());
                }
            }
        }
        assertEquals(List.of(), differing);
    }

    @Test
    void spansBeyondTheGivenLengthAreMarkedToo() {
        SpanCoverage coverage = new SpanCoverage(4);
        coverage.add(new Span(6, 9));
        assertEquals(true, coverage.overlaps(new Span(8, 12)));
        assertEquals(false, coverage.overlaps(new Span(9, 12)));
    }
}
