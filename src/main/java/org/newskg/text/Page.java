package org.newskg.text;

import java.util.List;

/**
 * One input file after reading and segmentation.
 *
 * @param sourceFile the file's name
 * @param text       the whole page, decoded and normalised, layout repaired
 * @param articles   the articles cut out of it, in page order
 */
public record Page(String sourceFile, String text, List<Article> articles) {

    public Page {
        articles = List.copyOf(articles);
    }
}
