package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Vocab;
import org.newskg.store.UnionCounts;

/** The VoID description of the dataset at {@code /.well-known/void}, negotiated like any resource. */
public final class VoidDescription extends ReadOnlyServlet {
    public static final String PATH = "/.well-known/void";
    public static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCT = Vocab.DCTERMS;

    /** The classes an example resource is named for, one each: the first the store's index gives. */
    private static final List<Node> EXAMPLE_CLASSES = List.of(Vocab.PERSON, NodeFactory.createURI(Vocab.NKG + "GovernmentBody"),
            NodeFactory.createURI(Vocab.NKG + "Company"), NodeFactory.createURI(Vocab.NKG + "Project"),
            NodeFactory.createURI(Vocab.NKG + "Article"));

    private final DatasetGraph dsg;
    private final LocalLinks links;
    /** The counts, recomputed only after the store changes: they read whole indexes. */
    private final PerVersion<Figures> figures = new PerVersion<>();

    /** What the description counts and samples from the store. */
    private record Figures(long triples, long graphs, Map<Node, Node> classes, Map<Node, Node> properties, List<Node> examples) {
    }

    public VoidDescription(Dataset dataset, String base) {
        this.dsg = dataset.asDatasetGraph();
        this.links = new LocalLinks(base);
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        ContentNegotiation.Format f = ContentNegotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (f == null) {
            f = ContentNegotiation.Format.TURTLE;
        }
        Object version = StoreVersion.of(dsg);
        Graph g = Txn.calculateRead(dsg, () -> describe(origin(req), version));
        if (f == ContentNegotiation.Format.HTML) {
            // The description as Turtle inside a page, so a person sees the same statements.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(out, g, org.apache.jena.riot.Lang.TURTLE);
            sendHtml(resp, 200, Html.page("VoID – newskg", "<h1>VoID dataset description</h1><p>Also as "
                    + "<a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, "
                    + "<a href=\"?format=nt\">N-Triples</a>, <a href=\"?format=rdf\">RDF/XML</a>.</p><pre>"
                    + Html.esc(out.toString(java.nio.charset.StandardCharsets.UTF_8)) + "</pre>"));
            return;
        }
        RdfResponses.write(resp, 200, g, f);
    }

    /** The dataset's IRI: the VoID document's own address under the base. */
    public Node datasetNode() {
        return NodeFactory.createURI(links.base() + ".well-known/void#dataset");
    }

    /** Builds the description; the caller holds a read transaction. */
    public Graph describe(String origin) {
        return describe(origin, StoreVersion.of(dsg));
    }

    private Graph describe(String origin, Object version) {
        Figures f = figures.get(version, this::figures);
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = datasetNode();
        g.add(Triple.create(ds, Vocab.TYPE, v("Dataset")));
        g.add(Triple.create(ds, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang("newskg 新闻知识图谱", "zh")));
        g.add(Triple.create(ds, NodeFactory.createURI(DCT + "description"), NodeFactory.createLiteralString(
                "People, government bodies, companies, projects and events extracted from Chinese regional newspapers.")));
        g.add(Triple.create(ds, v("uriSpace"), NodeFactory.createLiteralString(links.base())));
        g.add(Triple.create(ds, v("sparqlEndpoint"), NodeFactory.createURI(origin + "/newskg/sparql")));
        g.add(Triple.create(ds, v("dataDump"), NodeFactory.createURI(origin + DumpServlet.PATH)));
        g.add(Triple.create(ds, v("vocabulary"), NodeFactory.createURI(Vocab.NKG)));
        g.add(Triple.create(ds, v("triples"), integer(f.triples())));
        g.add(Triple.create(ds, v("graphs"), integer(f.graphs())));
        int i = 0;
        for (Map.Entry<Node, Node> c : f.classes().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "-class-" + (i++));
            g.add(Triple.create(ds, v("classPartition"), part));
            g.add(Triple.create(part, v("class"), c.getKey()));
            g.add(Triple.create(part, v("entities"), c.getValue()));
        }
        i = 0;
        for (Map.Entry<Node, Node> p : f.properties().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "-property-" + (i++));
            g.add(Triple.create(ds, v("propertyPartition"), part));
            g.add(Triple.create(part, v("property"), p.getKey()));
            g.add(Triple.create(part, v("triples"), p.getValue()));
        }
        for (Node example : f.examples()) {
            g.add(Triple.create(ds, v("exampleResource"), example));
        }
        return g;
    }

    /** Counts over the union of all graphs: a triple stated in several article graphs counts once. */
    private Figures figures() {
        UnionCounts c = UnionCounts.of(dsg).orElseThrow(() -> new IllegalStateException("the VoID counts read a TDB2 store"));
        return new Figures(c.triples(), countGraphs(), byIri(c.entitiesByClass()), byIri(c.triplesByProperty()), examples());
    }

    private List<Node> examples() {
        List<Node> out = new ArrayList<>();
        for (Node c : EXAMPLE_CLASSES) {
            var typed = dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, c);
            try {
                if (typed.hasNext()) {
                    out.add(typed.next().getSubject());
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(typed);
            }
        }
        return out;
    }

    private static Map<Node, Node> byIri(Map<String, Long> counts) {
        Map<Node, Node> out = new LinkedHashMap<>();
        counts.forEach((iri, n) -> out.put(NodeFactory.createURI(iri), integer(n)));
        return out;
    }

    private long countGraphs() {
        long n = 0;
        var it = dsg.listGraphNodes();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
