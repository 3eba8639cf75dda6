package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a build reads: each INPUT that is a file, and every regular file below each INPUT
 * that is a folder (hidden files and {@link DatesFile dates files} left out), in a stable order.
 * Paths that cannot be listed are reported, not fatal.
 */
public final class InputFiles {

    /** What was found, and what could not be read at all. */
    public record Listing(List<Path> files, List<String> problems) {
    }

    private InputFiles() {
    }

    public static Listing list(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(input + ": no such file or folder");
            } else if (Files.isDirectory(input)) {
                listFolder(input, files, problems);
            } else if (DatesFile.isDatesFile(input)) {
                problems.add(input + ": a dates file, not a page: give its folder or its pages, and it dates them");
            } else {
                files.add(input);
            }
        }
        return new Listing(files, problems);
    }

    /** Whether {@code file} holds JSON Lines records (by its name), not a page. */
    public static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
    }

    private static void listFolder(Path folder, List<Path> files, List<String> problems) {
        if (!Files.isReadable(folder)) {
            problems.add(folder + ": folder cannot be read (permission denied)");
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> sorted = entries.sorted().toList();
            for (Path p : sorted) {
                if (p.getFileName().toString().startsWith(".") || DatesFile.isDatesFile(p)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    listFolder(p, files, problems);
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else if (!Files.exists(p)) {
                    // listed but gone: a link to a missing file, or deleted since the listing
                    problems.add(p + ": no such file (it disappeared or is a link to a missing file)");
                }
            }
        } catch (AccessDeniedException e) {
            problems.add(folder + ": folder cannot be read (permission denied)");
        } catch (IOException e) {
            problems.add(folder + ": folder cannot be listed (" + e.getMessage() + ")");
        }
    }
}
