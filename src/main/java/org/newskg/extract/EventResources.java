package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the word lists under {@code newskg/events/}: one entry a line, {@code #} comments, tab-separated columns. */
public final class EventResources {

    private EventResources() {
    }

    public static List<String[]> rows(String name) {
        String path = "/newskg/events/" + name;
        try (InputStream in = EventResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(t.split("\t"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0].strip()).toList();
    }

    public static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows(name)) {
            if (r.length >= 2) {
                out.put(r[0].strip(), r[1].strip());
            }
        }
        return out;
    }
}
