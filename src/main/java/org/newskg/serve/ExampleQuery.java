package org.newskg.serve;

/**
 * One file of {@code queries/}: its file name, the question it answers (its leading comment) and
 * its SPARQL text.
 */
public record ExampleQuery(String name, String question, String sparql) {

    /** The leading {@code #} comment lines of a query, joined: by convention, the question it answers. */
    static String questionOf(String sparql) {
        StringBuilder question = new StringBuilder();
        for (String line : sparql.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String text = trimmed.replaceFirst("^#+\\s?", "").strip();
            if (!text.isEmpty()) {
                question.append(question.length() == 0 ? "" : " ").append(text);
            }
        }
        return question.toString();
    }
}
