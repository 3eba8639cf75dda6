package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

import picocli.CommandLine;

/** A failing command says in one line what failed and what to do; the stack trace comes only with --debug. */
class CommandErrorsTest {

    @TempDir
    static Path dir;
    static Path storeDir;

    @BeforeAll
    static void buildStore() {
        storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.ensureOntology();
            store.replaceSources(SampleData.batch());
        }
    }

    /** The one line a failure prints: no second line, no stack frame. */
    private static String oneLine(CliTest.Run r) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        return lines.get(0);
    }

    @Test
    void anUnknownOptionNamesItAndTheCommandsHelpNotTheWholeUsage() {
        CliTest.Run r = CliTest.run("export", "--store", storeDir.toString(), "--frob", "x");
        assertEquals(Commands.USER_ERROR, r.exit());
        String line = oneLine(r);
        assertTrue(line.startsWith("newskg export: ") && line.contains("'--frob'") && line.contains("newskg export --help"), line);
    }

    @Test
    void aBadOptionValueNamesTheOption() {
        CliTest.Run r = CliTest.run("serve", "--store", storeDir.toString(), "--port", "abc");
        assertEquals(Commands.USER_ERROR, r.exit());
        String line = oneLine(r);
        assertTrue(line.contains("--port") && line.contains("abc"), line);
    }

    @Test
    void aStoreFolderThatCannotBeMadeNamesTheStoreAndTheOption() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), "本报讯 3月8日，县委召开会议。\n");
        Path store = page.resolve("tdb2");   // under a file: no folder can be made there, not even by root
        CliTest.Run r = CliTest.run("build", "--store", store.toString(), page.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        String line = oneLine(r);
        assertTrue(line.startsWith("newskg build: cannot make the store folder " + store), line);
        assertTrue(line.contains("choose another --store"), line);
    }

    @Test
    void withDebugTheStackTraceFollowsTheSameLine() throws Exception {
        Path page = Files.writeString(dir.resolve("page2.txt"), "本报讯 3月8日，县委召开会议。\n");
        Path store = page.resolve("tdb2");
        CliTest.Run plain = CliTest.run("build", "--store", store.toString(), page.toString());
        CliTest.Run traced = CliTest.run("build", "--store", store.toString(), page.toString(), "--debug");
        assertEquals(plain.exit(), traced.exit());
        List<String> lines = traced.err().lines().toList();
        assertEquals(oneLine(plain), lines.get(0));
        assertTrue(lines.size() > 2 && traced.err().contains("\tat org.newskg.cli.StoreOpener"), traced.err());
        assertTrue(traced.err().contains("Caused by: "), "the cause's trace too: " + traced.err());
    }

    @Test
    void noInputAtAllIsRefusedBeforeAStoreIsMade() {
        Path store = dir.resolve("never-made");
        Path missing = dir.resolve("no-such-page.txt");
        CliTest.Run r = CliTest.run("build", "--store", store.toString(), missing.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        String line = oneLine(r);
        assertTrue(line.contains(missing.toString()) && line.contains("no such file"), line);
        assertFalse(Files.exists(store), "no store was made");
    }

    @Test
    void anOutFileThatCannotBeWrittenNamesTheOption() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "");
        Path out = blocker.resolve("graph.nq");
        CliTest.Run r = CliTest.run("export", "--store", storeDir.toString(), "--out", out.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        String line = oneLine(r);
        assertTrue(line.contains("cannot write --out " + out), line);
    }

    @Test
    void aQuerySyntaxErrorIsOneLine() {
        CliTest.Run r = CliTest.run("query", "--store", storeDir.toString(), "SELECT ?x WHERE { ?x ");
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(oneLine(r).startsWith("newskg query: bad query: "), r.err());
    }

    @Test
    void aBadJsonLineIsOneLineNamingTheFileAndTheLine() throws Exception {
        Path records = Files.writeString(dir.resolve("records.jsonl"),
                "{\"id\":\"r-1\",\"date\":\"2024-05-01\",\"text\":\"本报讯 5月1日，农机具发放到户。\"}\n{bad json\n");
        CliTest.Run r = CliTest.run("build", "--store", dir.resolve("tdb2-json").toString(), records.toString());
        assertEquals(1, r.exit(), "the good record is loaded, the bad line reported");
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("error: " + records + ": line 2: not valid JSON"), errors.get(0));
        assertFalse(r.err().contains("See https://"), "gson's help line is left out: " + r.err());
        assertFalse(r.err().contains("MalformedJsonException"), r.err());
    }

    @Test
    void anUnforeseenFailureNamesItsKindAndPointsToDebug() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandLine build = new CommandLine(new Main()).getSubcommands().get("build");
        int exit = new CommandErrors(err, () -> false).handleExecutionException(
                new IllegalStateException("index out of step\nsecond line"), build, null);
        assertEquals(Commands.FAILURE, exit);
        assertEquals("newskg build: unexpected IllegalStateException: index out of step (run again with --debug for the stack trace)",
                bytes.toString(StandardCharsets.UTF_8).strip());
    }
}
