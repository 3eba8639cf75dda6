package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

/** The home page at {@code /} (mount at the exact path spec ""): what the dataset is, counts, search, links. */
public final class HomePage extends ReadOnlyServlet {
    public static final String PATH_SPEC = "";
    // The articles' graphs only: the ontology's own classes and the build's metadata are no content.
    private static final String COUNTS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
            + "FILTER(?g != <" + Vocab.ONTOLOGY_GRAPH + "> && ?g != <" + GraphStore.META_GRAPH + ">) } GROUP BY ?c ORDER BY DESC(?n)";
    /** Five distinct persons, the most mentioned first (the merged graph's counts, where the store has them). */
    private static final String EXAMPLES = "PREFIX nkg: <" + Vocab.NKG + "> SELECT ?s (MAX(?count) AS ?n) WHERE { GRAPH ?g { ?s a nkg:Person } "
            + "OPTIONAL { GRAPH <" + Vocab.MERGED_GRAPH + "> { ?s nkg:articleCount ?count } } } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 5";
    private static final List<String[]> QUERIES = List.<String[]>of(
            new String[] {"全文检索 Full-text search", """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?s ?label WHERE { ?s text:query (rdfs:label "工商") ; rdfs:label ?label } LIMIT 20"""});

    /** The commented queries of {@code queries/}, shipped in the jar. */
    private static final List<ExampleQuery> EXAMPLE_QUERIES = ExampleQueries.load();

    private final DatasetGraph dsg;
    private final LocalLinks links;
    /** The counts and examples, recomputed only after the store changes (counting reads the whole store). */
    private final PerVersion<String> contents = new PerVersion<>();

    public HomePage(Dataset dataset, String base) {
        this.dsg = dataset.asDatasetGraph();
        this.links = new LocalLinks(base);
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI()) && !req.getRequestURI().isEmpty()) {
            sendHtml(resp, 404, HtmlRenderer.notFound(req.getRequestURI()));
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>newskg 新闻知识图谱</h1><p>A linked-data knowledge graph of the people, government bodies, companies, ")
                .append("projects and events reported in Chinese regional newspapers. Every fact links to the article and ")
                .append("the sentence it was read from. Resource IRIs live under <code>").append(Html.esc(links.base()))
                .append("</code> and resolve on this server.</p>").append(Html.searchForm(""));
        Object version = StoreVersion.of(dsg);
        b.append(contents.get(version, () -> Txn.calculateRead(dsg, this::contents)));
        b.append("<h2>查询 Query</h2><ul><li><a id=\"query-page\" href=\"").append(QueryPage.PATH)
                .append("\">SPARQL 查询页 query page</a> (the example queries in a menu; endpoint <code>")
                .append(NewskgServer.SPARQL).append("</code>)</li>")
                .append("<li><a href=\"").append(VoidDescription.PATH).append("\">VoID dataset description</a></li>")
                .append("<li><a href=\"").append(ServiceDescription.PATH).append("\">SPARQL service description</a></li>")
                .append("<li><a href=\"").append(DumpServlet.PATH).append("\">Whole dataset as N-Quads (gzip)</a></li>")
                .append("<li><a href=\"/ontology\">Ontology</a></li></ul><h2>示例查询 Example queries</h2>");
        for (ExampleQuery q : EXAMPLE_QUERIES) {
            example(b, q.question(), q.sparql(), QueryPage.PATH + "?example=" + LocalLinks.encodeParam(q.name()));
        }
        for (String[] q : QUERIES) {
            example(b, q[0], q[1], QueryPage.PATH + "?query=" + LocalLinks.encodeParam(q[1]));
        }
        sendHtml(resp, 200, Html.page("newskg", b.toString()));
    }

    /**
     * One example: its question, its text, a link that runs it (a browser gets the results as a
     * table, a program what it asks for) and one that opens it in the query page.
     */
    private static void example(StringBuilder b, String question, String sparql, String openHref) {
        b.append("<h3>").append(Html.esc(question)).append("</h3><pre>").append(Html.esc(sparql))
                .append("</pre><p><a class=\"run\" href=\"").append(NewskgServer.SPARQL).append("?query=")
                .append(Html.esc(LocalLinks.encodeParam(sparql))).append("\">运行 Run (table; JSON, CSV… by Accept)</a> · <a href=\"")
                .append(Html.esc(openHref)).append("\">在查询页打开 Open in the query page</a></p>");
    }

    /** The counts table and the example links; the caller holds a read transaction. */
    private String contents() {
        StringBuilder b = new StringBuilder();
        GraphLookup look = new GraphLookup(dsg);
        b.append("<h2>内容 Contents</h2><table id=\"counts\"><tr><th>类 Class</th><th>数量 Count</th></tr>");
        for (Binding row : rows(COUNTS)) {
            b.append("<tr><td>").append(new HtmlRenderer(look, links).link(row.get("c"))).append("</td><td>")
                    .append(Html.esc(row.get("n").getLiteralLexicalForm())).append("</td></tr>");
        }
        b.append("</table><h2>示例 Examples</h2><ul id=\"examples\">");
        for (Binding row : rows(EXAMPLES)) {
            b.append("<li>").append(new HtmlRenderer(look, links).link(row.get("s"))).append("</li>");
        }
        b.append("</ul>");
        return b.toString();
    }

    private List<Binding> rows(String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            List<Binding> l = new ArrayList<>();
            qe.select().forEachRemaining(l::add);
            return l;
        }
    }
}
