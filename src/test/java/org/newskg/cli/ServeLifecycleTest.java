package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

import picocli.CommandLine;

/**
 * {@code serve} holds its store: other commands on it are refused in one line naming the server's
 * pid and what to do; SIGTERM stops it within 5 s, the store closed and free again.
 */
class ServeLifecycleTest {

    @TempDir
    Path dir;

    private Path smallStore(String name) {
        Path store = dir.resolve(name);
        try (GraphStore graphStore = GraphStore.open(store)) {
            graphStore.ensureOntology();
            graphStore.replaceSources(SampleData.batch());
        }
        return store;
    }

    private static long quads(Path store) {
        try (GraphStore graphStore = GraphStore.open(store)) {
            return graphStore.countQuads();
        }
    }

    /** {@code newskg serve} in a JVM of its own, as a user starts it; returns once it serves. */
    private static Process startServe(Path store, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.newskg.cli.Main", "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("newskg: serving")) {
            if (!serve.isAlive()) {
                fail("serve ended before serving: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (System.nanoTime() > deadline) {
                serve.destroyForcibly();
                fail("serve did not start in time: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        return serve;
    }

    private static String oneLine(CliTest.Run r) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        return lines.get(0);
    }

    /**
     * The one line of a command run beside a server of this JVM, whose own lines (the "serving"
     * line) may land in the same captured standard error.
     */
    private static String oneLineOf(String command, CliTest.Run r) {
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("newskg: ")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("newskg " + command + ": "), r.err());
        return lines.get(0);
    }

    @Test
    void sigtermStopsTheServerWithinFiveSecondsAndFreesTheStore() throws Exception {
        Path store = smallStore("tdb2");
        long before = quads(store);
        Path log = dir.resolve("serve.log");
        Process serve = startServe(store, log);
        try {
            Path note = store.resolve(ServePidFile.NAME);
            assertTrue(Files.exists(note), "serve notes its pid in the store folder");
            String pid = Long.toString(serve.pid());
            assertEquals(pid, Files.readAllLines(note).get(0));

            CliTest.Run export = CliTest.run("export", "--store", store.toString(), "--out", dir.resolve("g.nq").toString());
            assertEquals(Commands.USER_ERROR, export.exit());
            String line = oneLine(export);
            assertTrue(line.startsWith("newskg export: store " + store + " is in use by newskg serve (pid " + pid + ", http://127.0.0.1:"), line);
            assertTrue(line.contains("kill " + pid) && line.contains("/dump.nq.gz"), "what to do: " + line);
            assertFalse(Files.exists(dir.resolve("g.nq")));

            CliTest.Run build = CliTest.run("build", "--store", store.toString(), log.toString());
            assertEquals(Commands.USER_ERROR, build.exit());
            assertTrue(oneLine(build).contains("in use by newskg serve (pid " + pid), build.err());

            // without serve's note, TDB2's own lock still names the process
            byte[] saved = Files.readAllBytes(note);
            Files.delete(note);
            CliTest.Run query = CliTest.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }");
            Files.write(note, saved);
            assertEquals(Commands.USER_ERROR, query.exit());
            assertTrue(oneLine(query).contains("in use by another process (pid " + pid), query.err());
        } finally {
            serve.destroy();   // SIGTERM
        }
        boolean ended = serve.waitFor(5, TimeUnit.SECONDS);
        if (!ended) {
            serve.destroyForcibly();
        }
        assertTrue(ended, "serve ended within 5 s of SIGTERM: " + Files.readString(log, StandardCharsets.UTF_8));
        assertFalse(Files.exists(store.resolve(ServePidFile.NAME)), "a clean stop removes the pid note");
        assertEquals(before, quads(store), "the store opens again, as it was");
        CliTest.Run query = CliTest.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }");
        assertEquals(0, query.exit(), query.err());
    }

    @Test
    void aStoreServedInThisProcessIsRefusedToOtherCommandsNamingThisPid() throws Exception {
        Path store = smallStore("tdb2-here");
        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        Thread t = new Thread(() -> cl.execute("--store", store.toString(), "--port", "0"));
        t.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (serve.server() == null && t.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertNotNull(serve.server(), "server started");
        String self = Long.toString(ProcessHandle.current().pid());
        try {
            CliTest.Run query = CliTest.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }");
            assertEquals(Commands.USER_ERROR, query.exit());
            String line = oneLineOf("query", query);
            assertTrue(line.contains("in use by newskg serve (pid " + self + ", " + serve.server().url() + ")"), line);
            assertTrue(line.contains(serve.server().sparqlUrl()), "query is pointed at the endpoint: " + line);

            CliTest.Run second = CliTest.run("serve", "--store", store.toString(), "--port", "0");
            assertEquals(Commands.USER_ERROR, second.exit());
            assertTrue(oneLineOf("serve", second).contains("served already at " + serve.server().url()), second.err());
        } finally {
            serve.stop();
            t.join(30_000);
        }
        assertFalse(Files.exists(store.resolve(ServePidFile.NAME)));
        assertEquals(0, CliTest.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }").exit(), "free once stopped");
    }

    @Test
    void aNoteLeftByAKilledServerDoesNotHoldTheStore() throws IOException {
        Path store = smallStore("tdb2-stale");
        Files.writeString(store.resolve(ServePidFile.NAME), "999999999\nhttp://127.0.0.1:3030/\n");
        CliTest.Run query = CliTest.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }");
        assertEquals(0, query.exit(), query.err());
        assertEquals("yes", query.out().strip());
    }
}
