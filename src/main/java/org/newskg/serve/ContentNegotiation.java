package org.newskg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Chooses a representation from the Accept header or a ?format= override. */
public final class ContentNegotiation {
    /** The representations a resource has; HTML first as the default for browsers and wildcards. */
    public enum Format {
        HTML("text/html", null), TURTLE("text/turtle", Lang.TURTLE), JSONLD("application/ld+json", Lang.JSONLD),
        NTRIPLES("application/n-triples", Lang.NTRIPLES), RDFXML("application/rdf+xml", Lang.RDFXML);

        public final String mediaType;
        public final Lang lang;

        Format(String mediaType, Lang lang) {
            this.mediaType = mediaType;
            this.lang = lang;
        }
    }

    private ContentNegotiation() {
    }

    public static Format choose(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            Optional<Format> f = byName(formatParam.trim().toLowerCase(Locale.ROOT));
            if (f.isPresent()) {
                return f.get();
            }
        }
        if (accept == null || accept.isBlank()) {
            return Format.HTML;
        }
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String range = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q <= 0) {
                continue;
            }
            Format f = match(range);
            int specificity = range.equals("*/*") ? 0 : range.endsWith("/*") ? 1 : 2;
            if (f != null && (q > bestQ || (q == bestQ && specificity > bestSpecificity))) {
                best = f;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    private static Format match(String range) {
        switch (range) {
            case "*/*", "text/*", "text/html", "application/xhtml+xml":
                return Format.HTML;
            case "application/json":
                return Format.JSONLD;
            case "application/xml":
                return Format.RDFXML;
            case "application/*":
                return Format.JSONLD;
            default:
                for (Format f : Format.values()) {
                    if (f.mediaType.equals(range)) {
                        return f;
                    }
                }
                Lang lang = RDFLanguages.contentTypeToLang(range);
                for (Format f : Format.values()) {
                    if (f.lang != null && f.lang.equals(lang)) {
                        return f;
                    }
                }
                return null;
        }
    }

    private static Optional<Format> byName(String name) {
        return switch (name) {
            case "html" -> Optional.of(Format.HTML);
            case "ttl", "turtle" -> Optional.of(Format.TURTLE);
            case "jsonld", "json-ld", "json" -> Optional.of(Format.JSONLD);
            case "nt", "ntriples", "n-triples" -> Optional.of(Format.NTRIPLES);
            case "rdf", "xml", "rdfxml", "rdf+xml" -> Optional.of(Format.RDFXML);
            default -> Optional.empty();
        };
    }

    static List<String> mediaTypes() {
        List<String> l = new ArrayList<>();
        for (Format f : Format.values()) {
            l.add(f.mediaType);
        }
        return l;
    }
}
