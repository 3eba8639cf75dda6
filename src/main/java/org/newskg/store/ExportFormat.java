package org.newskg.store;

import java.util.Locale;

import org.apache.jena.riot.RDFFormat;

/** The formats a store can be written in. TURTLE writes the union of all graphs as one graph. */
public enum ExportFormat {
    NQUADS(RDFFormat.NQUADS_UTF8, "nq"),
    TRIG(RDFFormat.TRIG_BLOCKS, "trig"),
    TURTLE(RDFFormat.TURTLE_BLOCKS, "ttl"),
    JSONLD(RDFFormat.JSONLD11, "jsonld");

    private final RDFFormat rdfFormat;
    private final String extension;

    ExportFormat(RDFFormat rdfFormat, String extension) {
        this.rdfFormat = rdfFormat;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The usual file extension, without a dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format keeps named graphs apart. */
    public boolean isDatasetFormat() {
        return this != TURTLE;
    }

    /** Reads a format name as users type it: {@code nquads}, {@code nq}, {@code trig}, {@code ttl}, {@code json-ld}… */
    public static ExportFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "nquads", "nq" -> NQUADS;
            case "trig" -> TRIG;
            case "turtle", "ttl" -> TURTLE;
            case "jsonld", "json" -> JSONLD;
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "': use nquads, trig, turtle or jsonld");
        };
    }
}
