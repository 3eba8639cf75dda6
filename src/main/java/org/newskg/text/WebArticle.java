package org.newskg.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One news site's article as {@link WebArticleReader} reads it off the page.
 *
 * @param headline  the page's headline, empty when the page shows none before its body
 * @param published the date the page's header gives (发布时间, the date beside 来源 or 作者)
 * @param reporters who the page credits: 作者, 记者, 通讯员, 撰稿, 编辑, in order of first mention
 * @param body      the story's paragraphs, one a line, without the site's header, menus and teasers
 * @param header    the lines above the story (menus, headline, source and date fields), for the page's place
 */
public record WebArticle(String headline, Optional<LocalDate> published, List<String> reporters, String body, String header) {

    public WebArticle {
        reporters = List.copyOf(reporters);
    }
}
