package org.newskg.extract;

import org.newskg.text.Span;

/** A named project (…项目, …工程, …基地, …产业园), {@code name} without quotes or stray spaces. */
public record ProjectMention(Span span, String name) implements Mention {

    @Override
    public String type() {
        return "Project";
    }
}
