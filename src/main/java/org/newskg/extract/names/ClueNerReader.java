package org.newskg.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.text.Span;

/**
 * Reads CLUENER2020's JSON Lines ({@code {"text": …, "label": {type: {surface: [[start, end]]}}}},
 * end inclusive, offsets in Unicode code points). Labels the model does not learn are dropped;
 * a line that is not such a record stops the reading with its file and line number.
 */
public final class ClueNerReader {

    private ClueNerReader() {
    }

    public static List<LabelledText> read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TrainingDataException(file, 0, "no such readable file");
        }
        List<LabelledText> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (!line.isBlank()) {
                    out.add(parse(file, n, line));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TrainingDataException(file, 0, "not UTF-8 text");
        }
        if (out.isEmpty()) {
            throw new TrainingDataException(file, 0, "no training lines");
        }
        return out;
    }

    static LabelledText parse(Path file, int lineNo, String line) {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (RuntimeException e) {
            throw new TrainingDataException(file, lineNo, "not a JSON object");
        }
        JsonValue text = o.get("text");
        if (text == null || !text.isString()) {
            throw new TrainingDataException(file, lineNo, "no \"text\" string");
        }
        String s = text.getAsString().value();
        List<GoldName> names = new ArrayList<>();
        JsonValue label = o.get("label");
        if (label != null && !label.isNull()) {
            if (!label.isObject()) {
                throw new TrainingDataException(file, lineNo, "\"label\" is not an object");
            }
            for (Map.Entry<String, JsonValue> type : label.getAsObject().entrySet()) {
                NameKind kind = NameKind.ofClueLabel(type.getKey());
                if (!type.getValue().isObject()) {
                    throw new TrainingDataException(file, lineNo, "label \"" + type.getKey() + "\" is not an object");
                }
                for (Map.Entry<String, JsonValue> surface : type.getValue().getAsObject().entrySet()) {
                    for (Span span : spans(file, lineNo, s, surface.getValue())) {
                        if (kind != null) {
                            names.add(new GoldName(span, kind));
                        }
                    }
                }
            }
        }
        names.sort((a, b) -> a.span().compareTo(b.span()));
        return new LabelledText(s, names, lineNo);
    }

    private static List<Span> spans(Path file, int lineNo, String text, JsonValue v) {
        List<Span> out = new ArrayList<>();
        int points = text.codePointCount(0, text.length());
        if (!v.isArray()) {
            throw new TrainingDataException(file, lineNo, "a name's offsets are not a list");
        }
        for (JsonValue pair : v.getAsArray()) {
            if (!pair.isArray() || pair.getAsArray().size() != 2 || !pair.getAsArray().get(0).isNumber()
                    || !pair.getAsArray().get(1).isNumber()) {
                throw new TrainingDataException(file, lineNo, "offsets are not [start, end] pairs");
            }
            JsonArray p = pair.getAsArray();
            int s = p.get(0).getAsNumber().value().intValue(), e = p.get(1).getAsNumber().value().intValue() + 1;
            if (s < 0 || e <= s || e > points) {
                throw new TrainingDataException(file, lineNo, "offsets [" + s + ", " + (e - 1) + "] outside the text");
            }
            // code points to UTF-16 indexes: the same unless the text has characters beyond the BMP
            out.add(new Span(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)));
        }
        return out;
    }
}
