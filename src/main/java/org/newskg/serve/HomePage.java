package org.newskg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newskg.store.GraphStore;

/** The page at {@code /}: what the dataset is, how big it is, where to query it, and example queries. */
final class HomePage extends HttpServlet {

    private static final long CACHE_MILLIS = 30_000;

    private final GraphStore store;
    private final List<ExampleQuery> examples;
    private final ServerSettings settings;
    private volatile StoreSummary summary;
    private volatile long summaryAt;

    HomePage(GraphStore store, List<ExampleQuery> examples, ServerSettings settings) {
        this.store = store;
        this.examples = List.copyOf(examples);
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        StoreSummary s = summary();
        String base = store.storeBase().orElse(GraphStore.DEFAULT_BASE);
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>newskg</title>");
        out.println("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + "td.n{text-align:right}pre{background:#f4f4f4;padding:.8em;overflow-x:auto}</style></head><body>");
        out.println("<h1>newskg</h1>");
        out.println("<p>A knowledge graph of Chinese regional news: people, government bodies, companies, "
                + "projects, events and the posts people hold, extracted from newspaper pages. "
                + "Each article's statements are in a named graph of its own; queries see the union of all graphs, "
                + "the ontology included.</p>");
        out.println("<p>Entity IRIs are minted under <code>" + Html.escape(base) + "</code>.</p>");
        out.println("<ul>");
        out.println("<li><a href=\"/ui/#/dataset/newskg/query\">Query page</a> (in the browser)</li>");
        out.println("<li>SPARQL endpoint (read-only): <code>/newskg/sparql</code>, query by GET or POST; "
                + "results as JSON, XML, CSV or TSV (<code>Accept</code> header or <code>format=</code>); "
                + "CONSTRUCT and DESCRIBE as Turtle or JSON-LD.</li>");
        out.println("<li>Each query may run " + settings.queryTimeout().toSeconds() + " s and returns at most "
                + settings.rowLimit() + " rows.</li>");
        out.println("</ul>");
        out.println("<h2>Contents</h2><table><tr><th>class</th><th>count</th></tr>");
        s.entitiesByClass().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> List.copyOf(StoreSummary.CLASSES.keySet()).indexOf(e.getKey())))
                .forEach(e -> out.println("<tr><td>" + Html.escape(e.getKey()) + "</td><td class=\"n\">" + e.getValue() + "</td></tr>"));
        out.println("<tr><td>statements</td><td class=\"n\">" + s.statements() + "</td></tr></table>");
        if (!examples.isEmpty()) {
            out.println("<h2>Example queries</h2>");
            for (ExampleQuery q : examples) {
                String encoded = URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8);
                out.println("<h3>" + Html.escape(q.question().isEmpty() ? q.name() : q.question()) + "</h3>");
                out.println("<p><code>" + Html.escape(q.name()) + "</code> · run: "
                        + "<a href=\"/newskg/sparql?format=text&amp;query=" + encoded + "\">table</a> · "
                        + "<a href=\"/newskg/sparql?format=csv&amp;query=" + encoded + "\">CSV</a> · "
                        + "<a href=\"/newskg/sparql?format=json&amp;query=" + encoded + "\">JSON</a></p>");
                out.println("<pre>" + Html.escape(q.sparql()) + "</pre>");
            }
        }
        out.println("</body></html>");
    }

    /** The counts scan the store, so they are kept for a little while rather than taken on every request. */
    private StoreSummary summary() {
        long now = System.currentTimeMillis();
        StoreSummary current = summary;
        if (current == null || now - summaryAt > CACHE_MILLIS) {
            current = StoreSummary.of(store);
            summary = current;
            summaryAt = now;
        }
        return current;
    }
}
