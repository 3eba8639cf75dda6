package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

import picocli.CommandLine;

/** The serve, export and query commands, run as a user runs them. */
class CliTest {

    private static final String PERSONS = "SELECT ?name WHERE { ?p a <https://w3id.org/newskg/ontology#Person> ; "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";

    @TempDir
    static Path dir;
    static Path storeDir;
    static long quads;

    @BeforeAll
    static void buildStore() {
        storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.ensureOntology();
            store.replaceSources(SampleData.batch());
            quads = store.countQuads();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "export", "query"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--store"), r.out());
        assertTrue(r.out().contains("Usage: newskg " + command));
    }

    @Test
    void mainListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        for (String c : new String[] {"serve", "export", "query"}) {
            assertTrue(r.out().contains(c), r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "export", "serve"})
    void missingStoreIsAClearError(String command) {
        Path missing = dir.resolve("no-store-here");
        Run r = command.equals("query") ? run(command, "--store", missing.toString(), PERSONS)
                : run(command, "--store", missing.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("no store at " + missing), r.err());
        assertFalse(Files.exists(missing), "no empty store is created");
    }

    @Test
    void queryPrintsATable() {
        Run r = run("query", "--store", storeDir.toString(), PERSONS);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| name"), r.out());
        assertTrue(r.out().contains("\"赵明远\"@zh"), r.out());
        assertTrue(r.out().contains("\"韩立群\"@zh"));
    }

    @Test
    void queryAsCsvTsvAndJson() {
        Run csv = run("query", "--store", storeDir.toString(), "--format", "csv", PERSONS);
        assertEquals(0, csv.exit());
        assertEquals("name\r\n周骁\r\n孙晓棠\r\n赵明远\r\n韩立群\r\n".lines().sorted().toList(), csv.out().lines().sorted().toList());
        Run tsv = run("query", "--store", storeDir.toString(), "--format", "tsv", PERSONS);
        assertTrue(tsv.out().startsWith("?name"), tsv.out());
        Run json = run("query", "--store", storeDir.toString(), "--format", "json", PERSONS);
        var rs = ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(4, ResultSetFormatter.consume(rs));
    }

    @Test
    void queryFromAFileAndAskAndConstruct() throws Exception {
        Path file = dir.resolve("persons.rq");
        Files.writeString(file, "# every person\n" + PERSONS);
        Run r = run("query", "--store", storeDir.toString(), "--format", "csv", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.out().lines().count());
        Run ask = run("query", "--store", storeDir.toString(), "ASK { ?s a <http://www.w3.org/ns/org#Membership> }");
        assertEquals("yes", ask.out().strip());
        Run construct = run("query", "--store", storeDir.toString(),
                "CONSTRUCT { ?p ?q ?o } WHERE { <https://w3id.org/newskg/person/韩立群> ?q ?o . BIND(<https://w3id.org/newskg/person/韩立群> AS ?p) }");
        assertEquals(0, construct.exit(), construct.err());
        assertTrue(construct.out().contains("韩立群"));
    }

    @Test
    void badQueryGivesTheParsersMessage() {
        Run r = run("query", "--store", storeDir.toString(), "SELECT ?x WHERE { ?x ");
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("bad query"), r.err());
        assertTrue(r.err().contains("line 1"), r.err());
    }

    @Test
    void missingQueryFileIsAnError() {
        Run r = run("query", "--store", storeDir.toString(), dir.resolve("nothing.rq").toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("no query file"), r.err());
    }

    @Test
    void exportNquadsToStandardOutputHoldsTheWholeStore() {
        Run r = run("export", "--store", storeDir.toString(), "--format", "nquads");
        assertEquals(0, r.exit(), r.err());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(back);
        assertEquals(quads, back.stream().count());
        assertTrue(back.containsGraph(org.apache.jena.graph.NodeFactory.createURI(GraphStore.ONTOLOGY_GRAPH)));
    }

    @Test
    void exportTrigToAGzippedFile() throws Exception {
        Path out = dir.resolve("exports/graph.trig.gz");
        Run r = run("export", "--store", storeDir.toString(), "--format", "trig", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph back = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(back);
        }
        assertEquals(quads, back.stream().count());
        assertFalse(Files.exists(dir.resolve("exports/graph.trig.gz.partial")));
    }

    @Test
    void exportUnknownFormatIsAnError() {
        Run r = run("export", "--store", storeDir.toString(), "--format", "rdfxml");
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("unknown format"), r.err());
    }

    @Test
    void serveAnswersOverHttpUntilStopped() throws Exception {
        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        int[] exit = {-1};
        Thread t = new Thread(() -> exit[0] = cl.execute("--store", storeDir.toString(), "--port", "0", "--timeout", "5"));
        t.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (serve.server() == null && t.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertNotNull(serve.server(), "server started");
        try {
            assertEquals("127.0.0.1", serve.server().host());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    serve.server().sparqlUrl() + "?query=" + URLEncoder.encode(PERSONS, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("孙晓棠"));
            assertEquals(5, serve.server().settings().queryTimeout().toSeconds());
        } finally {
            serve.stop();
            t.join(30_000);
        }
        assertEquals(0, exit[0]);
    }

    @Test
    void serveRefusesABadPort() {
        Run r = run("serve", "--store", storeDir.toString(), "--port", "70000");
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("port out of range"), r.err());
    }
}
