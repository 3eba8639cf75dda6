package org.newskg.serve;

import java.time.Duration;

/**
 * How the server runs. The defaults are safe for a laptop: loopback only, read-only, a 30 s
 * query timeout and at most 10 000 result rows per query.
 *
 * @param host         the interface to bind ({@code 127.0.0.1} unless the user opens it up)
 * @param port         the HTTP port; 0 picks a free one
 * @param queryTimeout how long a query may run before it is cancelled
 * @param rowLimit     the most solutions a query returns (a query's own smaller LIMIT is kept)
 * @param cors         whether browsers on other origins may query
 * @param resultCacheBytes how much memory answers to repeated queries may take (0: none kept)
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long rowLimit, boolean cors, long resultCacheBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_ROW_LIMIT = 10_000;
    public static final long DEFAULT_RESULT_CACHE_BYTES = 128L << 20;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (rowLimit < 1) {
            throw new IllegalArgumentException("row limit must be at least 1: " + rowLimit);
        }
        if (resultCacheBytes < 0) {
            throw new IllegalArgumentException("result cache size must not be negative: " + resultCacheBytes);
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_ROW_LIMIT, true, DEFAULT_RESULT_CACHE_BYTES);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, queryTimeout, rowLimit, cors, resultCacheBytes);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, queryTimeout, rowLimit, cors, resultCacheBytes);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(host, port, timeout, rowLimit, cors, resultCacheBytes);
    }

    public ServerSettings withRowLimit(long limit) {
        return new ServerSettings(host, port, queryTimeout, limit, cors, resultCacheBytes);
    }

    public ServerSettings withResultCacheBytes(long bytes) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, cors, bytes);
    }

    public ServerSettings withCors(boolean enabled) {
        return new ServerSettings(host, port, queryTimeout, rowLimit, enabled, resultCacheBytes);
    }
}
