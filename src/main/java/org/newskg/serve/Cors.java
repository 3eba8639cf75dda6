package org.newskg.serve;

import jakarta.servlet.http.HttpServletResponse;

/** CORS headers for read-only endpoints: any origin may read, nothing more. */
public final class Cors {
    private Cors() {
    }

    public static void allowRead(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
        resp.setHeader("Access-Control-Expose-Headers", "Content-Type, Vary, Content-Disposition");
    }
}
