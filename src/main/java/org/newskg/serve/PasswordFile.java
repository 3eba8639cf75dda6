package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the password file of {@code serve --update}: one {@code user:password} a line (the
 * password is everything after the first colon), blank lines and lines starting with {@code #}
 * ignored. A file that others on the machine may read or anyone but its owner may change is
 * refused: its passwords are as good as public. A file its group may read is accepted with a
 * warning.
 */
public final class PasswordFile {

    /** What was read: the access it grants, and warnings to show the user. */
    public record Read(UpdateAccess access, List<String> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    private PasswordFile() {
    }

    /** Reads {@code file}; a problem is an {@link IllegalArgumentException} whose message names the file. */
    public static Read read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("password file " + file + ": no such file");
        }
        List<String> warnings = new ArrayList<>(permissionWarnings(file));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = "password file " + file + " line " + (i + 1) + ": ";
            if (colon <= 0) {
                throw new IllegalArgumentException(where + "expected user:password");
            }
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            if (user.isEmpty() || user.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(where + "a user name without spaces is needed before the colon");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException(where + "user " + user + " has an empty password");
            }
            if (users.put(user, password) != null) {
                throw new IllegalArgumentException(where + "user " + user + " is listed twice");
            }
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("password file " + file + ": no user:password line");
        }
        return new Read(new UpdateAccess(users), warnings);
    }

    /** Refuses a file others may read or others than its owner may write; warns when its group may read. */
    private static List<String> permissionWarnings(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return List.of();   // not a POSIX file system: nothing to check
        }
        Set<PosixFilePermission> perms;
        try {
            perms = view.readAttributes().permissions();
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + file + ": cannot read its permissions (" + e.getMessage() + ")", e);
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE)
                || perms.contains(PosixFilePermission.GROUP_WRITE)) {
            throw new IllegalArgumentException("password file " + file + " may be read or changed by other users; "
                    + "make it private first: chmod 600 " + file);
        }
        if (perms.contains(PosixFilePermission.GROUP_READ)) {
            return List.of("password file " + file + " is readable by its group; chmod 600 " + file + " keeps it private");
        }
        return List.of();
    }
}
