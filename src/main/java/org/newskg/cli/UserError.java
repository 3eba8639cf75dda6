package org.newskg.cli;

/** A problem the user can fix (a missing store, a bad query): reported in one line, without a stack trace. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
