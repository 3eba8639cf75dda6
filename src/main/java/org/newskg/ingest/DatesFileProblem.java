package org.newskg.ingest;

import java.nio.file.Path;

/** A {@code dates.tsv} line a build cannot use; the message names the file and the line. */
public final class DatesFileProblem extends Exception {

    public DatesFileProblem(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
