package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
