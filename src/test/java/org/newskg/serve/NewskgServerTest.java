package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

/** The server over real HTTP, on a free port, serving a TDB2 store of the sample data. */
class NewskgServerTest {

    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX org: <http://www.w3.org/ns/org#>\n";
    private static final String PERSONS = PREFIXES + "SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name";

    @TempDir
    static Path dir;
    static GraphStore store;
    static NewskgServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        store.storeBase("https://w3id.org/newskg/");
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void bindsToLoopbackByDefaultOnAFreePort() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.port() > 0);
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void selectOverGetSeesTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = get(SPARQL_GET(PERSONS), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        var names = ResultSetFormatter.toList(rs).stream().map(s -> s.getLiteral("name").getString()).toList();
        assertEquals(java.util.List.of("周骁", "孙晓棠", "赵明远", "韩立群").stream().sorted().toList(),
                names.stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void selectResultsByAcceptHeaderOverPost(String accept, String expectedType) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PERSONS, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                r.headers().firstValue("Content-Type").orElse("none"));
        assertTrue(r.body().contains("赵明远"));
    }

    @ParameterizedTest
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml",
        "csv, text/csv", "tsv, text/tab-separated-values"})
    void selectResultsByFormatParameter(String format, String expectedType) throws Exception {
        HttpResponse<String> r = get(SPARQL_GET(PERSONS) + "&format=" + format, "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                r.headers().firstValue("Content-Type").orElse("none"));
        assertTrue(r.body().contains("韩立群"));
    }

    @Test
    void queryAsSparqlQueryBody() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "ASK { ?m a org:Membership }"))
                .build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void constructAndDescribeAsTurtleAndJsonLd(String accept, String langName) throws Exception {
        Lang lang = langName.equals("TURTLE") ? Lang.TURTLE : Lang.JSONLD;
        String construct = PREFIXES + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a nkg:Person ; rdfs:label ?n }";
        HttpResponse<String> r = get(SPARQL_GET(construct), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Graph g = parse(r.body(), lang);
        assertEquals(4, g.size());

        String describe = "DESCRIBE <https://w3id.org/newskg/person/赵明远>";
        HttpResponse<String> d = get(SPARQL_GET(describe), accept);
        assertEquals(200, d.statusCode());
        assertTrue(parse(d.body(), lang).size() >= 3);
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        long before = store.countQuads();
        String update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
        String dropAll = "DROP ALL";
        for (String path : new String[] {"newskg/sparql", "newskg", "newskg/update", "newskg/query"}) {
            for (String body : new String[] {update, dropAll}) {
                HttpRequest asBody = HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                assertTrue(refusedStatus(asBody) >= 400, path);
                HttpRequest asForm = HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(body, StandardCharsets.UTF_8)))
                        .build();
                assertTrue(refusedStatus(asForm) >= 400, path);
            }
        }
        assertEquals(before, store.countQuads());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$/datasets", "$/datasets/newskg", "$/compact/newskg", "$/backup/newskg", "$/tasks",
        "newskg/data", "newskg/upload", "newskg/update"})
    void noAdminOrWriteEndpoints(String path) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")).build();
        int status = refusedStatus(post);
        assertTrue(status == 404 || status == 405 || status == 400, path + " answered " + status);
        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.url() + path)).DELETE().build();
        int deleteStatus = refusedStatus(delete);
        assertTrue(deleteStatus >= 400, path + " DELETE answered " + deleteStatus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"newskg/data", "newskg/get", "newskg/data?default", "newskg/upload"})
    void noGraphStoreDownloadsWithoutLimits(String path) throws Exception {
        int status = get(server.url() + path, "application/n-quads").statusCode();
        assertTrue(status == 404 || status == 400 || status == 405, path + " answered " + status);
    }

    @Test
    void corsHeadersForOtherOrigins() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SPARQL_GET(PERSONS)))
                .header("Origin", "http://tools.example.org")
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "http://tools.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> p = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertTrue(p.statusCode() < 300, "preflight " + p.statusCode());
        assertTrue(p.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void homePageShowsCountsAndLinks() throws Exception {
        HttpResponse<String> r = get(server.url(), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("href=\"/query\""), html);
        assertFalse(html.contains("/ui/"), "no link to Fuseki's UI on a read-only server");
        assertTrue(html.contains("/newskg/sparql"));
        assertTrue(html.matches("(?s).*<table id=\"counts\">.*Person.*</td><td>4</td>.*"), html);
        String counts = html.substring(html.indexOf("<table id=\"counts\">"), html.indexOf("</table>", html.indexOf("<table id=\"counts\">")));
        assertFalse(counts.contains("owl#") || counts.contains("owl:"), "the ontology's own classes are no content: " + counts);
        assertEquals(html, get(server.url(), "text/html").body(), "a second request shows the same page");
        assertTrue(html.contains("https://w3id.org/newskg/"));
        assertTrue(html.contains("Who holds which posts in a given body?"), "example queries listed");
    }

    @Test
    void everyExampleQueryAnswersOverHttp() throws Exception {
        var examples = ExampleQueries.load();
        assertTrue(examples.size() >= 8);
        for (ExampleQuery q : examples) {
            assertTrue(countRows(server, q.sparql()) > 0, q.name());
        }
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertEquals(404, get(server.url() + "no/such/page", "text/html").statusCode());
        assertEquals(404, get(server.url() + "ui/static/../../etc/passwd", "*/*").statusCode());
    }

    /** What a browser sends when it opens a link. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Test
    void queryPageOffersEveryExampleWithItsCommentsAndIsReadOnly() throws Exception {
        HttpResponse<String> page = get(server.url() + "query", BROWSER);
        assertEquals(200, page.statusCode());
        String html = page.body();
        for (ExampleQuery q : ExampleQueries.load()) {
            assertTrue(html.contains("<option value=\"" + q.name() + "\""), q.name());
            assertTrue(html.contains(org.newskg.serve.Html.esc(q.question())), q.question());
        }
        ExampleQuery first = ExampleQueries.load().get(0);
        // the editor holds the first example whole, its comments too
        assertTrue(html.contains(">" + org.newskg.serve.Html.esc(first.sparql()) + "</textarea>"), html);
        assertTrue(html.contains("action=\"/newskg/sparql\""));
        assertTrue(html.contains("只读 read-only"));
        assertFalse(html.contains("update-form") || html.contains("/newskg/update"), "no writes offered on a read-only server");

        ExampleQuery second = ExampleQueries.load().get(1);
        String chosen = get(server.url() + "query?example=" + second.name(), BROWSER).body();
        assertTrue(chosen.contains("<option value=\"" + second.name() + "\" data-sparql="), chosen);
        assertTrue(chosen.matches("(?s).*<option value=\"" + java.util.regex.Pattern.quote(second.name()) + "\"[^>]* selected>.*"), chosen);
        assertTrue(chosen.contains(">" + org.newskg.serve.Html.esc(second.sparql()) + "</textarea>"));

        HttpResponse<String> js = get(server.url() + "query/page.js", "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
    }

    @Test
    void fusekisUiIsGoneFromAReadOnlyServer() throws Exception {
        assertEquals(404, get(server.url() + "ui/", "text/html").statusCode());
        assertEquals(404, get(server.url() + "$/server", "application/json").statusCode());
    }

    @Test
    void aBrowserGetsResultsAsAnHtmlTableWithLinksAndDownloads() throws Exception {
        String query = PREFIXES + "SELECT ?p ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name";
        HttpResponse<String> r = get(SPARQL_GET(query), BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<table id=\"results\"><thead><tr><th>p</th><th>name</th></tr>"), html);
        assertTrue(html.contains("<p id=\"row-count\">4 行 rows</p>"), html);
        assertTrue(html.contains("<a class=\"iri\" href=\"/person/%E8%B5%B5%E6%98%8E%E8%BF%9C\""), html);
        assertTrue(html.contains("<span lang=\"zh\">赵明远</span>"), html);
        assertTrue(html.contains("id=\"download-csv\" download=\"results.csv\""), html);
        assertTrue(html.contains("id=\"download-json\""), html);
        // the download links give the files
        java.util.regex.Matcher csv = java.util.regex.Pattern.compile("id=\"download-csv\" download=\"results.csv\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(csv.find());
        HttpResponse<String> file = get(server.url() + csv.group(1).substring(1).replace("&amp;", "&"), BROWSER);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), file.headers().toString());
        assertTrue(file.body().startsWith("p,name"), file.body());

        // a form's POST from the query page too
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        HttpResponse<String> posted = HTTP.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, posted.statusCode());
        assertTrue(posted.body().contains("<table id=\"results\">"), posted.body());
        // machines still get what they ask for
        assertTrue(get(SPARQL_GET(query), "*/*").headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results"));
        assertTrue(get(SPARQL_GET(query) + "&format=csv", BROWSER).body().startsWith("p,name"));
        assertTrue(get(SPARQL_GET("ASK { ?s ?p ?o }"), BROWSER).body().contains("<p id=\"ask\" class=\"ask\">是 true</p>"));
    }

    @Test
    void aBrowserSeesAQueryErrorAsAPageWithTheMessageEscaped() throws Exception {
        HttpResponse<String> r = get(SPARQL_GET("SELECT ?x WHERE { ?x <a> \"<script>\" "), BROWSER);
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<pre id=\"error\">"), r.body());
        assertFalse(r.body().contains("\"<script>"), r.body());
    }

    @Test
    void theHomePagesRunLinksShowATableInABrowser() throws Exception {
        String home = get(server.url(), BROWSER).body();
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("<a class=\"run\" href=\"([^\"]+)\"").matcher(home);
        int links = 0;
        while (run.find()) {
            HttpResponse<String> r = get(server.url() + run.group(1).substring(1).replace("&amp;", "&"), BROWSER);
            assertEquals(200, r.statusCode(), run.group(1));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), run.group(1));
            assertFalse(r.body().startsWith("<?xml"), r.body());
            assertTrue(r.body().contains("<table id=\"results\">"), r.body());
            links++;
        }
        assertEquals(ExampleQueries.load().size() + 1, links, home);
    }

    @Test
    void badQueryIsA400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get(SPARQL_GET("SELECT ?x WHERE { ?x "), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("parse") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void rowLimitCapsResultsButKeepsSmallerLimits() throws Exception {
        try (NewskgServer small = NewskgServer.start(store, ServerSettings.defaults().withPort(0).withRowLimit(5))) {
            String all = "SELECT * WHERE { ?s ?p ?o }";
            assertEquals(5, countRows(small, all));
            assertEquals(2, countRows(small, all + " LIMIT 2"));
            assertEquals(5, countRows(small, all + " LIMIT 5000"));
        }
        assertTrue(countRows(server, "SELECT * WHERE { ?s ?p ?o }") > 100);
    }

    @Test
    void timeoutIsConfiguredAndCancelsLongQueries() throws Exception {
        try (NewskgServer quick = NewskgServer.start(store,
                ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(300)))) {
            // a cross product of every statement with itself, four times over: far beyond 300 ms
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(quick.sparqlUrl() + "?query="
                    + URLEncoder.encode(slow, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(Duration.ofMillis(300), quick.settings().queryTimeout());
        }
        assertEquals(Duration.ofSeconds(30), server.settings().queryTimeout());
    }

    /**
     * Sends a request the server should refuse, on a connection of its own: an error answer to an
     * unread request body may end the connection, which a pooled client would then reuse.
     */
    private static int refusedStatus(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int countRows(NewskgServer s, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        return ResultSetFormatter.consume(rs);
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static String SPARQL_GET(String query) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
