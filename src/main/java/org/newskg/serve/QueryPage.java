package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The site's own query page at {@link #PATH}: the example queries of {@code queries/} in a menu
 * (each with its comments), an editor, and a Run that sends the query to the endpoint, whose
 * answer a browser gets as an HTML table ({@link SparqlHtmlResults}); CSV and JSON downloads.
 * Queries only, unless the server takes writes: then a second form sends SPARQL Update to
 * {@link NewskgServer#UPDATE}, which asks for a login. {@code ?example=NAME} opens an example,
 * {@code ?query=…} a query of one's own. Its script is served at {@link #SCRIPT_PATH}.
 */
final class QueryPage extends ReadOnlyServlet {
    static final String PATH = "/query";
    static final String PATH_SPEC = PATH + "/*";
    static final String SCRIPT_PATH = PATH + "/page.js";

    private final List<ExampleQuery> examples;
    private final boolean updatable;

    QueryPage(List<ExampleQuery> examples, boolean updatable) {
        this.examples = examples;
        this.updatable = updatable;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo();
        if (SCRIPT_PATH.equals(PATH + rest)) {
            try (InputStream in = QueryPage.class.getResourceAsStream("/newskg/serve/query-page.js")) {
                sendText(resp, 200, "application/javascript", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return;
        }
        if (rest != null && !rest.equals("/")) {
            sendHtml(resp, 404, HtmlRenderer.notFound(req.getRequestURI()));
            return;
        }
        sendHtml(resp, 200, Html.page("SPARQL 查询 Query – newskg", body(req.getParameter("example"), req.getParameter("query"))));
    }

    private String body(String exampleName, String ownQuery) {
        ExampleQuery chosen = examples.stream().filter(q -> q.name().equals(exampleName)).findFirst()
                .orElse(ownQuery == null && !examples.isEmpty() ? examples.get(0) : null);
        String text = chosen != null ? chosen.sparql() : ownQuery == null ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : ownQuery;
        StringBuilder b = new StringBuilder("<h1>SPARQL 查询 Query</h1>\n<p>端点 Endpoint <code>")
                .append(NewskgServer.SPARQL).append("</code> · ")
                .append(updatable ? "此服务器接受更新 this server also takes updates (with a login), below"
                        : "只读 read-only: queries only")
                .append("</p>\n<form id=\"query-form\" method=\"post\" action=\"").append(NewskgServer.SPARQL).append("\">\n")
                .append("<p><label for=\"examples\">示例查询 Example queries</label> <select id=\"examples\">");
        for (ExampleQuery q : examples) {
            b.append("<option value=\"").append(Html.esc(q.name())).append("\" data-sparql=\"").append(Html.esc(q.sparql()))
                    .append("\" data-question=\"").append(Html.esc(q.question())).append('"')
                    .append(q == chosen ? " selected" : "").append('>').append(Html.esc(q.name().replaceFirst("\\.rq$", "")))
                    .append(" · ").append(Html.esc(q.question())).append("</option>");
        }
        if (chosen == null) {
            b.append("<option value=\"\" selected>自己的查询 your own query</option>");
        }
        b.append("</select></p>\n<p id=\"question\">").append(chosen == null ? "" : Html.esc(chosen.question())).append("</p>\n")
                .append("<textarea id=\"query\" name=\"query\" rows=\"24\" spellcheck=\"false\" ")
                .append("style=\"width:100%;font-family:monospace\">").append(Html.esc(text)).append("</textarea>\n")
                .append("<p><button id=\"run\" type=\"submit\">运行 Run</button> 结果为表格 results as a table · ")
                .append("下载 download <button id=\"csv\" type=\"submit\" name=\"format\" value=\"csv\">CSV</button> ")
                .append("<button id=\"json\" type=\"submit\" name=\"format\" value=\"json\">JSON</button></p>\n</form>\n");
        if (updatable) {
            b.append("<h2>更新 Update</h2><form id=\"update-form\" method=\"post\" action=\"").append(NewskgServer.UPDATE)
                    .append("\"><textarea name=\"update\" rows=\"6\" style=\"width:100%;font-family:monospace\" spellcheck=\"false\">")
                    .append("</textarea><p><button type=\"submit\">运行更新 Run update</button> (需要登录 asks for a login) · ")
                    .append("<a href=\"").append(FusekiUiServlet.PATH).append("/\">Fuseki UI</a></p></form>\n");
        }
        // without the script, the menu's entries are these links
        b.append("<noscript><ul>");
        for (ExampleQuery q : examples) {
            b.append("<li><a href=\"").append(PATH).append("?example=").append(Html.esc(LocalLinks.encodeParam(q.name())))
                    .append("\">").append(Html.esc(q.question())).append("</a></li>");
        }
        return b.append("</ul></noscript>\n<script src=\"").append(SCRIPT_PATH).append("\"></script>").toString();
    }
}
