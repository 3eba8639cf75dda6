package org.newskg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints the IRIs of the graph under one base. An entity's IRI is made from its kind and
 * canonical name, so the same name always gives the same IRI, across articles and rebuilds.
 * Names stay readable (IRIs allow Chinese); ASCII characters that would break an IRI path are
 * percent-encoded.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/newskg/";

    private final String base;

    public Iris(String base) {
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("a base IRI is an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String article(String key) {
        return base + "article/" + encode(key);
    }

    public String entity(String kind, String name) {
        return base + kind + "/" + encode(name);
    }

    /** An IRI for a thing identified by several parts (a membership: person, role, organisation). */
    public String hashed(String kind, String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return base + kind + "/" + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes what may not stand in an IRI path segment; other characters stay as they are. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean safe = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
            if (safe) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        // bytes >= 0x80 were appended one by one; decode them back into characters
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
