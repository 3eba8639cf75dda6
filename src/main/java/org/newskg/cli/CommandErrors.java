package org.newskg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure of a command into one line on standard error ({@code newskg build: …}) and
 * an exit code; the stack trace follows only with {@code --debug}. A mistyped option gets its
 * command's help pointed at, not the whole usage text.
 */
final class CommandErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final String DEBUG_HINT = " (run again with --debug for the stack trace)";

    private final PrintStream err;
    private final BooleanSupplier debug;

    CommandErrors(PrintStream err, BooleanSupplier debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        String command = qualifiedName(e.getCommandLine());
        err.println(command + ": " + firstLine(e.getMessage()) + " (see `" + command + " --help`)");
        if (debug.getAsBoolean()) {
            e.printStackTrace(err);
        }
        return Commands.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean traced = debug.getAsBoolean();
        boolean foreseen = e instanceof UserError;
        err.println(qualifiedName(commandLine) + ": " + message(e) + (foreseen || traced ? "" : DEBUG_HINT));
        if (traced) {
            e.printStackTrace(err);
        }
        return foreseen ? Commands.USER_ERROR : Commands.FAILURE;
    }

    private static String message(Exception e) {
        if (e instanceof UserError) {
            return firstLine(e.getMessage());
        }
        if (e instanceof IOException io) {
            return FileProblems.describe(io);
        }
        if (e instanceof UncheckedIOException u) {
            // its own message, when it has one, says what was being done with the file
            boolean ownMessage = u.getMessage() != null && !u.getMessage().equals(String.valueOf(u.getCause()));
            return (ownMessage ? firstLine(u.getMessage()) + ": " : "") + FileProblems.describe(u.getCause());
        }
        // not a failure the command foresaw: say what it was
        return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    /** {@code newskg build} for the build subcommand, {@code newskg} for the top level. */
    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
