package org.newskg.text;

import java.util.List;

/**
 * One input file after reading and segmentation.
 *
 * @param sourceFile the file's name
 * @param text       the whole page, decoded and normalised, layout repaired
 * @param articles   the articles cut out of it, in page order
 * @param kind       a newspaper page of many articles, or one web article
 */
public record Page(String sourceFile, String text, List<Article> articles, PageKind kind) {

    public Page {
        articles = List.copyOf(articles);
    }
}
