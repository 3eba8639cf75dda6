package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.GraphStore;

/**
 * Builds in a child JVM killed with SIGKILL at random moments: a first build into an empty store
 * (one bulk transaction), and builds adding to a store in small batches, killed after a random
 * number of batches has committed. After each kill the store opens, answers a query, holds only
 * whole articles, and holds exactly the articles of the committed batches (a prefix of the input,
 * a whole number of batches); the same build run again ends with the uninterrupted build's store.
 */
class CrashSafetyTest {

    private static final long SEED = 11;
    /** Articles of the killed builds' input, one a page. */
    private static final int ARTICLES = 128;
    private static final int BATCH = 16;
    private static final int BATCHES = ARTICLES / BATCH;

    @TempDir
    Path dir;

    private final Random random = new Random();
    private final List<String> report = new ArrayList<>();

    private static String[] args(Path store, Path pages) {
        return new String[] {"build", "--store", store.toString(), "--date=2024-06-01",
            "--batch-articles", Integer.toString(BATCH), pages.toString()};
    }

    private Process startBuild(Path store, Path pages, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.newskg.cli.Main"));
        command.addAll(List.of(args(store, pages)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The lines of {@code log} that start with {@code prefix}, as far as it is written. */
    private static long linesStartingWith(Path log, String prefix) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(prefix)).count();
        } catch (java.io.UncheckedIOException e) {
            return 0;   // a line cut in the middle of a character: read again
        }
    }

    /**
     * Waits until the build's log holds {@code n} lines starting with {@code prefix} (the input is
     * large enough for more), then a random part of the time the last of them took, and kills the
     * build (SIGKILL) unless it has ended.
     */
    private void killAfter(Process build, Path log, String prefix, int n) throws Exception {
        long previous = System.nanoTime();
        long seen = 0;
        long gap = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seen < n && build.isAlive()) {
            if (System.nanoTime() > deadline) {
                build.destroyForcibly();
                fail("the build did not report " + n + " '" + prefix + "' lines in time");
            }
            Thread.sleep(10);
            long now = linesStartingWith(log, prefix);
            if (now > seen) {
                long t = System.nanoTime();
                gap = t - previous;
                previous = t;
                seen = now;
            }
        }
        assertTrue(seen >= n, "the build reported " + n + " '" + prefix + "' lines before it ended, not " + seen);
        long delay = (long) (random.nextDouble() * Math.min(TimeUnit.NANOSECONDS.toMillis(gap), 2000));
        boolean ended = build.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!ended) {
            build.destroyForcibly();   // SIGKILL
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
        }
        report.add("killed after " + seen + " '" + prefix + "' lines +" + delay + " ms" + (ended ? " (the build had ended)" : ""));
    }

    private static Set<String> names(List<Path> files) {
        Set<String> names = new TreeSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        return names;
    }

    /**
     * After a kill: the store opens, answers a query and holds whole articles only: those it held
     * before, and the first articles of the input in build order, a whole number of batches (or all).
     * Returns how many of the input's articles it holds.
     */
    private int checkKilled(Path store, Set<String> before, List<Path> pages, int atLeast) {
        try (GraphStore s = GraphStore.open(store)) {
            long articles = StoreChecks.select(s, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nkg:Article }")
                    .get(0).getLiteral("n").getLong();
            assertEquals(List.of(), StoreChecks.brokenArticles(s), String.join("; ", report));
            Set<String> files = s.sourceFiles();
            assertEquals(files.size(), articles, "one article a page");
            int prefix = 0;
            while (prefix < pages.size() && files.contains(pages.get(prefix).getFileName().toString())) {
                prefix++;
            }
            Set<String> expected = new TreeSet<>(before);
            expected.addAll(names(pages.subList(0, prefix)));
            assertEquals(expected, files, "what the store held, and the first articles of the input");
            assertTrue(prefix % BATCH == 0 || prefix == pages.size() || files.equals(before),
                    prefix + " articles: a whole number of batches of " + BATCH + "; " + String.join("; ", report));
            assertTrue(prefix >= atLeast, "the " + atLeast + " articles reported committed are kept, not only " + prefix);
            report.add(prefix + " of " + pages.size() + " articles kept");
            assertTrue(StoreChecks.mergedGraphIsUpToDate(s), "the merged graph holds what the kept articles say; " + String.join("; ", report));
            return prefix;
        }
    }

    /** Runs the build again in this JVM: it completes the store to the uninterrupted build's, index included. */
    private void rerunCompletes(Path store, Path pages, long expectedStatements) {
        assertEquals(0, Main.run(args(store, pages)), "the build run again completes");
        assertEquals(expectedStatements, StoreChecks.count(store), String.join("; ", report));
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(List.of(), StoreChecks.brokenArticles(s));
            s.textDataset();   // the full-text index, found through the store's context
            long indexed = StoreChecks.select(s, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a text:query (schema:text \"会议\" 100000) }")
                    .get(0).getLiteral("n").getLong();
            assertEquals(ARTICLES, indexed, "every article's text is in the full-text index");
        }
    }

    @Test
    void killedBuildsKeepTheCommittedBatchesWholeAndARerunCompletesThem() throws Exception {
        Path pagesDir = dir.resolve("pages");
        List<Path> pages = GeneratedPages.write(pagesDir, SEED, 0, ARTICLES);
        Path clean = dir.resolve("clean");
        assertEquals(0, Main.run(args(clean, pagesDir)));
        long cleanCount = StoreChecks.count(clean);

        // a first build into an empty store, killed while it reads pages: its one transaction is lost whole
        Path first = dir.resolve("killed-first");
        Path log = dir.resolve("build-first.log");
        killAfter(startBuild(first, pagesDir, log), log, "progress:", 1 + random.nextInt(8));
        if (GraphStore.exists(first)) {
            int kept = checkKilled(first, Set.of(), pages, 0);
            assertTrue(kept == 0 || kept == ARTICLES, "a bulk load keeps nothing or everything: " + kept);
        }
        rerunCompletes(first, pagesDir, cleanCount);

        // a build adding to a store that holds the first article, killed after a random number of
        // committed batches (the first batch starts from the first page, rewriting that article alike)
        Path adding = dir.resolve("killed-adding");
        assertEquals(0, Main.run(args(adding, pages.get(0))));
        log = dir.resolve("build-adding.log");
        int committed = 1 + random.nextInt(BATCHES - 2);
        killAfter(startBuild(adding, pagesDir, log), log, "committed:", committed);
        checkKilled(adding, names(pages.subList(0, 1)), pages, committed * BATCH);
        rerunCompletes(adding, pagesDir, cleanCount);

        // the same build over a complete store, killed likewise: every transaction leaves it complete
        log = dir.resolve("build-again.log");
        killAfter(startBuild(first, pagesDir, log), log, "committed:", 1 + random.nextInt(BATCHES - 2));
        assertEquals(ARTICLES, checkKilled(first, Set.of(), pages, 0));
        assertEquals(cleanCount, StoreChecks.count(first), String.join("; ", report));
        rerunCompletes(first, pagesDir, cleanCount);
        System.out.println("crash test: " + cleanCount + " statements; " + String.join("; ", report));
    }
}
