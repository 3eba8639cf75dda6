package org.newskg.extract.names;

import org.newskg.text.Span;

/**
 * One name the model found. {@code score} in [0, 1) grows with how far the best labelling is
 * ahead of the best one that reads this stretch differently (0.5 = the median training margin).
 */
public record NameSpan(Span span, NameKind kind, double score) {

    public NameSpan {
        if (kind == null) {
            throw new IllegalArgumentException("no kind");
        }
    }
}
