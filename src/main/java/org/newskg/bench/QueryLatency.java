package org.newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a SPARQL query file over HTTP against an endpoint, after warm-up, and times each run. */
public final class QueryLatency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private QueryLatency() {
    }

    /** The {@code .rq} files of {@code dir}, by name. */
    public static List<Path> queryFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** Sends {@code query}, reads the whole answer; throws when the status is not 200. */
    public static String ask(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body().lines().findFirst().orElse(""));
        }
        return response.body();
    }

    /**
     * Times {@code runs} runs after {@code warmups}; stops early once {@code budgetNanos} have been
     * spent on timed runs (a slow query gets fewer runs, never an unbounded benchmark). With
     * {@code evaluated}, every run sends a text of its own (a numbered comment at the end), so the
     * server's result cache cannot answer and each run is evaluated; without, repeats of the same
     * text are timed as a client asking again would see them.
     */
    public static Latencies measure(String endpoint, String query, int warmups, int runs, long budgetNanos, boolean evaluated)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmups; i++) {
            ask(endpoint, evaluated ? query + "\n# warm-up " + i : query);
        }
        List<Long> times = new ArrayList<>();
        long spent = 0;
        for (int i = 0; i < runs && spent < budgetNanos; i++) {
            String text = evaluated ? query + "\n# run " + i : query;
            long start = System.nanoTime();
            ask(endpoint, text);
            times.add(System.nanoTime() - start);
            spent += times.get(times.size() - 1);
        }
        return Latencies.of(times.stream().mapToLong(Long::longValue).toArray());
    }
}
