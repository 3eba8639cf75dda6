package org.newskg.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code newskg} command line: one subcommand per stage a user drives. */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Turns Chinese news pages into a linked-data knowledge graph in Apache Jena TDB2, served by Fuseki.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BuildCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            QueryCommand.class,
            AnnotateCommand.class,
            TrainCommand.class,
        })
public final class Main implements Runnable {

    // inherited, so it may stand after the subcommand too (newskg build --debug …)
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print its stack trace after the one-line message.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        Main main = new Main();
        // a line that fails to parse may never set the field, so the words themselves are looked at too
        CommandErrors errors = new CommandErrors(System.err, () -> main.debug || List.of(args).contains("--debug"));
        return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
