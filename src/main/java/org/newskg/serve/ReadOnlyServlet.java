package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Base of the read endpoints: CORS on every answer, preflight answered, UTF-8 text helpers. */
abstract class ReadOnlyServlet extends HttpServlet {

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        Cors.allowRead(resp);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cors.allowRead(resp);
        read(req, resp);
    }

    protected abstract void read(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    static void sendText(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(contentType + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        // JSON and text are never read as a page, whatever they hold
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(bytes);
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        sendText(resp, status, "text/html", html);
    }

    /** Scheme, host and port the client used to reach this server. */
    static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + req.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
