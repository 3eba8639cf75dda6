package org.newskg.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the articles of a JSON Lines file ({@code .jsonl}, or gzip-compressed {@code .jsonl.gz}):
 * one object a line with {@code text} and, where present, {@code title}, {@code date}
 * (YYYYMMDD or YYYY-MM-DD), {@code url} and {@code id}. One line is read at a time, so memory
 * stays bounded whatever the file's size. A bad line is reported with its number and skipped;
 * the rest of the file is still read. Close the stream to close the file.
 */
public final class JsonLinesReader {

    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})-?(\\d{1,2})-?(\\d{1,2})");

    /**
     * The file's articles, in file order. {@code problems} hears of every line that is not a usable
     * article; an unreadable file fails at once, a file that breaks off mid-way ends the stream after
     * a reported problem.
     */
    public Stream<Article> articles(Path file, Consumer<InputProblem> problems) throws InputProblem {
        BufferedReader reader = open(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String stem = PageReader.stem(name);
        Iterator<Article> it = new Iterator<>() {
            private long lineNo;
            private Article next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (IOException | UncheckedIOException e) {
                        problems.accept(new InputProblem(file, "line " + (lineNo + 1) + ": cannot be read ("
                                + e.getMessage() + "); the rest of the file is skipped", e));
                        done = true;
                        break;
                    }
                    if (line == null) {
                        done = true;
                        break;
                    }
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        next = article(line, lineNo, name, stem);
                    } catch (BadLine e) {
                        problems.accept(new InputProblem(file, "line " + lineNo + ": " + e.getMessage()));
                    }
                }
                return next != null;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = next;
                next = null;
                return a;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static BufferedReader open(Path file) throws InputProblem {
        if (!Files.exists(file)) {
            throw new InputProblem(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputProblem(file, "a folder, not a file");
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            if (file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the open failure is what the user needs to hear about
                }
            }
            throw new InputProblem(file, "cannot be opened as " + (file.toString().endsWith(".gz") ? "gzip " : "")
                    + "JSON Lines: " + e.getMessage(), e);
        }
    }

    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    private static Article article(String line, long lineNo, String name, String stem) throws BadLine {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject()) {
                throw new BadLine("not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new BadLine("not valid JSON (" + shorten(parserMessage(e)) + ")");
        }
        String raw = string(o, "text");
        if (raw == null || raw.isBlank()) {
            throw new BadLine("no \"text\"");
        }
        String text = TextNormalizer.normalize(raw);
        StringBuilder body = new StringBuilder();
        for (String p : text.split("\n")) {
            String t = TextNormalizer.dropCjkDigitSpaces(p.strip());
            if (!t.isEmpty()) {
                body.append(body.length() > 0 ? "\n" : "").append(t);
            }
        }
        String title = string(o, "title");
        String headline = title == null ? "" : TextNormalizer.normalize(title).strip();
        Optional<LocalDate> published = Optional.empty();
        String date = string(o, "date");
        if (date != null && !date.isBlank()) {
            Matcher m = DATE.matcher(date);
            published = m.find() ? SiteChrome.date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
            if (published.isEmpty()) {
                throw new BadLine("\"date\" is not YYYYMMDD or YYYY-MM-DD: " + shorten(date));
            }
        }
        String bodyText = body.toString();
        Optional<Integer> year = published.map(LocalDate::getYear).or(() -> YearHint.of(bodyText));
        String id = string(o, "id");
        String key = id != null && !id.isBlank() ? id.strip() : stem + "-" + lineNo;
        String url = string(o, "url");
        List<String> reporters = Bylines.datelineNames(bodyText);
        return new Article(key, name, (int) Math.min(Integer.MAX_VALUE, lineNo), headline, reporters, bodyText,
                published, year, Bylines.region(bodyText), Optional.ofNullable(url).filter(u -> !u.isBlank()));
    }

    private static String string(JsonObject o, String field) throws BadLine {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new BadLine("\"" + field + "\" is not a string");
        }
        return e.getAsString();
    }

    /** Gson's own words, without its exception's class name and the line of help it appends. */
    private static String parserMessage(RuntimeException e) {
        Throwable reason = e.getCause() != null ? e.getCause() : e;
        String message = reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage();
        // a record is one line, so gson's "line 1" would only contradict the line number given
        return message.strip().lines().findFirst().orElse("").replaceFirst("at line 1 column (\\d+)", "at column $1");
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
