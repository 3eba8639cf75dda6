package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

class LinkedDataServerTest {
    static LdFixture fx;
    static final String PERSON = LdFixture.BASE + "person/欧阳鹏程";
    static final String VOID = VoidDescription.VOID;

    @BeforeAll
    static void start() {
        fx = new LdFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(LdFixture.BASE).parse(g);
        return g;
    }

    @Test
    void everyNegotiatedFormatParsesBackWithTheLabel() {
        Node person = NodeFactory.createURI(PERSON);
        Node label = NodeFactory.createLiteralLang("欧阳鹏程", "zh");
        String[][] cases = {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
                {"application/n-triples", "NT"}, {"application/rdf+xml", "RDFXML"}};
        for (String[] c : cases) {
            HttpResponse<String> r = fx.get("/person/" + LdFixture.enc("欧阳鹏程"), c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[0]), c[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            Graph g = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertTrue(g.contains(person, Vocab.LABEL, label), c[0] + ": " + r.body());
            // what points at him comes along: the membership that names him
            assertTrue(g.contains(NodeFactory.createURI(LdFixture.BASE + "membership/m1"), Vocab.MEMBER, person), c[0]);
        }
        // ?format= overrides Accept
        HttpResponse<String> r = fx.get("/person/" + LdFixture.enc("欧阳鹏程") + "?format=ttl", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void rawAndEncodedPathsResolveToTheStoredIri() {
        HttpResponse<String> encoded = fx.get("/person/" + LdFixture.enc("诸葛明远"), "application/n-triples");
        assertEquals(200, encoded.statusCode());
        assertTrue(encoded.body().contains("<" + LdFixture.BASE + "person/诸葛明远>"), encoded.body());
        // HttpClient sends a non-ASCII path as raw UTF-8 bytes
        HttpResponse<String> raw = fx.get("/person/诸葛明远", "application/n-triples");
        assertEquals(200, raw.statusCode());
        assertEquals(parse(encoded.body(), Lang.NT).size(), parse(raw.body(), Lang.NT).size());
    }

    @Test
    void htmlPageListsPostsEventsAndTheirSources() {
        HttpResponse<String> r = fx.get("/person/" + LdFixture.enc("欧阳鹏程"), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1 id=\"label\">欧阳鹏程</h1>"), html);
        int posts = html.indexOf("id=\"memberships\"");
        assertTrue(posts > 0, html);
        String postTable = html.substring(posts, html.indexOf("</table>", posts));
        assertTrue(postTable.contains(">书记</a>"), postTable);
        assertTrue(postTable.contains(">中共东港区委员会</a>"), postTable);
        assertTrue(postTable.contains("区委书记欧阳鹏程主持会议"), postTable);
        assertTrue(postTable.contains(">东港区召开民营经济高质量发展座谈会</a>"), postTable);
        assertTrue(postTable.contains("href=\"/article/20240312-a1\""), postTable);
        // local links to the organisation's page, percent-encoded
        assertTrue(postTable.contains("href=\"/org/" + LdFixture.enc("中共东港区委员会") + "\""), postTable);
        String events = html.substring(html.indexOf("id=\"events\""));
        assertTrue(events.contains("民营经济高质量发展座谈会"), events);
        // the roles by their Chinese names, the English on hover
        assertTrue(events.contains("<span class=\"role-name\" title=\"chair\">主持人</span>"), events);
        assertTrue(events.contains("<span class=\"role-name\" title=\"attendee\">出席者</span>"), events);
        String parts = events.substring(0, events.indexOf("</table>")).replaceAll("<[^>]*>", " ");
        assertFalse(parts.matches("(?s).*\\b(chair|attendee|speaker|participant|leader)\\b.*"), parts);
        assertTrue(events.contains("产业园开工仪式"), events);
        assertTrue(events.contains("2024-03-11"), events);
    }

    @Test
    void hostileLabelIsEscaped() {
        HttpResponse<String> r = fx.get("/person/x", "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        HttpResponse<String> s = fx.get("/search?q=" + LdFixture.enc("\"}<script> } DROP ALL ; SELECT * {"), null);
        assertEquals(200, s.statusCode());
        assertFalse(s.body().contains("<script>"), s.body());
    }

    @Test
    void unknownIriGives404Page() {
        HttpResponse<String> r = fx.get("/person/" + LdFixture.enc("无此人"), "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Not found"));
    }

