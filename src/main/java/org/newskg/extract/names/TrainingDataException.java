package org.newskg.extract.names;

import java.nio.file.Path;

/** Training data that cannot be read: says which file and line, so the user can fix it. */
public final class TrainingDataException extends RuntimeException {

    public TrainingDataException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
