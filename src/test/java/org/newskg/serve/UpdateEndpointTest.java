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
}
