package org.newskg.extract;

import org.newskg.text.Span;

/** An administrative division or named place (临港区, 蔄山镇, 聊城). */
public record PlaceMention(Span span, String name) implements Mention {

    @Override
    public String type() {
        return "Place";
    }
}
