package org.newskg.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the articles of the seed pages as JSON Lines for inspection (run with -Ddump=DIR). */
class SeedDumpProbe {

    @Test
    @EnabledIfSystemProperty(named = "dump", matches = ".+")
    void dump() throws Exception {
        Path out = Path.of(System.getProperty("dump"));
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("/work/shared/seeds"))) {
            for (Path f : files.sorted().toList()) {
                Page p = new PageReader().read(f, Optional.empty());
                for (Article a : p.articles()) {
                    b.append(com.google.gson.JsonParser.parseString("{}").getAsJsonObject().toString().isEmpty() ? "" : "");
                    com.google.gson.JsonObject o = new com.google.gson.JsonObject();
                    o.addProperty("key", a.key());
                    o.addProperty("headline", a.headline());
                    o.addProperty("reporters", String.join(",", a.reporters()));
                    o.addProperty("text", a.text());
                    o.addProperty("year", a.yearHint().map(String::valueOf).orElse(""));
                    o.addProperty("region", a.region().orElse(""));
                    b.append(o).append('\n');
                }
            }
        }
        Files.writeString(out.resolve("articles.jsonl"), b.toString());
    }
}
