package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    private static final String LINES = String.join("\n",
            "{\"id\":\"n-1\",\"title\":\"南湖区召开环境整治推进会\",\"date\":\"20240315\",\"url\":\"https://example.org/1\","
                    + "\"text\":\"本报讯（记者 卞雅琴）３月１４日，南湖区召开环境整治推进会，区长祁振东出席。\"}",
            "{\"title\":\"坏行\",\"text\":",
            "",
            "{\"title\":\"没有正文\"}",
            "{\"text\":\"2023年以来，北坡镇新建农村公路12公里。\",\"date\":\"2023-07-09\"}",
            "{\"text\":\"北坡镇新建村级卫生室。\",\"date\":\"明天\"}",
            "{\"text\":\"2022年度，北坡镇粮食总产稳定在8万吨。\"}",
            "");

    @TempDir
    Path dir;

    private List<Article> readAll(Path f, List<InputProblem> problems) throws Exception {
        try (Stream<Article> s = new JsonLinesReader().articles(f, problems::add)) {
            return s.toList();
        }
    }

    @Test
    void readsGoodLinesAndReportsBadOnesByNumber() throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, LINES, StandardCharsets.UTF_8);
        List<InputProblem> problems = new ArrayList<>();
        List<Article> as = readAll(f, problems);
        assertEquals(3, as.size());
        Article a = as.get(0);
        assertEquals("n-1", a.key());
        assertEquals("南湖区召开环境整治推进会", a.headline());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), a.published());
        assertEquals(Optional.of("https://example.org/1"), a.url());
        assertEquals(List.of("卞雅琴"), a.reporters());
        assertTrue(a.text().contains("3月14日"), a.text());
        assertEquals("feed-5", as.get(1).key());
        assertEquals(Optional.of(LocalDate.of(2023, 7, 9)), as.get(1).published());
        assertEquals(Optional.empty(), as.get(2).published());
        assertEquals(Optional.of(2022), as.get(2).yearHint());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).getMessage().contains("line 2"), problems.get(0).getMessage());
        assertTrue(problems.get(1).getMessage().contains("line 4") && problems.get(1).getMessage().contains("text"));
        assertTrue(problems.get(2).getMessage().contains("line 6") && problems.get(2).getMessage().contains("date"));
    }

    @Test
    void readsGzipAndStreamsLazily() throws Exception {
        Path f = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < 5000; i++) {
                out.write(("{\"id\":\"g" + i + "\",\"text\":\"东湖街道第" + i + "次志愿服务活动举行。\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        try (Stream<Article> s = new JsonLinesReader().articles(f, problems::add)) {
            List<Article> first = s.limit(3).toList();
            assertEquals(List.of("g0", "g1", "g2"), first.stream().map(Article::key).toList());
        }
        assertEquals(5000, readAll(f, problems).size());
        assertTrue(problems.isEmpty());
    }

    @Test
    void missingFileAndBrokenGzipAreProblems() throws Exception {
        assertThrows(InputProblem.class, () -> new JsonLinesReader().articles(dir.resolve("none.jsonl"), p -> { }));
        Path f = dir.resolve("broken.jsonl.gz");
        Files.write(f, new byte[] {1, 2, 3, 4, 5});
        InputProblem p = assertThrows(InputProblem.class, () -> new JsonLinesReader().articles(f, x -> { }));
        assertTrue(p.getMessage().contains("broken.jsonl.gz"), p.getMessage());
    }
}
