package org.newskg.extract.names;

/**
 * The kinds of name the model tells apart: the five CLUENER2020 labels the graph has a class for.
 * The other CLUENER labels (address, book, game, movie, scene) are trained as outside, so the
 * model learns that 山东省 alone or a film title is none of these.
 */
public enum NameKind {
    PERSON("name", "Person"),
    GOVERNMENT("government", "GovernmentBody"),
    COMPANY("company", "Company"),
    ORGANIZATION("organization", "Organization"),
    POSITION("position", "Role");

    private final String clueLabel;
    private final String className;

    NameKind(String clueLabel, String className) {
        this.clueLabel = clueLabel;
        this.className = className;
    }

    /** The label in CLUENER2020's data ({@code name}, {@code company} …). */
    public String clueLabel() {
        return clueLabel;
    }

    /** The ontology's class name, as {@code annotate} prints types (Person, GovernmentBody …). */
    public String className() {
        return className;
    }

    /** The kind of a CLUENER label, or null for the labels the model does not learn. */
    public static NameKind ofClueLabel(String label) {
        for (NameKind k : values()) {
            if (k.clueLabel.equals(label)) {
                return k;
            }
        }
        return null;
    }
}
