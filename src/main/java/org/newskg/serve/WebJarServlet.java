package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Serves files of WebJars on the classpath (META-INF/resources/webjars/…) at {@link #PATH_SPEC}. */
public final class WebJarServlet extends ReadOnlyServlet {
    public static final String PATH_SPEC = "/webjars/*";
    /** The graph view's drawing library, from the org.webjars.npm:echarts WebJar. */
    public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo();
        if (rest == null || rest.contains("..") || rest.contains("\\")) {
            resp.sendError(404);
            return;
        }
        String name = "META-INF/resources/webjars" + rest;
        try (InputStream in = WebJarServlet.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null || rest.endsWith("/")) {
                resp.sendError(404);
                return;
            }
            resp.setStatus(200);
            resp.setContentType(rest.endsWith(".js") ? "application/javascript; charset=utf-8"
                    : rest.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }
}
