package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordFileTest {

    @TempDir
    Path dir;

    private Path file(String text, String perms) throws Exception {
        Path f = dir.resolve("users");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void readsUsersSkippingCommentsAndBlankLines() throws Exception {
        Path f = file("# editors\n\nalice:pa:ss,word\r\n  bob : MD5:164c88b302622e17050af52c89945d44 \n", "rw-------");
        PasswordFile.Read read = PasswordFile.read(f);
        assertEquals(Map.of("alice", "pa:ss,word", "bob", "MD5:164c88b302622e17050af52c89945d44"), read.access().users());
        assertTrue(read.warnings().isEmpty());
        assertTrue(!read.access().toString().contains("pa:ss"), "passwords never printed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw----r--", "rw-rw----", "rw-----w-"})
    void refusesAFileOthersMayReadOrChange(String perms) throws Exception {
        Path f = file("alice:secret\n", perms);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void warnsWhenTheGroupMayRead() throws Exception {
        Path f = file("alice:secret\n", "rw-r-----");
        PasswordFile.Read read = PasswordFile.read(f);
        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).contains("group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice\n", ":secret\n", "alice:\n", "al ice:secret\n", "alice:a\nalice:b\n", "# nobody\n", ""})
    void refusesMalformedFilesNamingTheFile(String text) throws Exception {
        Path f = file(text, "rw-------");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(f));
        assertTrue(e.getMessage().startsWith("password file " + f), e.getMessage());
    }

    @Test
    void refusesAMissingFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
