package org.newskg.cli;

import java.nio.file.Path;

import org.newskg.store.GraphStore;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that read a store. */
final class StoreOption {

    static final String DEFAULT = "data/tdb2";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    /** Opens an existing store; a missing one is a user error with a hint, not a new empty store. */
    GraphStore openExisting() {
        if (!GraphStore.exists(store)) {
            throw new UserError("no store at " + store + ": build one first with `newskg build --store " + store + " INPUT…`");
        }
        return StoreOpener.open(store);
    }
}