    @Test
    void ontologyResolves() {
        HttpResponse<String> r = fx.get("/ontology", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(Vocab.PERSON, Vocab.LABEL, NodeFactory.createLiteralLang("人物", "zh")));
        assertFalse(g.contains(NodeFactory.createURI(PERSON), Node.ANY, Node.ANY), "only the ontology graph");
        assertEquals(200, fx.get("/ontology", "text/html").statusCode());
    }

    @Test
    void voidParsesAndItsCountsMatchTheStore() {
        HttpResponse<String> r = fx.get(VoidDescription.PATH, "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(LdFixture.BASE + ".well-known/void#dataset");
        Set<Triple> distinct = new HashSet<>();
        Txn.executeRead(fx.base, () -> fx.base.find().forEachRemaining(q -> distinct.add(q.asTriple())));
        assertEquals(distinct.size(), intValue(g, ds, VOID + "triples"));
        assertEquals(LdFixture.BASE, g.find(ds, NodeFactory.createURI(VOID + "uriSpace"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "sparqlEndpoint"), NodeFactory.createURI(fx.root + "/newskg/sparql")));
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "dataDump"), NodeFactory.createURI(fx.root + "/dump.nq.gz")));
        // persons: 欧阳鹏程, 诸葛明远 and the hostile one, counted once across the two article graphs
        Node part = g.find(Node.ANY, NodeFactory.createURI(VOID + "class"), Vocab.PERSON).next().getSubject();
        assertEquals(3, intValue(g, part, VOID + "entities"));
        assertTrue(g.find(ds, NodeFactory.createURI(VOID + "exampleResource"), Node.ANY).hasNext());
        long propertyTriples = 0;
        for (Triple t : g.find(ds, NodeFactory.createURI(VOID + "propertyPartition"), Node.ANY).toList()) {
            propertyTriples += intValue(g, t.getObject(), VOID + "triples");
        }
        assertEquals(distinct.size(), propertyTriples);
        // negotiated like any resource
        Graph jsonld = parse(fx.get(VoidDescription.PATH, "application/ld+json").body(), Lang.JSONLD);
        assertTrue(jsonld.isIsomorphicWith(g) || jsonld.size() == g.size());
    }

    @Test
    void serviceDescriptionNamesTheEndpoint() {
        HttpResponse<String> r = fx.get(ServiceDescription.PATH, "text/turtle");
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(ServiceDescription.SD + "endpoint"),
                NodeFactory.createURI(fx.root + "/newskg/sparql")));
    }

    @Test
    void dumpHoldsEveryQuad() throws Exception {
        HttpResponse<byte[]> r = fx.getBytes(DumpServlet.PATH);
        assertEquals(200, r.statusCode());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        long[] stored = {0};
        Txn.executeRead(fx.base, () -> fx.base.find().forEachRemaining(q -> stored[0]++));
        assertEquals(stored[0], back.stream().count());
    }

    @Test
    void searchPageFindsPartOfAName() {
        HttpResponse<String> r = fx.get("/search?q=" + LdFixture.enc("诸葛"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(">诸葛明远</a>"), r.body());
        assertTrue(r.body().contains("Person"), r.body());
        HttpResponse<String> org = fx.get("/search?q=" + LdFixture.enc("工商"), null);
        assertTrue(org.body().contains(">东港区工商业联合会</a>"), org.body());
    }

    /** 欧阳鹏程 is named in both articles' graphs: one row, with his type, his two articles and the sentence naming him. */
    @Test
    void searchGivesOneRowPerEntityWithTypeArticleCountAndSnippet() {
        HttpResponse<String> r = fx.get("/search?q=" + LdFixture.enc("欧阳"), null);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertEquals(1, body.split(">欧阳鹏程</a>", -1).length - 1, body);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                ">欧阳鹏程</a></td><td class=\"type\">([^<]*)</td><td class=\"articles\">(\\d+)</td><td class=\"snippet\">(.*?)</td>")
                .matcher(body);
        assertTrue(row.find(), body);
        assertEquals("人物 Person", row.group(1));
        assertEquals("2", row.group(2));
        assertEquals("区委书记<mark>欧阳</mark>鹏程主持会议", row.group(3));
        // an article found by a word of its text: the words shown where they stand
        HttpResponse<String> text = fx.get("/search?q=" + LdFixture.enc("营商环境"), null);
        assertTrue(text.body().contains("<mark>营商环境</mark>"), text.body());
        assertTrue(text.body().contains(">东港区召开民营经济高质量发展座谈会</a>"), text.body());
    }

    @Test
    void homePageExamplesAreDistinctEntities() {
        String body = fx.get("/", "text/html").body();
        int at = body.indexOf("<ul id=\"examples\">");
        assertTrue(at >= 0, body);
        String examples = body.substring(at, body.indexOf("</ul>", at));
        java.util.List<String> hrefs = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(examples);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        assertEquals(3, hrefs.size(), examples);
        assertEquals(hrefs.size(), new java.util.HashSet<>(hrefs).size(), examples);
    }

    @Test
    void homePageShowsCountsAndSearchBox() {
        HttpResponse<String> r = fx.get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("id=\"search\""), r.body());
        assertTrue(r.body().contains("id=\"counts\""), r.body());
        assertTrue(r.body().contains(">人物</a></td><td>3<"), r.body());
        assertTrue(r.body().contains(VoidDescription.PATH));
    }

    @Test
    void neighbourhoodAsCytoscapeJsonAndGraphMl() {
        HttpResponse<String> r = fx.get(NeighbourhoodServlet.JSON_PATH + "?iri=" + LocalLinks.encodeParam(PERSON), null);
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        var json = org.apache.jena.atlas.json.JSON.parse(r.body());
        var nodes = json.get("elements").getAsObject().get("nodes").getAsArray();
        var edges = json.get("elements").getAsObject().get("edges").getAsArray();
        Set<String> labels = new HashSet<>();
        nodes.forEach(n -> labels.add(n.getAsObject().get("data").getAsObject().get("label").getAsString().value()));
        assertTrue(labels.containsAll(Set.of("欧阳鹏程", "中共东港区委员会", "民营经济高质量发展座谈会", "产业园开工仪式")), labels.toString());
        boolean membership = false;
        for (var e : edges) {
            var d = e.getAsObject().get("data").getAsObject();
            membership |= d.get("relation").getAsString().value().equals("membership")
                    && d.get("role").getAsString().value().equals("书记");
        }
        assertTrue(membership, r.body());
        HttpResponse<String> ml = fx.get(NeighbourhoodServlet.GRAPHML_PATH + "?iri=" + LocalLinks.encodeParam(PERSON), null);
        assertEquals(200, ml.statusCode());
        assertTrue(ml.body().contains("<graphml"));
        assertEquals(404, fx.get(NeighbourhoodServlet.JSON_PATH + "?iri=" + LocalLinks.encodeParam(LdFixture.BASE + "person/nobody"), null).statusCode());
    }

    @Test
    void graphViewAndItsScriptAreServed() {
        HttpResponse<String> page = fx.get(GraphViewServlet.PATH + "?iri=" + LocalLinks.encodeParam(PERSON), null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"graph\""));
        assertEquals(200, fx.get(GraphViewServlet.SCRIPT_PATH, null).statusCode());
        // drawn by a script of its own: no library from elsewhere
        assertFalse(page.body().contains("/webjars/"), page.body());
        assertTrue(page.body().contains("data-roles=\""), page.body());
    }

    private static long intValue(Graph g, Node s, String p) {
        return Long.parseLong(g.find(s, NodeFactory.createURI(p), Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
