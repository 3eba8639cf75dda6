package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The note {@code serve} leaves in the store folder while it serves ({@value #NAME}): its process
 * id on the first line, its URL on the second, so a command refused the store can say which
 * process holds it and where it answers. Removed on a clean stop; a note left by a killed server
 * is stale, and only TDB2's own lock decides whether the store is held.
 */
final class ServePidFile {

    static final String NAME = "newskg-serve.pid";

    /** What a note says. */
    record Server(long pid, String url) {
    }

    /** Stores this JVM serves: TDB2 lets one process open a store twice, so its lock cannot tell. */
    private static final Set<Path> SERVED_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;

    private ServePidFile(Path store) {
        this.file = store.resolve(NAME);
        this.key = key(store);
    }

    /** Writes the note of this process serving {@code store} at {@code url}, over a stale one. */
    static ServePidFile write(Path store, String url) {
        ServePidFile note = new ServePidFile(store);
        try {
            Files.writeString(note.file, ProcessHandle.current().pid() + "\n" + url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + note.file, e);
        }
        SERVED_HERE.add(note.key);
        return note;
    }

    /** Removes the note; the store is free again. */
    void remove() {
        SERVED_HERE.remove(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a note left behind names a dead process, which no command takes for a holder
        }
    }

    /** The server a note in {@code store} names, if there is a readable note. */
    static Optional<Server> read(Path store) {
        try {
            List<String> lines = Files.readAllLines(store.resolve(NAME), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,19}")) {
                return Optional.empty();
            }
            return Optional.of(new Server(Long.parseLong(lines.get(0).strip()), lines.size() > 1 ? lines.get(1).strip() : ""));
        } catch (IOException e) {
            return Optional.empty();   // none, or not one serve wrote
        }
    }

    /** The server of this JVM that serves {@code store}, if one does. */
    static Optional<Server> servingHere(Path store) {
        if (!SERVED_HERE.contains(key(store))) {
            return Optional.empty();
        }
        long self = ProcessHandle.current().pid();
        return read(store).filter(s -> s.pid() == self);
    }

    private static Path key(Path store) {
        return store.toAbsolutePath().normalize();
    }
}
