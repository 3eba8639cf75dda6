package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.cli.Main;
import org.newskg.extract.people.Membership;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.ServerSettings;
import org.newskg.store.GraphStore;

/**
 * The whole flow on the seed pages: build into a fresh store with the command line, serve it on
 * a free port, and ask it over HTTP what a researcher would ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {

    private Path work;

    private GraphStore store;
    private NewskgServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private long quadsAfterFirstBuild;

    @BeforeAll
    void buildAndServe() throws IOException {
        work = Files.createTempDirectory("newskg-e2e");
        Path tdb = work.resolve("tdb2");
        assertEquals(0, Main.run("build", "--store", tdb.toString(), "seeds"));
        store = GraphStore.open(tdb);
        quadsAfterFirstBuild = store.countQuads();
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    @Test
    void theSeedsGiveAGraphOfEveryKind() {
        for (String cls : List.of("Article", "Person", "GovernmentBody", "Company", "Project", "Event")) {
            long n = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://w3id.org/newskg/ontology#" + cls + "> }");
            assertTrue(n > 0, "no " + cls);
        }
        assertTrue(count("SELECT (COUNT(*) AS ?n) { ?m a <http://www.w3.org/ns/org#Membership> }") > 10);
    }

    @Test
    void theSeedPagesArePublishedOnTheDatesOfTheirDatesFile() {
        String q = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nkg:Article ; nkg:sourceFile "%s" ; schema:datePublished "%s"^^<http://www.w3.org/2001/XMLSchema#date> }""";
        for (String[] page : new String[][] {{"000_f9d1ef5302058a1e.txt", "2023-11-29"}, {"001_53c1cfa81c9d0895.txt", "2022-11-21"},
                {"002_87a4a0aeaaa99906.txt", "2022-08-07"}, {"003_5d684e7cc0ae9713.txt", "2024-12-27"}}) {
            long dated = count(q.formatted(page[0], page[1]));
            long all = count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/newskg/ontology#Article> ; "
                    + "<https://w3id.org/newskg/ontology#sourceFile> \"" + page[0] + "\" }");
            assertTrue(all >= 5, page[0]);
            assertEquals(all, dated, "every article of " + page[0] + " is published on " + page[1]);
        }
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?a <https://w3id.org/newskg/ontology#sourceFile> \"dates.tsv\" }"));
    }

    @Test
    void theBuiltGraphPassesTheShapes() {
        var report = store.validate();
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(5)
                .map(e -> e.focusNode() + " " + e.message()).toList().toString());
    }

    @Test
    void aPostReadFromATitleChainIsAnswered() {
        String q = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(*) AS ?n) {
              ?m org:member ?p ; org:role ?r ; org:organization ?o .
              ?p rdfs:label "宫本杲"@zh . ?r rdfs:label "书记"@zh . ?o rdfs:label "临港区党工委"@zh .
            }""";
        assertTrue(count(q) > 0, "宫本杲 holds 书记 in 临港区党工委");
        String labelled = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(*) AS ?n) {
              ?m a org:Membership ; rdfs:label ?label ; org:member/rdfs:label ?person ;
                 org:organization/rdfs:label ?body ; org:role/rdfs:label ?role .
              FILTER(?label != STRLANG(CONCAT(?person, "：", ?body, ?role), "zh"))
            }""";
        assertEquals(0, count(labelled), "every post is labelled 人名：机构职务 from its own parts");
        assertTrue(count("SELECT (COUNT(*) AS ?n) { ?m a <http://www.w3.org/ns/org#Membership> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"宫本杲：临港区党工委书记\"@zh }") > 0);
    }

    @Test
    void onePersonIsOneNodeAcrossArticles() {
        String q = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT (COUNT(DISTINCT ?p) AS ?nodes) (COUNT(DISTINCT ?a) AS ?n) { ?p rdfs:label "宫本杲"@zh ; nkg:mentionedIn ?a }""";
        ResultSetRewindable rs = select(q);
        var row = rs.next();
        assertEquals(1, row.getLiteral("nodes").getLong());
        assertTrue(row.getLiteral("n").getLong() >= 3, "宫本杲 is mentioned in several articles");
    }

    private static final String GONG = "https://w3id.org/newskg/person/宫本杲";

    @Test
    void fullTextSearchFindsAPersonFromPartOfTheName() {
        String q = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(*) AS ?n) { ?s text:query (rdfs:label "宫本") . FILTER(?s = <%s>) }""".formatted(GONG);
        assertTrue(count(q) > 0, "宫本 finds 宫本杲");
        String article = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX schema: <http://schema.org/>
            SELECT (COUNT(*) AS ?n) { ?a text:query (schema:text "商会") }""";
        assertTrue(count(article) > 0, "a word of an article's text finds the article");
    }

    @Test
    void aSeedEntityResolvesInEveryFormatAndItsPageListsItsPostsWithSources() throws Exception {
        String path = server.url() + "person/" + URLEncoder.encode("宫本杲", StandardCharsets.UTF_8);
        for (var lang : List.of(org.apache.jena.riot.Lang.TURTLE, org.apache.jena.riot.Lang.JSONLD,
                org.apache.jena.riot.Lang.NTRIPLES, org.apache.jena.riot.Lang.RDFXML)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(path))
                    .header("Accept", lang.getHeaderString()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), lang.getName());
            var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            org.apache.jena.riot.RDFParser.fromString(r.body(), lang).parse(g);
            assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(GONG),
                    org.newskg.rdf.Vocab.LABEL, org.apache.jena.graph.NodeFactory.createLiteralLang("宫本杲", "zh")), lang.getName());
        }
        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, html.statusCode());
        String page = html.body();
        assertTrue(page.contains("临港区党工委") && page.contains("书记"), "his post is listed");
        assertTrue(page.contains("区党工委书记、管委会主任宫本杲"), "with the sentence it was read from");
        assertTrue(page.contains("/article/"), "and a link to its article");
    }

    @Test
    void everyExampleQueryRunsOverHttp() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "at least eight example queries");
        for (Path f : files) {
            String query = Files.readString(f);
            HttpResponse<String> r = post(query, "application/sparql-results+json,text/turtle;q=0.9");
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            if (r.headers().firstValue("Content-Type").orElse("").contains("sparql-results")) {
                ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                        ResultSetLang.RS_JSON);
                assertTrue(rs.hasNext(), f + " answers nothing on the seeds");
            } else {
                assertFalse(r.body().isBlank(), f + " constructs nothing on the seeds");
            }
        }
    }

    @Test
    void buildingTheSameInputAgainChangesNothing() {
        store.close();
        store = null;
        server.close();
        server = null;
        Path tdb = work.resolve("tdb2");
        assertEquals(0, Main.run("build", "--store", tdb.toString(), "seeds"));
        store = GraphStore.open(tdb);
        assertEquals(quadsAfterFirstBuild, store.countQuads());
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    private long count(String query) {
        ResultSetRewindable rs = select(query);
        return rs.next().getLiteral(rs.getResultVars().get(0)).getLong();
    }

    private ResultSetRewindable select(String query) {
        try {
            HttpResponse<String> r = post(query, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            return ResultSetFactory.makeRewindable(ResultSetMgr.read(
                    new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String query, String accept) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
