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
import org.newskg.extract.names.Annotation;
import org.newskg.extract.names.NameMerge;
import org.newskg.extract.names.NameModel;
import org.newskg.extract.names.NameSpan;
import org.newskg.nlp.Token;
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

    @Option(names = "--names", defaultValue = "combined", paramLabel = "SOURCE",
            description = "whose spans to print: combined (the name model's names, and the readers' mentions where the model has none), "
                    + "model (the name model alone) or readers (the rule-based readers alone); default: ${DEFAULT-VALUE}")
    NameMerge.Source names;

    @Option(names = "--model", paramLabel = "FILE", description = "a name model written by train (default: the shipped one)")
    Path modelFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PeopleAndOrgsExtractor extractor = new PeopleAndOrgsExtractor();
        NameModel model = names == NameMerge.Source.READERS ? null
                : modelFile != null ? NameModel.load(modelFile) : NameModel.shipped();
        int failed = 0;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        for (Path f : files) {
            if (!Files.isReadable(f) || Files.isDirectory(f)) {
                String why = !Files.exists(f) ? "no such file" : Files.isDirectory(f) ? "a folder, not a file" : "permission denied";
                System.err.println("newskg annotate: " + f + ": " + why + "; it is left out");
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
                            System.err.println("newskg annotate: " + f + ":" + n + ": no \"text\" field; its line gets an empty annotation");
                            failed++;
                            text = "";
                        }
                    }
                    out.println(annotate(extractor, model, names, text));
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("newskg annotate: " + f + ": " + CommandErrors.firstLine(e.getMessage()));
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

    static String annotate(PeopleAndOrgsExtractor extractor, NameModel model, NameMerge.Source source, String text) {
        List<Token> tokens = HanlpSegmenter.instance().segment(text);
        List<Mention> all = extractor.read(text, tokens).mentions();
        // flat spans, as span benchmarks expect: a body nested in a longer one is left out
        List<Mention> flat = all.stream().filter(m -> !(m instanceof OrgMention) || all.stream().noneMatch(
                o -> o != m && o instanceof OrgMention && o.span().contains(m.span()) && !o.span().equals(m.span()))).toList();
        List<NameSpan> found = model == null ? List.of() : model.label(text, tokens);
        StringBuilder b = new StringBuilder("{\"text\":").append(quote(text)).append(",\"mentions\":[");
        boolean first = true;
        for (Annotation a : NameMerge.merge(flat, found, source)) {
            if (!first) {
                b.append(',');
            }
            first = false;
            // type: the broad class (Person, GovernmentBody, Company, Organization, Role, Place); class: the most specific one
            b.append("{\"start\":").append(a.span().start()).append(",\"end\":").append(a.span().end())
                    .append(",\"type\":").append(quote(a.type())).append(",\"class\":").append(quote(a.className()))
                    .append(",\"text\":").append(quote(a.span().of(text)));
            if (!Double.isNaN(a.score())) {
                b.append(",\"score\":").append(String.format(java.util.Locale.ROOT, "%.3f", a.score()));
            }
            b.append('}');
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
