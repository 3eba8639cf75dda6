package org.newskg.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article cut out of a page.
 *
 * @param key        stable identifier, unique in the store: the source file's stem and the
 *                   article's ordinal on the page ({@code 000_f9d1ef5302058a1e-01}) or the id
 *                   a JSON Lines record gives
 * @param sourceFile the input file's name (no folders)
 * @param ordinal    1-based position on the page
 * @param headline   the headline, empty when none could be found
 * @param reporters  names from the byline and credit lines (记者, 通讯员, 实习生, 摄), in order
 * @param text       the cleaned body: PDF line breaks removed, paragraphs separated by '\n',
 *                   bylines and datelines kept where they stand in the first sentence
 * @param published  publication date when stated (发布时间, a dated masthead) or given (--date), else empty
 * @param yearHint   where no publication date is known, the year the page's text points to (the year
 *                   its dates and 年度 phrases name most recently, never one of a distant plan such
 *                   as 2035年远景目标); the year of {@code published} when that is known
 * @param region     the dateline's place ({@code 本报威海讯} gives 威海), empty when none
 * @param url        the article's address when the input gives one (JSON Lines {@code url})
 */
public record Article(String key, String sourceFile, int ordinal, String headline, List<String> reporters,
                      String text, Optional<LocalDate> published, Optional<Integer> yearHint,
                      Optional<String> region, Optional<String> url) {

    public Article {
        reporters = List.copyOf(reporters);
    }
}
