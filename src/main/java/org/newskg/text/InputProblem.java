package org.newskg.text;

import java.nio.file.Path;

/** An input that cannot be read as news text; the message names the file and the problem. */
public class InputProblem extends Exception {

    private final Path file;

    public InputProblem(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InputProblem(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
