package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Progress;
import org.newskg.resolve.Iris;
import org.newskg.store.GraphStore;

class BuildCommandTest {

    private static final String PAGE = """
            本报讯（记者 欧阳晓晨）3月8日，县委书记司马骏主持召开县委常委会会议，研究部署春季农业生产工作。
            县委副书记、县长上官明出席会议并讲话。
            """;

    @TempDir
    Path dir;

    @Test
    void badInputIsNamedTheRestIsLoadedAndTheExitSaysSo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good-utf8.txt"), PAGE, StandardCharsets.UTF_8);
        Files.write(in.resolve("good-gbk.txt"), PAGE.replace("司马骏", "诸葛亮").getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("good-utf16.txt"), PAGE.replace("司马骏", "端木青").getBytes(StandardCharsets.UTF_16));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.dat"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        Path missing = dir.resolve("no-such-page.txt");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            int exit = BuildCommand.build(store, List.of(in, missing), org.newskg.ingest.PublicationDates.none(), Iris.DEFAULT_BASE, 2,
                    Progress.silent(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, exit);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertTrue(errors.contains("empty.txt"), errors);
            assertTrue(errors.contains("binary.dat"), errors);
            assertTrue(errors.contains("no-such-page.txt"), errors);
            assertTrue(!errors.contains("good-"), errors);
            for (String name : List.of("司马骏", "诸葛亮", "端木青")) {
                assertTrue(hasPerson(store, name), name + " loaded");
            }
        }
    }

    @Test
    void aStoreBuiltUnderOneBaseRefusesAnother() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        Path tdb = dir.resolve("tdb2");
        assertEquals(0, Main.run("build", "--store", tdb.toString(), page.toString()));
        assertEquals(2, Main.run("build", "--store", tdb.toString(), "--base", "http://example.org/other/", page.toString()));
    }

    @Test
    void theFullTextIndexFollowsAdditionsAndReplacements() throws Exception {
        Path tdb = dir.resolve("tdb2");
        Path first = Files.writeString(dir.resolve("first.txt"), PAGE);
        Path second = Files.writeString(dir.resolve("second.txt"), PAGE.replace("司马骏", "东方朔"));
        assertEquals(0, Main.run("build", "--store", tdb.toString(), first.toString()));
        assertEquals(0, Main.run("build", "--store", tdb.toString(), second.toString()));
        try (GraphStore store = GraphStore.open(tdb)) {
            assertTrue(found(store, "司马"), "the first build's names are indexed");
            assertTrue(found(store, "东方"), "an addition's names are indexed");
        }
        Files.writeString(first, PAGE.replace("司马骏", "慕容复"));
        assertEquals(0, Main.run("build", "--store", tdb.toString(), first.toString()));
        try (GraphStore store = GraphStore.open(tdb)) {
            assertTrue(found(store, "慕容"), "a rebuilt page's new names are indexed");
            assertTrue(!found(store, "司马"), "a rebuilt page's old names are gone from the index");
            assertTrue(found(store, "东方"), "other pages stay indexed");
        }
    }

    private static boolean found(GraphStore store, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "ASK { ?s text:query (rdfs:label \"" + word + "\") }";
        var text = org.apache.jena.query.DatasetFactory.wrap(store.textDataset());
        return Txn.calculateRead(text, () -> {
            try (var exec = QueryExecutionFactory.create(q, text)) {
                return exec.execAsk();
            }
        });
    }

    private static boolean hasPerson(GraphStore store, String name) {
        String q = "ASK { GRAPH ?g { ?p a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> \"" + name + "\"@zh } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (var exec = QueryExecutionFactory.create(q, store.dataset())) {
                return exec.execAsk();
            }
        });
    }
    @Test
    void recordsAddedToAStoreAreCommittedEveryBatchOfArticles() throws Exception {
        Path tdb = dir.resolve("tdb2");
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        // the first build fills the empty store in one bulk transaction; later ones write in batches
        assertEquals(0, Main.run("build", "--store", tdb.toString(), page.toString()));
        StringBuilder feed = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            feed.append("{\"id\":\"r-").append(i).append("\",\"date\":\"2024-05-0").append(i)
                    .append("\",\"text\":\"本报讯 5月").append(i).append("日，第").append(i).append("批农机具发放到户。\"}\n");
        }
        Path records = Files.writeString(dir.resolve("records.jsonl"), feed);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.open(tdb)) {
            int exit = BuildCommand.build(store, List.of(records), org.newskg.ingest.PublicationDates.none(), Iris.DEFAULT_BASE, 2, 3,
                    new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, log.toString(StandardCharsets.UTF_8));
            List<String> commits = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("committed:")).toList();
            assertEquals(List.of("committed: 3 articles", "committed: 6 articles", "committed: 7 articles"), commits);
            long articles = Txn.calculateRead(store.datasetGraph(), () -> {
                try (var q = QueryExecutionFactory.create("SELECT (COUNT(?a) AS ?n) { GRAPH ?g { ?a a <"
                        + org.newskg.rdf.Vocab.NKG + "Article> } }", store.dataset())) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(8, articles);
        }
    }

    @Test
    void aBatchOfFewerThanOneArticleIsRefused() throws Exception {
        Path tdb = dir.resolve("tdb2");
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        for (String n : List.of("0", "-5")) {
            CliTest.Run r = CliTest.run("build", "--store", tdb.toString(), "--batch-articles", n, page.toString());
            assertEquals(Commands.USER_ERROR, r.exit());
            assertTrue(r.err().contains("--batch-articles " + n + " must be 1 or more"), r.err());
        }
        assertTrue(!Files.exists(tdb), "no store was made");
        assertTrue(CliTest.run("build", "--help").out().contains("--batch-articles=N"));
    }
}
