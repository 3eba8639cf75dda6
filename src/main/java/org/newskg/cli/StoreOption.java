package org.newskg.cli;

import java.nio.file.Path;

import org.newskg.store.GraphStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --store DIR} option shared by the commands that read a store. */
final class StoreOption {

    static final String DEFAULT = "data/tdb2";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    /** The command this option is part of, whose name tailors the advice when the store is in use. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Opens an existing store; a missing one is a user error with a hint, not a new empty store. */
    GraphStore openExisting() {
        if (!GraphStore.exists(store)) {
            throw new UserError("no store at " + store + ": build one first with `newskg build --store " + store + " INPUT…`");
        }
        return open();
    }

    /** Opens the store, creating it if missing. */
    GraphStore open() {
        return StoreOpener.open(store, command == null ? "" : command.name());
    }
}
