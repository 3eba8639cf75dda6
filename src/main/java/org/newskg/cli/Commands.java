package org.newskg.cli;

/** The exit codes of the commands; {@link CommandErrors} reports the failures behind them in one line. */
final class Commands {

    /** Exit code for a problem the user can fix (missing store, bad query, bad option value). */
    static final int USER_ERROR = 2;
    /** Exit code for anything else that went wrong. */
    static final int FAILURE = 1;

    private Commands() {
    }
}
