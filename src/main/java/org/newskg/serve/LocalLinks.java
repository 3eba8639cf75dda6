package org.newskg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.newskg.rdf.Vocab;

/** Maps IRIs under the base (and the ontology IRI) to paths on this server and back. */
public final class LocalLinks {
    private final String base;

    public LocalLinks(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The IRI that a request path (raw, possibly percent-encoded) stands for. */
    public String iriForPath(String rawPath) {
        String path = percentDecode(rawPath);
        String rest = path.startsWith("/") ? path.substring(1) : path;
        if (rest.equals("ontology") && !(base + "ontology").equals(Vocab.ONTOLOGY_GRAPH)) {
            return Vocab.ONTOLOGY_GRAPH;
        }
        return base + rest;
    }

    /** A link for an IRI: local path for IRIs this server resolves, the IRI itself otherwise. */
    public String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + percentEncodePath(iri.substring(base.length()));
        }
        if (iri.startsWith(Vocab.ONTOLOGY_GRAPH)) {
            return "/ontology" + iri.substring(Vocab.ONTOLOGY_GRAPH.length()).replace("#", "#");
        }
        return iri;
    }

    /**
     * Whether a link may point at {@code href}: a path of this server or an http(s) address. Any other
     * scheme ({@code javascript:}, {@code data:}) in the data stays text.
     */
    public static boolean isSafeHref(String href) {
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        return (h.startsWith("/") && !h.startsWith("//")) || h.startsWith("http://") || h.startsWith("https://");
    }

    public boolean isLocal(String iri) {
        return iri.startsWith(base) || iri.startsWith(Vocab.ONTOLOGY_GRAPH);
    }

    /** UTF-8 percent-decoding of a path; '+' stays a plus (it is not a space in paths). */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length) {
                int hi = Character.digit(bytes[i + 1], 16);
                int lo = Character.digit(bytes[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    out.write((hi << 4) | lo);
                    i += 2;
                    continue;
                }
            }
            out.write(b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes what may not stand raw in a path segment, keeping '/' and unreserved ASCII. */
    static String percentEncodePath(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** Percent-encodes a query parameter value. */
    public static String encodeParam(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
