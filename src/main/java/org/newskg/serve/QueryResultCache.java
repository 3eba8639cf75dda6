package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Answers a SPARQL query asked again of an unchanged store from memory. The store changes only
 * when something writes to it, so a query's result holds until the next write: each entry is kept
 * under the {@link StoreVersion} read before the query ran, and any write makes every entry stale.
 * Repeated questions (the example queries, a dashboard polling, a page reloaded) then cost nothing,
 * and conditional requests ({@code If-None-Match}) get 304. Results are bounded in size, each and
 * all together; the rest are simply not kept. {@code X-Cache} says whether an answer came from memory.
 */
final class QueryResultCache implements Filter {

    /**
     * What a cached answer depends on besides the store: the query and how it was asked for (the
     * Accept header, and every other parameter: format, output, default-graph-uri, named-graph-uri …).
     */
    private record Key(Object version, String query, String accept, String parameters) {
    }

    private record Answer(String contentType, byte[] body, String etag) {
    }

    private final DatasetGraph dataset;
    private final long budgetBytes;
    private final int maxAnswerBytes;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long usedBytes;
    private Object currentVersion;
    private long etags;

    QueryResultCache(DatasetGraph dataset, long budgetBytes, int maxAnswerBytes) {
        this.dataset = dataset;
        this.budgetBytes = budgetBytes;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
                || !(req.getMethod().equals("GET") || req.getMethod().equals("POST"))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest asked = req;
        String query;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (req.getMethod().equals("POST") && type.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();
            query = new String(body, StandardCharsets.UTF_8);
            asked = new ReplayedBody(req, body);   // the endpoint reads the query again
        } else {
            query = req.getParameter("query");
        }
        // read before the query runs: a write committed meanwhile only makes the entry unreachable
        Object version = StoreVersion.of(dataset);
        if (query == null || !(version instanceof List<?>)) {
            chain.doFilter(asked, resp);
            return;
        }
        Key key = new Key(version, query, String.valueOf(req.getHeader("Accept")), otherParameters(req));
        Answer hit = lookup(key);
        if (hit != null) {
            replay(req, resp, hit);
            return;
        }
        Capture capture = new Capture(resp, maxAnswerBytes);
        String etag = nextEtag();
        resp.setHeader("X-Cache", "MISS");
        resp.setHeader("ETag", etag);
        chain.doFilter(asked, capture);
        capture.flushWriter();
        if (capture.getStatus() == HttpServletResponse.SC_OK && capture.complete()) {
            keep(key, new Answer(capture.getContentType(), capture.bytes(), etag));
        }
    }

    private static String otherParameters(HttpServletRequest req) {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(req.getParameterMap()).forEach((name, values) -> {
            if (!name.equals("query")) {
                b.append(name).append('=').append(String.join("\u0000", values)).append('\n');
            }
        });
        return b.toString();
    }

    private synchronized Answer lookup(Key key) {
        return answers.get(key);
    }

    private synchronized String nextEtag() {
        return "\"q" + (++etags) + "\"";
    }

    private synchronized void keep(Key key, Answer answer) {
        if (answer.contentType() == null) {
            return;
        }
        if (!key.version().equals(currentVersion)) {
            // the store moved on: nothing kept so far can be asked for again
            answers.clear();
            usedBytes = 0;
            currentVersion = key.version();
        }
        Answer old = answers.put(key, answer);
        usedBytes += answer.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Map.Entry<Key, Answer>> it = answers.entrySet().iterator(); usedBytes > budgetBytes && it.hasNext(); ) {
            usedBytes -= it.next().getValue().body().length;
            it.remove();
        }
    }

    private static void replay(HttpServletRequest req, HttpServletResponse resp, Answer answer) throws IOException {
        resp.setHeader("ETag", answer.etag());
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Cache", "HIT");
        Cors.allowRead(resp);
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals("*") || ifNoneMatch.contains(answer.etag()))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(answer.contentType());
        resp.setContentLength(answer.body().length);
        resp.getOutputStream().write(answer.body());
    }

    /** The request with its body, already read, readable again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }

    /** Passes the answer through to the client and keeps a copy, up to a size. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final int max;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflow;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response, int max) {
            super(response);
            this.max = max;
        }

        boolean complete() {
            return !overflow;
        }

        byte[] bytes() {
            return copy.toByteArray();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        private void keepCopy(byte[] b, int off, int len) {
            if (!overflow) {
                if (copy.size() + len > max) {
                    overflow = true;
                    copy.reset();
                } else {
                    copy.write(b, off, len);
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keepCopy(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keepCopy(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }
}
