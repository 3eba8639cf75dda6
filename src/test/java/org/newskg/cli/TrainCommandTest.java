package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} refuses bad data in one line that names the file and line, with a non-zero exit. */
class TrainCommandTest {

    @TempDir
    Path dir;

    private String runFailing(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(Commands.USER_ERROR, Main.run(args));
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws Exception {
        Path data = dir.resolve("bad.json");
        Files.writeString(data, "{\"text\": \"王小明去上班。\", \"label\": {\"name\": {\"王小明\": [[0, 2]]}}}\n"
                + "{\"text\": \"半行\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("m.bin.gz");
        String err = runFailing("train", "--data", data.toString(), "--out", out.toString());
        assertTrue(err.contains(data + ":2:"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void offsetsOutsideTheTextAreRefused() throws Exception {
        Path data = dir.resolve("far.json");
        Files.writeString(data, "{\"text\": \"王小明\", \"label\": {\"name\": {\"王小明\": [[0, 9]]}}}\n", StandardCharsets.UTF_8);
        String err = runFailing("train", "--data", data.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertTrue(err.contains(data + ":1:") && err.contains("outside"), err);
    }

    @Test
    void aMissingFileIsNamed() {
        Path data = dir.resolve("missing.json");
        String err = runFailing("train", "--data", data.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertTrue(err.contains(data.toString()), err);
    }
}
