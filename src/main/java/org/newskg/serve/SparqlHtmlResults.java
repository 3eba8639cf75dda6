package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * Content negotiation for people at the SPARQL endpoint: a browser (asking for {@code text/html},
 * with no {@code format} or {@code output} parameter) gets the results as an HTML table with links
 * to the pages of the IRIs and CSV/JSON downloads, instead of the XML Fuseki would send it.
 * The endpoint still runs the query (its timeout, row limit and result cache apply): the filter
 * asks it for JSON and renders that. Machines get JSON, XML, CSV or TSV as they ask.
 */
final class SparqlHtmlResults implements Filter {
    /** What the endpoint is asked for in place of HTML: results as JSON, a graph as Turtle. */
    private static final String ASKED = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";
    private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since");

    private final LocalLinks links;

    SparqlHtmlResults(String base) {
        this.links = new LocalLinks(base);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
                || !wantsHtml(req)) {
            chain.doFilter(request, response);
            return;
        }
        String query = req.getParameter("query");
        CapturedResponse answer = new CapturedResponse(resp);
        chain.doFilter(new AskingForJson(req), answer);
        resp.setHeader("Vary", "Accept");
        ReadOnlyServlet.sendHtml(resp, answer.status(), page(req.getRequestURI(), query, answer));
    }

    /** A browser's GET or form POST of a query that names no format of its own. */
    static boolean wantsHtml(HttpServletRequest req) {
        if (!("GET".equals(req.getMethod()) || "POST".equals(req.getMethod())) || req.getParameter("query") == null
                || req.getParameter("format") != null || req.getParameter("output") != null) {
            return false;
        }
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            String range = bits[0].trim();
            boolean refused = false;
            for (int i = 1; i < bits.length; i++) {
                refused |= bits[i].trim().matches("q=0(\\.0*)?");
            }
            if ((range.equals("text/html") || range.equals("application/xhtml+xml")) && !refused) {
                return true;
            }
        }
        return false;
    }

    private String page(String endpoint, String query, CapturedResponse answer) {
        StringBuilder b = new StringBuilder("<h1>查询结果 Query results</h1>\n");
        b.append("<details id=\"query-text\"><summary>查询 Query</summary><pre>").append(Html.esc(query)).append("</pre></details>\n<p>");
        boolean linkable = LocalLinks.encodeParam(query).length() < RequestGuard.MAX_QUERY_CHARS - 100;
        if (linkable) {
            b.append("<a id=\"edit\" href=\"").append(QueryPage.PATH).append("?query=")
                    .append(Html.esc(LocalLinks.encodeParam(query))).append("\">在查询页编辑 Edit in the query page</a>");
        }
        String type = answer.contentType().toLowerCase(Locale.ROOT);
        if (answer.status() == 200 && type.startsWith("application/sparql-results+json")) {
            if (linkable) {
                for (String format : new String[] {"csv", "json"}) {
                    b.append(" · <a id=\"download-").append(format).append("\" download=\"results.").append(format)
                            .append("\" href=\"").append(Html.esc(endpoint)).append("?query=")
                            .append(Html.esc(LocalLinks.encodeParam(query))).append("&amp;format=").append(format)
                            .append("\">下载 Download ").append(format.toUpperCase(Locale.ROOT)).append("</a>");
                }
            }
            b.append("</p>\n");
            try {
                JsonObject results = JSON.parse(answer.text());
                b.append(new ResultsTable(links).html(results));
            } catch (JsonParseException e) {
                b.append("<pre class=\"error\">").append(Html.esc(answer.text())).append("</pre>");
            }
        } else if (answer.status() == 200) {
            b.append("</p>\n<pre id=\"graph-result\">").append(Html.esc(answer.text())).append("</pre>");
        } else {
            b.append("</p>\n<p class=\"error\">查询未能运行 The query did not run (").append(answer.status())
                    .append("):</p><pre id=\"error\">").append(Html.esc(answer.text())).append("</pre>");
        }
        return Html.page("Query results – newskg", b.toString());
    }

    /** The browser's request asking the endpoint for JSON, unconditionally. */
    private static final class AskingForJson extends HttpServletRequestWrapper {
        AskingForJson(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("accept")) {
                return ASKED;
            }
            return CONDITIONAL.contains(n) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("accept")) {
                return Collections.enumeration(java.util.List.of(ASKED));
            }
            return CONDITIONAL.contains(n) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }
    }
}
