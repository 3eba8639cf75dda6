package org.newskg.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The article texts of a JSON Lines corpus, and copies of the corpus with distinct ids. */
public final class CorpusTexts {

    private CorpusTexts() {
    }

    /** Every record's {@code text}, in order (for measurements that need the texts in memory). */
    public static List<String> texts(Path jsonl) {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = reader(jsonl)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonValue text = JSON.parse(line).get("text");
                if (text != null && text.isString()) {
                    texts.add(text.getAsString().value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /**
     * Writes {@code copies} concatenated copies of {@code jsonl} to {@code out} (gzip), each copy's
     * ids suffixed so that its articles are new articles, not repeats of the first copy's.
     */
    public static long writeCopies(Path jsonl, int copies, Path out) {
        long records = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
            for (int copy = 1; copy <= copies; copy++) {
                try (BufferedReader in = reader(jsonl)) {
                    String line;
                    int n = 0;
                    while ((line = in.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonObject record = JSON.parse(line);
                        String id = record.hasKey("id") && record.get("id").isString()
                                ? record.get("id").getAsString().value() : "r" + n;
                        record.put("id", copy == 1 ? id : id + "-copy" + copy);
                        w.write(JSON.toStringFlat(record));
                        w.newLine();
                        n++;
                        records++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
