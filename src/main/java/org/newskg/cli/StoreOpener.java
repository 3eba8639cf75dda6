package org.newskg.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import org.apache.jena.atlas.RuntimeIOException;
import org.newskg.store.GraphStore;

/**
 * Opens a command's store, creating it if missing; a folder that cannot be made or written is a
 * one-line {@link UserError} naming the store and what to do.
 */
final class StoreOpener {

    private StoreOpener() {
    }

    static GraphStore open(Path dir) {
        try {
            return GraphStore.open(dir);
        } catch (UncheckedIOException e) {
            // creating folders fails with "already exists" where a file stands in the path
            String problem = e.getCause() instanceof FileAlreadyExistsException exists
                    ? exists.getFile() + " is a file, not a folder" : FileProblems.describe(e.getCause());
            throw new UserError("cannot make the store folder " + dir + " (" + problem
                    + "): choose another --store, in a folder you may write to", e);
        } catch (RuntimeIOException e) {
            // TDB2 writes its lock file on every open, so a store one may only read cannot be opened at all
            throw new UserError("cannot open the store " + dir + " (" + innermostMessage(e)
                    + "): TDB2 must write in the store folder even to read it; run as the folder's owner "
                    + "or give --store a copy of your own", e);
        }
    }

    private static String innermostMessage(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() != null ? inner.getMessage() : e.getMessage();
        return CommandErrors.firstLine(message);
    }
}
