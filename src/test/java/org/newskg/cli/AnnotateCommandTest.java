package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate} writes one JSON line per input line, with exact spans and class names as types. */
class AnnotateCommandTest {

    @TempDir
    Path dir;

    private List<String> run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonLinesInputGivesSpansOfPersonsTitlesAndBodies() throws Exception {
        Path in = dir.resolve("in.jsonl");
        String text = "县工商联党组书记、常务副主席蒋卫东带队调研。";
        Files.writeString(in, "{\"text\": \"" + text + "\"}\n{\"text\": \"今天天气很好。\"}\n", StandardCharsets.UTF_8);
        List<String> out = run("annotate", "--format", "jsonl", in.toString());
        assertEquals(2, out.size());
        JsonObject first = JSON.parse(out.get(0));
        assertEquals(text, first.get("text").getAsString().value());
        JsonArray mentions = first.get("mentions").getAsArray();
        assertTrue(has(mentions, text, "Person", "蒋卫东"), out.get(0));
        assertTrue(has(mentions, text, "Role", "党组书记"), out.get(0));
        assertTrue(has(mentions, text, "Role", "常务副主席"), out.get(0));
        assertTrue(has(mentions, text, "Organization", "县工商联"), out.get(0));
        assertTrue(hasClass(mentions, "县工商联", "Association"), out.get(0));
        assertEquals(0, JSON.parse(out.get(1)).get("mentions").getAsArray().size());
    }

    @Test
    void plainTextIsOneTextALine() throws Exception {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "区领导钱立新参加。\n\n泰和精密机械股份有限公司投产。\n", StandardCharsets.UTF_8);
        List<String> out = run("annotate", in.toString());
        assertEquals(3, out.size());
        JsonObject third = JSON.parse(out.get(2));
        assertTrue(has(third.get("mentions").getAsArray(), "泰和精密机械股份有限公司投产。", "Company", "泰和精密机械股份有限公司"));
    }

    @Test
    void aMissingFileFailsWithoutStoppingTheOthers() throws Exception {
        Path in = dir.resolve("ok.txt");
        Files.writeString(in, "区领导钱立新参加。\n", StandardCharsets.UTF_8);
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertNotEquals(0, Main.run("annotate", dir.resolve("missing.txt").toString(), in.toString()));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void typeIsTheBroadClassAndClassTheMostSpecificOne() throws Exception {
        Path in = dir.resolve("kinds.txt");
        String text = "青州理工大学与县卫生健康局、东岳精工机械有限公司签约。";
        Files.writeString(in, text + "\n", StandardCharsets.UTF_8);
        JsonArray mentions = JSON.parse(run("annotate", in.toString()).get(0)).get("mentions").getAsArray();
        String[][] expected = {
            {"青州理工大学", "Organization", "University"},
            {"县卫生健康局", "GovernmentBody", "GovernmentBody"},
            {"东岳精工机械有限公司", "Company", "Company"},
        };
        for (String[] e : expected) {
            assertTrue(has(mentions, text, e[1], e[0]), e[0] + " " + mentions);
            assertTrue(hasClass(mentions, e[0], e[2]), e[0] + " " + mentions);
        }
    }

    private static boolean hasClass(JsonArray mentions, String surface, String cls) {
        for (JsonValue v : mentions) {
            JsonObject m = v.getAsObject();
            if (m.get("text").getAsString().value().equals(surface) && m.get("class").getAsString().value().equals(cls)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(JsonArray mentions, String text, String type, String surface) {
        for (JsonValue v : mentions) {
            JsonObject m = v.getAsObject();
            int s = m.get("start").getAsNumber().value().intValue();
            int e = m.get("end").getAsNumber().value().intValue();
            if (m.get("type").getAsString().value().equals(type) && text.substring(s, e).equals(surface)
                    && m.get("text").getAsString().value().equals(surface)) {
                return true;
            }
        }
        return false;
    }
}
