package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The graph view at {@link #PATH}{@code ?iri=…}: an entity's neighbourhood drawn in the browser
 * (ECharts from its WebJar), nodes shaped and coloured by kind, a click on a node expands it.
 * Its script is served at {@link #SCRIPT_PATH} by the same servlet.
 */
public final class GraphViewServlet extends ReadOnlyServlet {
    public static final String PATH = "/graph";
    public static final String SCRIPT_PATH = "/graph/view.js";

    private final LocalLinks links;

    public GraphViewServlet(String base) {
        this.links = new LocalLinks(base);
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getRequestURI().endsWith("/view.js")) {
            try (InputStream in = GraphViewServlet.class.getResourceAsStream("/newskg/serve/graph-view.js")) {
                sendText(resp, 200, "application/javascript", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return;
        }
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            sendHtml(resp, 400, Html.page("Graph view – newskg", "<h1>Graph view</h1><p>Missing <code>?iri=</code>.</p>"));
            return;
        }
        String body = "<h1>图谱视图 Graph view</h1><p>中心 Centre: <a id=\"centre\" href=\"" + Html.esc(links.href(iri))
                + "\">" + Html.esc(iri) + "</a> · 点击节点展开 (click a node to expand) · "
                + "<a href=\"" + NeighbourhoodServlet.GRAPHML_PATH + "?iri=" + Html.esc(LocalLinks.encodeParam(iri))
                + "\">GraphML</a> · <a href=\"" + NeighbourhoodServlet.JSON_PATH + "?iri="
                + Html.esc(LocalLinks.encodeParam(iri)) + "\">Cytoscape JSON</a></p>\n"
                + "<div id=\"graph\" style=\"width:100%;height:560px;border:1px solid #ccc\" data-iri=\""
                + Html.esc(iri) + "\" data-base=\"" + Html.esc(links.base()) + "\"></div>\n"
                + "<h2>节点 Nodes</h2><ul id=\"node-list\"></ul>\n"
                + "<script src=\"" + WebJarServlet.ECHARTS + "\"></script>\n<script src=\"" + SCRIPT_PATH + "\"></script>";
        sendHtml(resp, 200, Html.page("Graph view – newskg", body));
    }
}
