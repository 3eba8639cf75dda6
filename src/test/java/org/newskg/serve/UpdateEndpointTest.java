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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

/**
 * The write endpoint over real HTTP: a server started with update access takes SPARQL Update and
 * graph store writes at /newskg/update from its users only; a read-only server has no such endpoint.
 */
class UpdateEndpointTest {

    private static final String EX = "http://example.org/upd/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static GraphStore store;
    static GraphStore readOnlyStore;
    static NewskgServer server;
    static NewskgServer readOnly;

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("rw"));
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0),
                new UpdateAccess(Map.of("editor", "s3cret:with,odd chars", "second", "other")));
        readOnlyStore = GraphStore.open(dir.resolve("ro"));
        readOnlyStore.ensureOntology();
        readOnly = NewskgServer.start(readOnlyStore, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        store.close();
        readOnlyStore.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(NewskgServer s, String sparql, String authorization) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(s.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ask(NewskgServer s, String askQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                s.sparqlUrl() + "?query=" + URLEncoder.encode(askQuery, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replace(" ", "").contains("\"boolean\":true");
    }

    private static String insert(String local) {
        return "INSERT DATA { GRAPH <" + EX + "g> { <" + EX + local + "> <" + EX + "p> \"值\" } }";
    }

    private static String askFor(String local) {
        return "ASK { <" + EX + local + "> <" + EX + "p> ?o }";
    }

    private static HttpResponse<String> page(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** With --update, the query page offers the update form, and Fuseki's own UI is served with what it needs. */
    @Test
    void anUpdatableServerOffersUpdatesInTheQueryPageAndFusekisUi() throws Exception {
        String query = page(server.url() + "query").body();
        assertTrue(query.contains("<form id=\"update-form\" method=\"post\" action=\"/newskg/update\">"), query);
        assertTrue(query.contains("href=\"/ui/\""), query);
        assertFalse(page(readOnly.url() + "query").body().contains("update-form"));

        HttpResponse<String> ui = page(server.url() + "ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\">"));
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(ui.body());
        assertTrue(script.find());
        HttpResponse<String> js = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "ui/" + script.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        // the UI finds the dataset through the server's description of it
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "$/server"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/newskg\""));
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> redirect = noRedirects.send(HttpRequest.newBuilder(URI.create(server.url() + "ui/newskg/sparql?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(307, redirect.statusCode());
        assertEquals("/newskg/sparql?query=ASK%7B%7D", redirect.headers().firstValue("Location").orElse(""));
        assertEquals(404, page(readOnly.url() + "ui/").statusCode());
    }

    @Test
    void updateWithoutCredentialsIs401AndChangesNothing() throws Exception {
        HttpResponse<String> r = update(server, insert("anon"), null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                r.headers().map().toString());
        assertFalse(ask(server, askFor("anon")));
    }

    @Test
    void updateWithAWrongPasswordOrUnknownUserIs401() throws Exception {
        assertEquals(401, update(server, insert("wrong"), basic("editor", "guess")).statusCode());
        assertEquals(401, update(server, insert("wrong"), basic("nobody", "other")).statusCode());
        assertFalse(ask(server, askFor("wrong")));
    }

    @Test
    void updateWithCredentialsIsAppliedAndVisibleToQueries() throws Exception {
        HttpResponse<String> r = update(server, insert("ok"), basic("editor", "s3cret:with,odd chars"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(ask(server, askFor("ok")));
        HttpResponse<String> del = update(server, "DELETE WHERE { GRAPH ?g { <" + EX + "ok> ?p ?o } }", basic("second", "other"));
        assertTrue(del.statusCode() == 200 || del.statusCode() == 204, del.statusCode() + " " + del.body());
        assertFalse(ask(server, askFor("ok")));
    }

    @Test
    void graphStoreWritesNeedCredentialsToo() throws Exception {
        String graph = EX + "gsp";
        String turtle = "<" + EX + "put> <" + EX + "p> \"放入\" .";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.updateUrl() + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        assertEquals(401, HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(ask(server, askFor("put")));
        HttpResponse<String> r = HTTP.send(put.header("Authorization", basic("editor", "s3cret:with,odd chars")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(ask(server, askFor("put")));
    }

    @Test
    void queriesStayOpenOnAnUpdatableServerAndTheQueryEndpointRefusesUpdates() throws Exception {
        assertTrue(ask(server, "ASK { ?s ?p ?o }"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", basic("editor", "s3cret:with,odd chars"))
                .POST(HttpRequest.BodyPublishers.ofString(insert("viaquery"))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update at the query endpoint answered " + r.statusCode());
        assertFalse(ask(server, askFor("viaquery")));
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aReadOnlyServerHasNoUpdateEndpoint() throws Exception {
        for (String auth : new String[] {null, basic("editor", "s3cret:with,odd chars")}) {
            int status = update(readOnly, insert("ro"), auth).statusCode();
            assertTrue(status == 404 || status == 405, "read-only update answered " + status);
        }
        assertFalse(readOnly.updatable());
        assertFalse(ask(readOnly, askFor("ro")));
    }
    private static final String EDITOR = basic("editor", "s3cret:with,odd chars");

    private static void assertWritten(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
    }

    /** The subjects text:query finds for {@code words} in {@code predicate}, asked at the SPARQL endpoint. */
    private static String textQuery(String predicate, String words) throws Exception {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query (<" + predicate + "> \"" + words + "\") }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String searchPage(String words) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                server.url() + "search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpResponse<String> graphStore(String method, String graph, String turtle) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.updateUrl() + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8))).header("Authorization", EDITOR);
        if (turtle == null) {
            req.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            req.header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(turtle));
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String TEXT = "http://schema.org/text";

    @Test
    void labelsWrittenBySparqlUpdateAreFoundByTextSearchAndGoneWhenDeleted() throws Exception {
        String person = EX + "person-sikong";
        assertFalse(textQuery(LABEL, "司空").contains(person));
        assertWritten(update(server, "INSERT DATA { GRAPH <" + EX + "notes-1> { <" + person + "> <" + LABEL
                + "> \"司空晏清\"@zh } }", EDITOR));
        assertTrue(textQuery(LABEL, "司空").contains(person), "text:query finds the inserted label");
        assertTrue(searchPage("司空晏清").contains("司空晏清"), "the search page finds it");

        // a change whose graph is bound in the WHERE clause: the index follows the graph it matched
        assertWritten(update(server, "DELETE { GRAPH ?g { ?s <" + LABEL + "> ?old } } INSERT { GRAPH ?g { ?s <" + LABEL
                + "> \"闾丘晏清\"@zh } } WHERE { GRAPH ?g { ?s <" + LABEL + "> \"司空晏清\"@zh ; <" + LABEL + "> ?old } }", EDITOR));
        assertFalse(textQuery(LABEL, "司空").contains(person), "the old label left the index");
        assertTrue(textQuery(LABEL, "闾丘").contains(person), "the new label is in the index");

        assertWritten(update(server, "DROP GRAPH <" + EX + "notes-1>", EDITOR));
        assertFalse(textQuery(LABEL, "闾丘").contains(person), "a dropped graph's labels left the index");
        assertFalse(searchPage("闾丘晏清").contains("闾丘晏清</a>"), "and the search page");
    }

    @Test
    void graphsPutByTheGraphStoreProtocolAreFoundByTextSearchAndGoneWhenDeleted() throws Exception {
        String graph = EX + "notes-2";
        String place = EX + "reef";
        assertWritten(graphStore("PUT", graph, "<" + place + "> <" + LABEL + "> \"云岫湾\"@zh ; <" + TEXT
                + "> \"云岫湾珊瑚礁修复工程今日开工，潜水员将移植珊瑚。\"@zh ."));
        assertTrue(textQuery(LABEL, "云岫").contains(place), "the label of a PUT graph is found");
        assertTrue(textQuery(TEXT, "珊瑚礁").contains(place), "its text is found");
        assertTrue(searchPage("云岫湾").contains("云岫湾</a>"), "the search page finds it");

        // a PUT replaces the graph: the old label goes, the new one comes
        assertWritten(graphStore("PUT", graph, "<" + place + "> <" + LABEL + "> \"望舒湾\"@zh ."));
        assertFalse(textQuery(LABEL, "云岫").contains(place));
        assertFalse(textQuery(TEXT, "珊瑚礁").contains(place));
        assertTrue(textQuery(LABEL, "望舒").contains(place));

        // POST adds to it
        assertWritten(graphStore("POST", graph, "<" + place + "> <" + TEXT + "> \"望舒湾灯塔维修完毕。\"@zh ."));
        assertTrue(textQuery(TEXT, "灯塔").contains(place));
        assertTrue(textQuery(LABEL, "望舒").contains(place));

        assertWritten(graphStore("DELETE", graph, null));
        assertFalse(textQuery(LABEL, "望舒").contains(place), "a deleted graph's label left the index");
        assertFalse(textQuery(TEXT, "灯塔").contains(place), "and its text");
        assertFalse(searchPage("望舒湾").contains("望舒湾</a>"));
    }

    /** The article count the merged graph gives {@code entity}, or -1 when it has none. */
    private static long articleCount(String entity) throws Exception {
        String query = "SELECT ?n { GRAPH <https://w3id.org/newskg/merged> { <" + entity
                + "> <https://w3id.org/newskg/ontology#articleCount> ?n } }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().trim().split("\\R");
        return lines.length < 2 ? -1 : Long.parseLong(lines[1].trim());
    }

    @Test
    void theMergedGraphFollowsArticlesWrittenOverHttp() throws Exception {
        String person = "https://w3id.org/newskg/person/上官明澈";
        String mention = "<" + person + "> a <https://w3id.org/newskg/ontology#Person> ; <" + LABEL + "> \"上官明澈\"@zh ; "
                + "<https://w3id.org/newskg/ontology#mentionedIn> ";
        assertWritten(update(server, "INSERT DATA { GRAPH <" + EX + "a1> { " + mention + "<" + EX + "a1> } "
                + "GRAPH <" + EX + "a2> { " + mention + "<" + EX + "a2> } }", EDITOR));
        assertEquals(2, articleCount(person), "two articles written by SPARQL Update");
        assertWritten(graphStore("DELETE", EX + "a1", null));
        assertEquals(1, articleCount(person), "one left after a graph store DELETE");
        assertWritten(update(server, "DROP GRAPH <" + EX + "a2>", EDITOR));
        assertEquals(-1, articleCount(person), "no article mentions the person any more");
    }
}
