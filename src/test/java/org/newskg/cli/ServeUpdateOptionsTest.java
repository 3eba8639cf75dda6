package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;

/** {@code serve --update} refuses to start without a private password file. */
class ServeUpdateOptionsTest {

    @TempDir
    static Path dir;
    static Path storeDir;

    @BeforeAll
    static void store() {
        storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.ensureOntology();
        }
    }

    @Test
    void updateWithoutAPasswordFileIsRefused() {
        CliTest.Run r = CliTest.run("serve", "--store", storeDir.toString(), "--port", "0", "--update");
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("--update needs --password-file"), r.err());
    }

    @Test
    void aPasswordFileOthersMayReadIsRefused() throws Exception {
        Path users = dir.resolve("users-open");
        Files.writeString(users, "editor:secret\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));
        CliTest.Run r = CliTest.run("serve", "--store", storeDir.toString(), "--port", "0", "--update",
                "--password-file", users.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains(users.toString()) && r.err().contains("chmod 600"), r.err());
    }

    @Test
    void aPasswordFileWithoutUpdateIsRefused() throws Exception {
        Path users = dir.resolve("users");
        Files.writeString(users, "editor:secret\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        CliTest.Run r = CliTest.run("serve", "--store", storeDir.toString(), "--port", "0", "--password-file", users.toString());
        assertEquals(Commands.USER_ERROR, r.exit());
        assertTrue(r.err().contains("only used with --update"), r.err());
    }
}
