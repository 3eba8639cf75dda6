package org.newskg.extract;

import org.newskg.extract.dates.PartialDate;
import org.newskg.text.Span;

/**
 * A day named in the text ({@code 11月27日}, {@code 27日}, {@code 2023年11月27日}), completed with
 * the year, and where only the day is given the month, of the article's publication date.
 * For a range ({@code 8月4日至5日}) {@code date} is its first day and {@code until} its last.
 */
public record DateMention(Span span, PartialDate date, java.util.Optional<PartialDate> until) implements Mention {

    @Override
    public String type() {
        return "Date";
    }
}
