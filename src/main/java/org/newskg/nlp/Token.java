package org.newskg.nlp;

import org.newskg.text.Span;

/**
 * One word of segmented text with its part-of-speech tag as HanLP gives it
 * ({@code nr} person, {@code ns} place, {@code nt} organisation, {@code m} numeral, …).
 */
public record Token(String word, String tag, Span span) {

    public boolean isPerson() {
        return tag.startsWith("nr");
    }

    public boolean isPlace() {
        return tag.startsWith("ns");
    }

    public boolean isOrganization() {
        return tag.startsWith("nt");
    }
}
