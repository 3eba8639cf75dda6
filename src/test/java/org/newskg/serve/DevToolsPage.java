package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A minimal driver of one headless Chromium page over the DevTools protocol: navigate, evaluate, screenshot. */
final class DevToolsPage implements AutoCloseable {
    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    DevToolsPage(Path chromiumBinary, Path profile) throws Exception {
        int port = LdFixture.freePort();
        chromium = new ProcessBuilder(chromiumBinary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--disable-breakpad", "--window-size=1200,900", "--remote-allow-origins=*",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + port,
                "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        String wsUrl = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (wsUrl == null && System.nanoTime() < until) {
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                JsonArray targets = JSON.parseAny(body).getAsArray();
                for (JsonValue t : targets) {
                    if ("page".equals(t.getAsObject().get("type").getAsString().value())) {
                        wsUrl = t.getAsObject().get("webSocketDebuggerUrl").getAsString().value();
                    }
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        if (wsUrl == null) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium's DevTools endpoint did not come up");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(wsUrl), new Listener()).get(10, TimeUnit.SECONDS);
        call("Page.enable", new JsonObject());
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject msg = JSON.parse(buffer.toString());
                buffer.setLength(0);
                if (msg.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject reply = f.get(30, TimeUnit.SECONDS);
        if (reply.hasKey("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result").getAsObject();
    }

    void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'");
    }

    /** Evaluates an expression in the page and returns its value as a string. */
    String eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = call("Runtime.evaluate", p).get("result").getAsObject();
        JsonValue v = r.get("value");
        if (v == null) {
            return "";
        }
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Polls until a boolean expression holds (or fails after 20 s). */
    void waitFor(String condition) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if ("true".equals(eval("!!(" + condition + ")"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for " + condition + " on " + eval("location.href"));
    }

    void screenshot(Path png) throws Exception {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        String data = call("Page.captureScreenshot", p).get("data").getAsString().value();
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            stop(chromium.toHandle());
        }
    }

    /**
     * Stops a browser and the processes it started (renderers, zygote, crash handler), and waits
     * for all of them: a child still writing to the profile would fail the cleanup of the test's
     * temporary folder.
     */
    static void stop(ProcessHandle browser) {
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(browser);
        stop(all);
    }

    /** Stops every one of {@code all} and waits until each has exited. */
    static void stop(List<ProcessHandle> all) {
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }

}
