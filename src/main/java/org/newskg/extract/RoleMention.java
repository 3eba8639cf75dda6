package org.newskg.extract;

import org.newskg.text.Span;

/** A title as held in an organisation, reduced to its bare form (党组书记, 常务副主席, 部长). */
public record RoleMention(Span span, String title) implements Mention {

    @Override
    public String type() {
        return "Role";
    }
}
