package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;

/**
 * Builds into a temporary TDB2 store and asks it by SPARQL which date each page's article was
 * published on: the page's own masthead first, then the dates.tsv beside the pages, then --date, the fallback.
 */
class PublicationDatesBuildTest {

    /** Each page file's article date in the store (none: no date published). */
    private static final String DATES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?file ?date WHERE { GRAPH ?a { ?a a nkg:Article ; nkg:sourceFile ?file OPTIONAL { ?a schema:datePublished ?date } } }""";

    @TempDir
    Path dir;
    Path pages;
    Path store;

    @BeforeEach
    void pages() throws Exception {
        pages = Files.createDirectories(dir.resolve("pages"));
        store = dir.resolve("tdb2");
        Files.writeString(pages.resolve("plain.txt"), "本报讯（记者 欧阳晓晨）3月8日，县委书记司马骏主持召开县委常委会会议。\n");
        Files.writeString(pages.resolve("masthead.txt"),
                "2023年11月30日 星期四 第3版\n\n本报讯（记者 邬晓庆）11月29日，东港区举办人才招聘会。\n");
        Files.writeString(pages.resolve("both.txt"),
                "2023年11月30日 星期四 第3版\n\n本报讯（记者 邬晓庆）11月29日，西港区举办人才招聘会。\n");
        Files.writeString(pages.resolve("undated.txt"), "本报讯（记者 上官明）近日，县政府召开常务会议。\n");
        Files.writeString(pages.resolve("dates.tsv"), "# the pages' dates\nplain.txt\t2024-03-09\nboth.txt\t2023-12-01  # the masthead says otherwise and wins\n");
    }

    private static Map<String, String> articleDates(Path store) {
        Map<String, String> dates = new TreeMap<>();
        try (GraphStore graphStore = GraphStore.open(store)) {
            Txn.executeRead(graphStore.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(graphStore.dataset()).query(DATES)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    q.execSelect().forEachRemaining(row -> dates.put(row.getLiteral("file").getString(),
                            row.contains("date") ? row.getLiteral("date").getLexicalForm() : "none"));
                }
            });
        }
        return dates;
    }

    @Test
    void aMastheadDatesItsPageTheDatesFileThoseOfItsFolderThatPrintNoneTheRestStayUndated() {
        CliTest.Run r = CliTest.run("build", "--store", store.toString(), pages.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("from 4 files"), "dates.tsv is no page: " + r.out());
        assertEquals(Map.of("plain.txt", "2024-03-09", "both.txt", "2023-11-30", "masthead.txt", "2023-11-30", "undated.txt", "none"),
                articleDates(store));
    }

    @Test
    void aPageNamedAloneIsDatedByTheDatesFileBesideIt() {
        CliTest.Run r = CliTest.run("build", "--store", store.toString(), pages.resolve("plain.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Map.of("plain.txt", "2024-03-09"), articleDates(store));
    }

    @Test
    void theDateOptionIsTheFallbackForPagesNeitherTheirTextNorTheDatesFileDates() {
        CliTest.Run r = CliTest.run("build", "--store", store.toString(), "--date", "2024-01-05", pages.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Map.of("plain.txt", "2024-03-09", "both.txt", "2023-11-30", "masthead.txt", "2023-11-30", "undated.txt", "2024-01-05"),
                articleDates(store));
    }

    @Test
    void aBadLineStopsTheBuildInOneLineNamingFileAndLineAndLeavesTheStoreAsItWas() throws Exception {
        assertEquals(0, CliTest.run("build", "--store", store.toString(), pages.toString()).exit());
        long before = quads(store);
        Map<String, String> datesBefore = articleDates(store);
        Path datesFile = pages.resolve("dates.tsv");
        for (String bad : List.of("plain.txt\t2024-02-30\n", "missing.txt\t2024-03-09\n")) {
            Files.writeString(datesFile, "# the pages' dates\nboth.txt\t2023-12-02\n" + bad);
            Files.writeString(pages.resolve("plain.txt"), "本报讯（记者 欧阳晓晨）3月8日，县委书记东方朔主持召开县委常委会会议。\n");
            CliTest.Run r = CliTest.run("build", "--store", store.toString(), pages.toString());
            assertEquals(Commands.USER_ERROR, r.exit());
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), r.err());
            assertTrue(lines.get(0).startsWith("newskg build: " + datesFile.toAbsolutePath() + ":3: "), lines.get(0));
            assertEquals(before, quads(store), "the store is unchanged");
            assertEquals(datesBefore, articleDates(store));
        }
        Path fresh = dir.resolve("never-made");
        assertEquals(Commands.USER_ERROR, CliTest.run("build", "--store", fresh.toString(), pages.toString()).exit());
        assertFalse(Files.exists(fresh), "no store is made for a build that stops at its dates");
    }

    private static long quads(Path store) {
        try (GraphStore graphStore = GraphStore.open(store)) {
            return graphStore.countQuads();
        }
    }
}
