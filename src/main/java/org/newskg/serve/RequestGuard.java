package org.newskg.serve;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Stands in front of every servlet of the server: a path that climbs ({@code ..} or {@code .}
 * segments, raw or encoded) or hides a separator ({@code %2F}, a backslash) is answered 404, and a
 * query string over {@link #MAX_QUERY_CHARS} 413. Jetty's own check answers such paths 400 before
 * any handler runs; it is relaxed for exactly these cases so that the guard answers them all alike.
 * (A path climbing above the root, {@code /../x}, is no request for any servlet: Jetty's parser
 * refuses it as malformed, 400, before routing.)
 */
final class RequestGuard extends Handler.Wrapper {
    /** The longest query string taken: the longest example query, URL-encoded, is under 3,000. */
    static final int MAX_QUERY_CHARS = 32 * 1024;
    /** Jetty's limit on the request line and headers, above {@link #MAX_QUERY_CHARS} so that the guard sees long queries. */
    private static final int REQUEST_HEADER_BYTES = 256 * 1024;
    private static final Set<UriCompliance.Violation> CLIMBING = EnumSet.of(
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER, UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
            UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS);

    private RequestGuard(Handler inner) {
        super(inner);
    }

    /** Puts a guard in front of the server's handlers; call before the server starts. */
    static void install(Server server) {
        server.setHandler(new RequestGuard(server.getHandler()));
        UriCompliance passed = UriCompliance.DEFAULT.with("newskg-guarded", CLIMBING.toArray(UriCompliance.Violation[]::new));
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUriCompliance(passed);
                http.getHttpConfiguration().setRequestHeaderSize(REQUEST_HEADER_BYTES);
            }
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpURI uri = request.getHttpURI();
        if (climbs(uri)) {
            Response.writeError(request, response, callback, 404, "Not found");
            return true;
        }
        String query = uri.getQuery();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            Response.writeError(request, response, callback, 413,
                    "query string over " + MAX_QUERY_CHARS + " characters: send the query in a POST body");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Whether a path steps out of where it seems to point, as sent (before any decoding). */
    static boolean climbs(HttpURI uri) {
        if (uri.getViolations().stream().anyMatch(CLIMBING::contains)) {
            return true;
        }
        String path = uri.getPath();
        if (path == null) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
            return true;
        }
        for (String segment : lower.split("/", -1)) {
            String plain = segment.replace("%2e", ".");
            int param = plain.indexOf(';');
            if (param >= 0) {
                plain = plain.substring(0, param);
            }
            if (plain.equals(".") || plain.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
