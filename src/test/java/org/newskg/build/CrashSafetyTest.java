package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;

/**
 * A build in a child JVM killed with SIGKILL at random moments: the store opens, answers a query,
 * holds only whole articles, and the same build run again ends with the clean build's store.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 300;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    private Process startBuild(Path store, Path pages) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.newskg.cli.Main", "build", "--store", store.toString(), "--date=2024-06-01", pages.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("build-" + System.nanoTime() + ".log").toFile()).start();
    }

    private int runToEnd(Path store, Path pages) throws Exception {
        Process p = startBuild(store, pages);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished in time");
        return p.exitValue();
    }

    @Test
    void killedBuildsLeaveWholeArticlesAndARerunCompletesThem() throws Exception {
        Path pages = dir.resolve("pages");
        GeneratedPages.write(pages, 11, 0, ARTICLES);

        Path clean = dir.resolve("clean");
        long start = System.nanoTime();
        assertEquals(0, runToEnd(clean, pages));
        long cleanMillis = (System.nanoTime() - start) / 1_000_000;
        long cleanCount = StoreChecks.count(clean);

        Random random = new Random();
        List<String> report = new ArrayList<>();
        Path store = dir.resolve("killed-0");
        for (int k = 0; k < KILLS; k++) {
            // kills 0 and 2 hit a first build into a new store; kill 1 a rebuild over the complete store
            if (k != 1) {
                store = dir.resolve("killed-" + k);
            }
            long at = 300 + (long) (random.nextDouble() * cleanMillis * 0.95);
            Process p = startBuild(store, pages);
            boolean finished = p.waitFor(at, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();   // SIGKILL
                p.waitFor(30, TimeUnit.SECONDS);
            }
            report.add("kill " + k + " at " + at + " ms" + (finished ? " (build had already finished)" : ""));
            if (GraphStore.exists(store)) {
                try (GraphStore s = GraphStore.open(store)) {
                    long quads = s.countQuads();   // it opens and answers
                    assertEquals(List.of(), StoreChecks.brokenArticles(s), String.join("; ", report));
                    report.add(quads + " statements after the kill");
                }
            }
            assertEquals(0, runToEnd(store, pages), "the build run again completes");
            assertEquals(cleanCount, StoreChecks.count(store), String.join("; ", report));
            try (GraphStore s = GraphStore.open(store)) {
                assertEquals(List.of(), StoreChecks.brokenArticles(s));
            }
        }
        System.out.println("crash test: clean build " + cleanMillis + " ms, " + cleanCount + " statements; " + String.join("; ", report)
                + " (classpath entries: " + System.getProperty("java.class.path").split(File.pathSeparator).length + ")");
    }
}
