package org.newskg.extract;

import org.newskg.text.Span;

/** A named individual; {@code name} is the surface with inner spaces removed (郑 莉 → 郑莉). */
public record PersonMention(Span span, String name) implements Mention {

    @Override
    public String type() {
        return "Person";
    }
}
