package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The graph view at {@link #PATH}{@code ?iri=…}: an entity's neighbourhood drawn in the browser as
 * SVG, nodes shaped and coloured by kind (a legend says which), one edge per pair with its roles'
 * Chinese names (English on hover), no label over another, the graph fitted to the frame; a click
 * on a node expands it.
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
                + "\">" + Html.esc(iri) + "</a> · 点击节点展开 click a node to expand · 悬停看全名和英文 hover for full names "
                + "and English · <a href=\"" + NeighbourhoodServlet.GRAPHML_PATH + "?iri=" + Html.esc(LocalLinks.encodeParam(iri))
                + "\">GraphML</a> · <a href=\"" + NeighbourhoodServlet.JSON_PATH + "?iri="
                + Html.esc(LocalLinks.encodeParam(iri)) + "\">Cytoscape JSON</a></p>\n"
                + "<ul id=\"legend\" style=\"list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1em\"></ul>\n"
                + "<div id=\"graph\" style=\"width:100%;height:70vh;min-height:420px;border:1px solid #ccc;box-sizing:border-box\" data-iri=\""
                + Html.esc(iri) + "\" data-base=\"" + Html.esc(links.base()) + "\" data-roles=\""
                + Html.esc(RoleNames.shipped().json()) + "\"></div>\n"
                + "<p class=\"src\">线上文字为角色或职务 the words on an edge are its roles or posts, all of them on hover</p>\n"
                + "<h2>节点 Nodes</h2><ul id=\"node-list\"></ul>\n"
                + "<script src=\"" + SCRIPT_PATH + "\"></script>";
        sendHtml(resp, 200, Html.page("Graph view – newskg", body));
    }
}
