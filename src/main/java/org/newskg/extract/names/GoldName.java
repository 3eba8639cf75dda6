package org.newskg.extract.names;

import org.newskg.text.Span;

/** A name an annotator marked in a training text. */
public record GoldName(Span span, NameKind kind) {
}
