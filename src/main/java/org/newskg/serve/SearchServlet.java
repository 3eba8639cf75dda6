package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.newskg.rdf.Vocab;
import org.newskg.store.TextIndexing;

/**
 * Full-text search at {@link #PATH}{@code ?q=…}: one row per resource whose names, headline or text
 * match, best first, with its type, the number of articles naming it and the best piece of text
 * showing the words. Needs the dataset wrapped by {@link TextIndexing}.
 */
public final class SearchServlet extends ReadOnlyServlet {
    public static final String PATH = "/search";
    private static final int LIMIT = 50;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            SELECT ?s ?sc ?lit WHERE {
              { (?s ?sc ?lit) text:query (rdfs:label ?q 200) } UNION { (?s ?sc ?lit) text:query (skos:altLabel ?q 200) }
              UNION { (?s ?sc ?lit) text:query (schema:headline ?q 200) } UNION { (?s ?sc ?lit) text:query (schema:text ?q 200) }
            }
            """;

    private final DatasetGraph dsg;
    private final LocalLinks links;

    public SearchServlet(Dataset textDataset, String base) {
        this.dsg = textDataset.asDatasetGraph();
        this.links = new LocalLinks(base);
    }

    /**
     * A hit: the resource, its label, its classes' names, how many articles name it (-1 when it is no
     * entity: an article) and a piece of text showing the words, as HTML.
     */
    public record Hit(String iri, String label, List<String> types, int articles, String snippetHtml) {
    }

    /** A row of the text index: what matched, how well, and the text it matched in. */
    private record Match(Node subject, double score, String text) {
    }

    /** Searches; the words of {@code q} are matched literally (Lucene syntax characters are escaped). */
    public List<Hit> search(String q) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", QueryParserBase.escape(q.trim()));
        String query = pss.toString();
        return Txn.calculateRead(dsg, () -> {
            // the best match of each resource: one row per entity, whichever field and graph matched
            Map<Node, Match> best = new LinkedHashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(row -> {
                    Node s = row.get("s");
                    Node sc = row.get("sc");
                    Node lit = row.get("lit");
                    if (s == null || !s.isURI()) {
                        return;
                    }
                    double score = sc != null && sc.isLiteral() ? ((Number) sc.getLiteralValue()).doubleValue() : 0;
                    String text = lit != null && lit.isLiteral() ? lit.getLiteralLexicalForm() : "";
                    best.merge(s, new Match(s, score, text), (a, b) -> b.score() > a.score() ? b : a);
                });
            }
            GraphLookup look = new GraphLookup(dsg);
            return best.values().stream()
                    .sorted(Comparator.comparingDouble(Match::score).reversed())
                    .limit(LIMIT)
                    .map(m -> hit(look, m, q.trim()))
                    .toList();
        });
    }

    private Hit hit(GraphLookup look, Match m, String words) {
        Node s = m.subject();
        List<String> types = new ArrayList<>();
        look.types(s).stream().filter(t -> t.isURI() && t.getURI().startsWith(Vocab.NKG))
                .forEach(t -> types.add(typeName(look, t)));
        boolean article = look.types(s).contains(Vocab.ARTICLE);
        return new Hit(s.getURI(), look.label(s), types, article ? -1 : articleCount(look, s),
                Snippet.html(article ? m.text() : sentenceNaming(look, s, words, m.text()), words));
    }

    /** A class's Chinese name and its own (人物 Person), or its own alone where the store has no label. */
    private static String typeName(GraphLookup look, Node type) {
        String name = GraphLookup.localName(type);
        String label = look.label(type);
        return label.equals(name) ? name : label + " " + name;
    }

    /** The merged graph's count, or (in a store without one) the articles it is mentioned in. */
    private static int articleCount(GraphLookup look, Node s) {
        Node n = look.first(s, Vocab.ARTICLE_COUNT);
        if (n != null && n.isLiteral() && n.getLiteralValue() instanceof Number count) {
            return count.intValue();
        }
        return look.objects(s, Vocab.MENTIONED_IN).size();
    }

    /** A sentence stating a fact of the entity that holds the words, or else the name that matched. */
    private static String sentenceNaming(GraphLookup look, Node entity, String words, String matched) {
        for (Quad q : look.in(entity)) {
            for (Node ev : look.objects(q.getSubject(), Vocab.EVIDENCE)) {
                if (ev.isLiteral() && Snippet.contains(ev.getLiteralLexicalForm(), words)) {
                    return ev.getLiteralLexicalForm();
                }
            }
        }
        return matched;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        StringBuilder b = new StringBuilder("<h1>搜索 Search</h1>").append(Html.searchForm(q));
        if (q != null && !q.isBlank()) {
            List<Hit> hits = search(q);
            b.append("<p id=\"hit-count\">").append(hits.size()).append(" 条结果 results for “").append(Html.esc(q))
                    .append("”</p><table id=\"hits\"><tr><th>名称 Name</th><th>类型 Type</th><th>文章数 Articles</th>")
                    .append("<th>摘录 Snippet</th></tr>");
            for (Hit h : hits) {
                b.append("<tr class=\"hit\"><td><a href=\"").append(Html.esc(links.href(h.iri()))).append("\">")
                        .append(Html.esc(h.label())).append("</a></td><td class=\"type\">")
                        .append(Html.esc(String.join(", ", h.types()))).append("</td><td class=\"articles\">")
                        .append(h.articles() < 0 ? "" : Integer.toString(h.articles())).append("</td><td class=\"snippet\">")
                        .append(h.snippetHtml()).append("</td></tr>");
            }
            b.append("</table>");
        }
        sendHtml(resp, 200, Html.page("Search – newskg", b.toString()));
    }
}
