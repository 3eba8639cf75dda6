package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/** How commands report failures: one line on standard error and a non-zero exit code. */
final class Commands {

    /** Exit code for a problem the user can fix (missing store, bad query, bad option value). */
    static final int USER_ERROR = 2;
    /** Exit code for anything else that went wrong. */
    static final int FAILURE = 1;

    interface Body {
        int run() throws Exception;
    }

    private Commands() {
    }

    static int run(String command, Body body) throws Exception {
        try {
            return body.run();
        } catch (UserError e) {
            System.err.println("newskg " + command + ": " + e.getMessage());
            return USER_ERROR;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("newskg " + command + ": " + e.getMessage());
            return FAILURE;
        }
    }
}
