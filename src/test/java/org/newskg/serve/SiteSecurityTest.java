package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.cli.Main;
import org.newskg.store.GraphStore;

/**
 * Text from articles never becomes markup or script: an article whose headline and sentences carry
 * {@code <script>}, {@code "><img onerror>} and {@code javascript:} is built with the real
 * extraction, a person with such a name is added, and every page the site makes of them is read
 * over HTTP. Paths that climb or hide a separator get 404 from every servlet, long query strings 413.
 */
class SiteSecurityTest {
    static final String BASE = "https://w3id.org/newskg/";
    /** Markup the pages must never carry as it was written (each is escaped where it shows). */
    static final List<String> RAW = List.of("<script>window.__xss", "<img src=x", "<svg/onload", "<b>明");

    @TempDir
    static Path dir;
    static GraphStore store;
    static NewskgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws Exception {
        String record = "{\"title\":\"临港区召开座谈会<script>window.__xss=1</script>\\\"><img src=x onerror=window.__xss=2>\","
                + "\"date\":\"2024-03-12\",\"url\":\"https://example.com/a\\\"><svg/onload=window.__xss=5>\","
                + "\"text\":\"3月11日，临港区召开民营企业座谈会<script>window.__xss=3</script>。区委书记王立新主持会议并讲话"
                + "\\\"><img src=x onerror=window.__xss=4>。临港区市场监督管理局局长李<b>明</b>出席。"
                + "javascript:alert(1)科技有限公司与临港区人民政府签约。\"}\n";
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, record, StandardCharsets.UTF_8);
        Path tdb = dir.resolve("tdb2");
        assertEquals(0, Main.run("build", "--store", tdb.toString(), input.toString()));
        store = GraphStore.open(tdb);
        // a name no recogniser would read, and links to javascript: in an article of its own
        Graph names = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix nkg: <https://w3id.org/newskg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix schema: <http://schema.org/> .
                <https://w3id.org/newskg/article/names> a nkg:Article ; schema:headline "名单"@zh ;
                  schema:url <javascript:window.__xss=6> .
                <https://w3id.org/newskg/person/x> a nkg:Person ;
                  rdfs:label "王\\"><img src=x onerror=window.__xss=7>"@zh ; nkg:mentionedIn <https://w3id.org/newskg/article/names> ;
                  nkg:homepage <javascript:window.__xss=8> .
                <https://w3id.org/newskg/event/hostile-1-1> nkg:attendee <https://w3id.org/newskg/person/x> .
                """, Lang.TURTLE).parse(names);
        store.write(List.of(), Map.of(BASE + "article/names", names));
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page is safe when none of the markup shows as written and no link or source is a script. */
    static void assertEscaped(String what, String body) {
        for (String raw : RAW) {
            assertFalse(body.contains(raw), what + " carries " + raw + ":\n" + body);
        }
        String lower = body.toLowerCase(Locale.ROOT);
        assertFalse(Pattern.compile("(href|src|action)\\s*=\\s*\"?\\s*javascript:").matcher(lower).find(),
                what + " links to javascript:\n" + body);
    }

    /** Every entity and article of the graph, asked at the endpoint. */
    static List<String> resources() throws Exception {
        String q = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + BASE + "article/\")) }";
        String csv = get("/newskg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
        List<String> iris = new ArrayList<>();
        for (String line : csv.split("\r?\n")) {
            if (line.startsWith(BASE)) {
                iris.add(line.strip());
            }
        }
        return iris;
    }

    @Test
    void theHostileTextIsInTheGraphAndShownEscaped() throws Exception {
        String article = get("/article/hostile-1", "text/html").body();
        assertTrue(article.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"), article);
        assertTrue(article.contains("&quot;&gt;&lt;img src=x onerror=window.__xss=4&gt;"), article);
        assertEscaped("the article page", article);
        String person = get("/person/x", "text/html").body();
        assertTrue(person.contains("王&quot;&gt;&lt;img src=x onerror=window.__xss=7&gt;"), person);
        assertEscaped("the person page", person);
    }

    @Test
    void everyPageOfEveryResourceEscapesIt() throws Exception {
        List<String> iris = resources();
        assertTrue(iris.size() >= 8, iris.toString());
        for (String iri : iris) {
            String path = new LocalLinks(BASE).href(iri);
            HttpResponse<String> page = get(path, "text/html");
            assertEquals(200, page.statusCode(), path);
            assertEscaped(path, page.body());
            HttpResponse<String> graph = get(GraphViewServlet.PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), null);
            assertEscaped("graph view of " + iri, graph.body());
            HttpResponse<String> hood = get(NeighbourhoodServlet.JSON_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), null);
            if (hood.statusCode() == 200) {
                // JSON, never read as a page
                assertTrue(hood.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                assertEquals("nosniff", hood.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=%E4%B8%B4%E6%B8%AF", "/search?q=%E7%8E%8B", "/search?q=window",
        "/search?q=%3Cscript%3Ewindow.__xss%3D9%3C%2Fscript%3E", "/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3D1%3E"})
    void homeAndSearchEscapeIt(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode());
        assertEscaped(path, r.body());
        assertFalse(r.body().contains("<script>window.__xss=9"), r.body());
    }

    @Test
    void searchResultsShowTheHostileTextEscaped() throws Exception {
        String body = get("/search?q=" + URLEncoder.encode("座谈会", StandardCharsets.UTF_8), "text/html").body();
        assertTrue(body.contains("&lt;script&gt;window.__xss"), body);
        assertEscaped("search", body);
    }

    @Test
    void queryResultsInABrowserAndTheQueryPageEscapeIt() throws Exception {
        String q = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + BASE + "article/\")) }";
        HttpResponse<String> table = get("/newskg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                NewskgServerTest.BROWSER);
        assertEquals(200, table.statusCode());
        assertTrue(table.body().contains("&lt;script&gt;window.__xss=3&lt;/script&gt;"), table.body());
        assertTrue(table.body().contains("javascript:window.__xss=8"), "shown, as text: " + table.body());
        assertEscaped("the results table", table.body());
        String own = "SELECT * WHERE { ?s ?p \"</textarea><script>window.__xss=1</script>\" }";
        HttpResponse<String> page = get("/query?query=" + URLEncoder.encode(own, StandardCharsets.UTF_8), NewskgServerTest.BROWSER);
        assertEscaped("the query page", page.body());
        assertFalse(page.body().contains("</textarea><script>"), page.body());
    }

    /** In a browser: the graph view (names drawn from JSON), the pages and a results table run nothing of the data. */
    @Test
    void nothingFromTheArticleRunsInABrowser(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM), "no chromium: skipped");
        String event = URLEncoder.encode(BASE + "event/hostile-1-1", StandardCharsets.UTF_8);
        String q = URLEncoder.encode("SELECT ?s ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }", StandardCharsets.UTF_8);
        try (DevToolsPage page = new DevToolsPage(BrowserTest.CHROMIUM, tmp.resolve("profile"))) {
            for (String path : List.of("graph?iri=" + event, "article/hostile-1", "person/x",
                    "search?q=" + URLEncoder.encode("座谈会", StandardCharsets.UTF_8), "newskg/sparql?query=" + q)) {
                page.navigate(server.url() + path);
                if (path.startsWith("graph")) {
                    page.waitFor("document.querySelector('#graph').dataset.nodeCount");
                    String labels = page.eval("[...document.querySelectorAll('#graph text, #graph title')].map(t => t.textContent).join(' ')");
                    assertTrue(labels.contains("<script>window.__xss=1</script>"), "the name is drawn as text: " + labels);
                    // hovering shows titles; moving over every node and edge runs nothing either
                    page.eval("document.querySelectorAll('#graph g').forEach(g => g.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))");
                }
                Thread.sleep(300);
                assertEquals("undefined", page.eval("typeof window.__xss"), path);
                assertEquals("0", page.eval("String(document.querySelectorAll('img, svg [onload], a[href^=\"javascript:\"]').length)"), path);
            }
        }
    }

    /** One path under each servlet the server mounts. */
    static final List<String> SERVLETS = List.of("/person/a", "/org/a", "/article/a", "/ontology/a", "/search",
            "/graph", "/api/neighbourhood", "/newskg/sparql", "/newskg", "/.well-known/void",
            "/service-description", "/dump.nq.gz", "/query", "/ui", "/$/ping", "/$/server", "");

    @Test
    void pathsThatClimbOrHideASeparatorGet404FromEveryServlet() throws Exception {
        for (String servlet : SERVLETS) {
            for (String tail : List.of("/../ontology", "/..%2Fontology", "/a%2Fb", "/a%2fb", "/%2e%2e/ontology",
                    "/.%2E/ontology", "/a%5Cb", "/./a", "/..;/ontology")) {
                String path = servlet + tail;
                if (path.matches("(?i)/(\\.|%2e){2}[/;].*")) {
                    continue;   // above the root: no servlet's path, refused by Jetty's parser as malformed (400)
                }
                HttpResponse<String> r = get(path, null);
                assertEquals(404, r.statusCode(), path);
            }
        }
    }

    @Test
    void queryStringsOverTheLimitGet413() throws Exception {
        String longQuery = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(RequestGuard.MAX_QUERY_CHARS);
        for (String servlet : List.of("/newskg/sparql", "/search", "/graph", "/person/a", "/", "/query")) {
            HttpResponse<String> r = get(servlet + "?query=" + URLEncoder.encode(longQuery, StandardCharsets.UTF_8), null);
            assertEquals(413, r.statusCode(), servlet);
        }
        String q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
        assertEquals(200, get("/newskg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null).statusCode());
    }
}
