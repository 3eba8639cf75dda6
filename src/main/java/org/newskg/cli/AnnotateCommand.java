package org.newskg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.extract.Mention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleAndOrgsExtractor;
import org.newskg.nlp.HanlpSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate}: the person, title, organisation and place recognisers on plain text (one line,
 * one text) or JSON Lines with a {@code text} field; one JSON line out per line in.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Prints the persons, titles (Role), organisations and places of each input line as JSON Lines: "
                + "{\"text\":…,\"mentions\":[{\"start\",\"end\" (exclusive),\"type\",\"class\",\"text\"}]}; "
                + "type is Person, GovernmentBody, Company, Organization, Role or Place, class the most specific class (University, Association…).")
public final class AnnotateCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Option(names = "--format", description = "input format: ${COMPLETION-CANDIDATES} (default: jsonl for .jsonl/.json files, else text)")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PeopleAndOrgsExtractor extractor = new PeopleAndOrgsExtractor();
        int failed = 0;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        for (Path f : files) {
            if (!Files.isReadable(f) || Files.isDirectory(f)) {
                System.err.println("annotate: cannot read " + f);
                failed++;
                continue;
            }
            Format fmt = format != null ? format
                    : f.getFileName().toString().matches(".*\\.(jsonl|json)$") ? Format.jsonl : Format.text;
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    n++;
                    String text = line;
                    if (fmt == Format.jsonl) {
                        if (line.isBlank()) {
                            continue;
                        }
                        text = textOf(line);
                        if (text == null) {
                            System.err.println("annotate: " + f + ":" + n + ": no \"text\" field");
                            failed++;
                            text = "";
                        }
                    }
                    out.println(annotate(extractor, text));
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("annotate: " + f + ": " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String textOf(String line) {
        try {
            JsonObject o = JSON.parse(line);
            JsonValue v = o.get("text");
            return v != null && v.isString() ? v.getAsString().value() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String annotate(PeopleAndOrgsExtractor extractor, String text) {
        List<Mention> all = extractor.read(text, HanlpSegmenter.instance().segment(text)).mentions();
        // flat spans, as span benchmarks expect: a body nested in a longer one is left out
        List<Mention> mentions = all.stream().filter(m -> !(m instanceof OrgMention) || all.stream().noneMatch(
                o -> o != m && o instanceof OrgMention && o.span().contains(m.span()) && !o.span().equals(m.span()))).toList();
        StringBuilder b = new StringBuilder("{\"text\":").append(quote(text)).append(",\"mentions\":[");
        boolean first = true;
        for (Mention m : mentions) {
            if (!first) {
                b.append(',');
            }
            first = false;
            // type: the broad class (Person, GovernmentBody, Company, Organization, Role, Place); class: the most specific one
            String broad = m instanceof OrgMention o ? o.kind().broadClassName() : m.type();
            b.append("{\"start\":").append(m.span().start()).append(",\"end\":").append(m.span().end())
                    .append(",\"type\":").append(quote(broad)).append(",\"class\":").append(quote(m.type()))
                    .append(",\"text\":").append(quote(m.span().of(text))).append('}');
        }
        return b.append("]}").toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
