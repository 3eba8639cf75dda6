package org.newskg.text;

import java.util.List;

/**
 * One piece of a laid-out page, in page order: a body segment (its paragraphs), a headline block
 * (main headline and any subtitle or kicker), a standalone byline, or a photo credit.
 *
 * @param kind       what the piece is
 * @param paragraphs body paragraphs; for a headline, the main line first and then subtitles; for a
 *                   byline or credit, its text
 * @param names      reporters named in it (byline, credit, a byline printed inside a headline block)
 * @param hardBreak  whether two or more blank lines precede it (a gap between page sections)
 */
record PageUnit(Kind kind, List<String> paragraphs, List<String> names, boolean hardBreak) {

    enum Kind { BODY, HEADLINE, BYLINE, CREDIT }

    PageUnit {
        paragraphs = List.copyOf(paragraphs);
        names = List.copyOf(names);
    }

    String text() {
        return String.join("\n", paragraphs);
    }

    String first() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0);
    }

    String last() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1);
    }
}
