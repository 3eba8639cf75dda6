package org.newskg.extract;

import org.newskg.text.Span;

/**
 * A recognised stretch of an article's text. Every mention carries its span in
 * {@link org.newskg.text.Article#text()}; its other fields say what the span means.
 */
public sealed interface Mention
        permits PersonMention, RoleMention, OrgMention, PlaceMention, DateMention, MoneyMention, ProjectMention {

    Span span();

    /** The class's local name in the ontology, as {@code annotate} prints it (Role for titles). */
    String type();
}
