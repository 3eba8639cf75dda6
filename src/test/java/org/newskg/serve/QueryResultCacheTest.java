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
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

/** A repeated query on an unchanged store is answered from memory; any write makes it run again. */
class QueryResultCacheTest {

    private static final String PERSONS = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    GraphStore store;
    NewskgServer server;

    @BeforeEach
    void start() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String query, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<String> r) {
        return r.headers().firstValue("X-Cache").orElse("");
    }

    @Test
    void theSecondAskingIsAnsweredFromMemoryWithTheSameBody() throws Exception {
        HttpResponse<String> first = get(PERSONS, "text/csv", null);
        HttpResponse<String> second = get(PERSONS, "text/csv", null);
        assertEquals(200, first.statusCode());
        assertEquals("MISS", cache(first));
        assertEquals("HIT", cache(second));
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("赵明远"));
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals("*", second.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void anotherFormatIsAnotherAnswer() throws Exception {
        get(PERSONS, "text/csv", null);
        HttpResponse<String> json = get(PERSONS, "application/sparql-results+json", null);
        assertEquals("MISS", cache(json));
        assertTrue(json.body().trim().startsWith("{"));
    }

    @Test
    void aQueryPostedAsTheBodyIsKeptAndStillReachesTheEndpoint() throws Exception {
        HttpResponse<String> first = post(PERSONS);
        HttpResponse<String> second = post(PERSONS);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("孙晓棠"));
        assertEquals("HIT", cache(second));
        assertEquals(first.body(), second.body());
    }

    @Test
    void aMatchingEtagGetsNotModified() throws Exception {
        HttpResponse<String> first = get(PERSONS, "text/csv", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(PERSONS, "text/csv", etag).statusCode());
        assertEquals(200, get(PERSONS, "text/csv", "\"other\"").statusCode());
    }

    @Test
    void aWriteMakesTheQueryRunAgainAndShowTheChange() throws Exception {
        HttpResponse<String> before = get(PERSONS, "text/csv", null);
        get(PERSONS, "text/csv", null);
        Graph added = GraphFactory.createDefaultGraph();
        var person = NodeFactory.createURI("https://w3id.org/newskg/person/欧阳青禾");
        added.add(person, Vocab.TYPE, Vocab.PERSON);
        added.add(person, Vocab.LABEL, NodeFactory.createLiteralLang("欧阳青禾", "zh"));
        store.write(java.util.List.of(), Map.of("https://w3id.org/newskg/article/cache-test", added));
        HttpResponse<String> after = get(PERSONS, "text/csv", null);
        assertEquals("MISS", cache(after));
        assertFalse(before.body().contains("欧阳青禾"));
        assertTrue(after.body().contains("欧阳青禾"));
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, get(PERSONS, "text/csv", etag).statusCode(), "an old ETag no longer matches");
    }

    @Test
    void switchedOffNothingIsKept() throws Exception {
        server.close();
        server = NewskgServer.start(store, ServerSettings.defaults().withPort(0).withResultCacheBytes(0));
        get(PERSONS, "text/csv", null);
        assertEquals("", cache(get(PERSONS, "text/csv", null)));
    }
}
