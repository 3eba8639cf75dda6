package org.newskg.serve;

/**
 * One file of {@code queries/}: its file name, the question it answers (its leading comment) and
 * its SPARQL text.
 */
public record ExampleQuery(String name, String question, String sparql) {

    /** The first line of a query's leading {@code #} comment: by convention, the question it answers. */
    static String questionOf(String sparql) {
        for (String line : sparql.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String text = trimmed.replaceFirst("^#+\\s?", "").strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
