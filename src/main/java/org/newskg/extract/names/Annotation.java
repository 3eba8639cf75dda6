package org.newskg.extract.names;

import org.newskg.text.Span;

/**
 * One span as {@code annotate} prints it: type is the broad class (Person, GovernmentBody, Company,
 * Organization, Role, Place), className the most specific one (University …); score is the
 * model's confidence, or NaN for a span only the readers found.
 */
public record Annotation(Span span, String type, String className, double score) {
}
