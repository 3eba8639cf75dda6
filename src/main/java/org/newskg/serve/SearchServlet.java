package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.newskg.rdf.Vocab;
import org.newskg.store.TextIndexing;

/**
 * Full-text search at {@link #PATH}{@code ?q=…}: an HTML list of the resources whose names, headlines
 * or text match, best first. Needs the dataset wrapped by {@link TextIndexing}.
 */
public final class SearchServlet extends ReadOnlyServlet {
    public static final String PATH = "/search";
    private static final int LIMIT = 50;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            SELECT ?s (MAX(?sc) AS ?score) WHERE {
              { (?s ?sc) text:query (rdfs:label ?q 50) } UNION { (?s ?sc) text:query (skos:altLabel ?q 50) }
              UNION { (?s ?sc) text:query (schema:headline ?q 50) } UNION { (?s ?sc) text:query (schema:text ?q 50) }
            } GROUP BY ?s ORDER BY DESC(?score) LIMIT 50
            """;

    private final DatasetGraph dsg;
    private final LocalLinks links;

    public SearchServlet(Dataset textDataset, String base) {
        this.dsg = textDataset.asDatasetGraph();
        this.links = new LocalLinks(base);
    }

    /** A hit: the resource, its label and its types. */
    public record Hit(String iri, String label, List<String> types) {
    }

    /** Searches; the words of {@code q} are matched literally (Lucene syntax characters are escaped). */
    public List<Hit> search(String q) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", QueryParserBase.escape(q.trim()));
        String query = pss.toString();
        return Txn.calculateRead(dsg, () -> {
            GraphLookup look = new GraphLookup(dsg);
            Map<Node, Hit> hits = new LinkedHashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(row -> {
                    Node s = row.get("s");
                    if (s != null && s.isURI() && hits.size() < LIMIT) {
                        List<String> types = new ArrayList<>();
                        look.types(s).forEach(t -> types.add(GraphLookup.localName(t)));
                        hits.put(s, new Hit(s.getURI(), look.label(s), types));
                    }
                });
            }
            return new ArrayList<>(hits.values());
        });
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        StringBuilder b = new StringBuilder("<h1>搜索 Search</h1>").append(Html.searchForm(q));
        if (q != null && !q.isBlank()) {
            List<Hit> hits = search(q);
            b.append("<p id=\"hit-count\">").append(hits.size()).append(" 条结果 results for “").append(Html.esc(q))
                    .append("”</p><ol id=\"hits\">");
            for (Hit h : hits) {
                b.append("<li class=\"hit\"><a href=\"").append(Html.esc(links.href(h.iri()))).append("\">")
                        .append(Html.esc(h.label())).append("</a> <span class=\"src\">")
                        .append(Html.esc(String.join(", ", h.types()))).append("</span></li>");
            }
            b.append("</ol>");
        }
        sendHtml(resp, 200, Html.page("Search – newskg", b.toString()));
    }

    static String labelPredicate() {
        return Vocab.LABEL.getURI();
    }
}
