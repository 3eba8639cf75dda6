package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves Fuseki's own UI (the {@code jena-fuseki-ui} web app, from the classpath) under
 * {@code /ui/}, only on a server that takes writes ({@code --update}): it offers uploads and edits,
 * which a read-only server has not. The site's query page is {@link QueryPage}.
 *
 * <p>The web app addresses the server relative to the page's own path ({@code /ui/$/server},
 * {@code /ui/newskg/sparql}); those requests are redirected with 307 (method and body kept) to
 * the same path at the root, where Fuseki answers them.
 */
final class FusekiUiServlet extends HttpServlet {

    static final String PATH = "/ui";
    private static final String WEBAPP = "webapp";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "ico", "image/x-icon",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "ttf", "font/ttf",
            "map", "application/json");

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(PATH + "/");
            return;
        }
        boolean asset = path.equals("/") || path.equals("/index.html") || path.startsWith("/static/")
                || path.equals("/favicon.ico");
        if (asset && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            serveAsset(path.equals("/") ? "/index.html" : path, req, resp);
            return;
        }
        if (asset) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String query = req.getQueryString();
        resp.setStatus(307);
        resp.setHeader("Location", path + (query == null ? "" : "?" + query));
    }

    private void serveAsset(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (path.contains("..") || path.contains("//") || path.contains("\\")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBAPP + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            // asset names carry a content hash; the page itself must be re-read after an upgrade
            resp.setHeader("Cache-Control", path.startsWith("/static/") ? "public, max-age=86400" : "no-cache");
            if (!"HEAD".equals(req.getMethod())) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}
