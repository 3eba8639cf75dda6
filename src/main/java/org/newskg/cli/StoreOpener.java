package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.atlas.RuntimeIOException;
import org.newskg.serve.DumpServlet;
import org.newskg.serve.NewskgServer;
import org.newskg.store.GraphStore;
import org.newskg.store.StoreInUseException;

/**
 * Opens a command's store, creating it if missing. What stops it is a one-line {@link UserError}
 * naming the store and what to do: a folder that cannot be made or written, or a store another
 * process holds (a running server, named with its pid and, for export and query, what it offers
 * instead).
 */
final class StoreOpener {

    private StoreOpener() {
    }

    /** Opens the store for {@code command} (build, serve, export, query: the advice differs). */
    static GraphStore open(Path dir, String command) {
        Optional<ServePidFile.Server> here = ServePidFile.servingHere(dir);
        if (here.isPresent()) {
            // within one JVM TDB2 shares the open store instead of refusing it, and closing it would pull it from under the server
            throw new UserError(inUse(dir, OptionalLong.of(here.get().pid()), command));
        }
        try {
            return GraphStore.open(dir);
        } catch (StoreInUseException e) {
            throw new UserError(inUse(dir, e.holder(), command), e);
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

    /** One line: who holds the store, and what to do about it. */
    static String inUse(Path dir, OptionalLong holder, String command) {
        Optional<ServePidFile.Server> server = ServePidFile.read(dir)
                .filter(s -> holder.isPresent() && s.pid() == holder.getAsLong());
        if (server.isEmpty()) {
            String pid = holder.isPresent() ? "pid " + holder.getAsLong() : "pid unknown, see " + dir.resolve("tdb.lock");
            return "store " + dir + " is in use by another process (" + pid + "; a newskg serve, build or export still running?): "
                    + "wait for it to end or stop it" + (holder.isPresent() ? " (kill " + holder.getAsLong() + ")" : "")
                    + ", then run again";
        }
        long pid = server.get().pid();
        String url = server.get().url();
        String stop = "stop that server (Ctrl-C where it runs, or kill " + pid + ")";
        String base = "store " + dir + " is in use by newskg serve (pid " + pid + ", " + url + "): ";
        return base + switch (command) {
            case "export" -> stop + " and export again, or download the whole store from it: curl -o graph.nq.gz "
                    + url + DumpServlet.PATH.substring(1);
            case "query" -> stop + " and query again, or send the query to its endpoint " + url + NewskgServer.SPARQL.substring(1);
            case "serve" -> "it is served already at " + url + "; " + stop + " to start another server on it";
            default -> stop + ", then run " + command + " again and serve the store anew";
        };
    }

    private static String innermostMessage(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        if (inner instanceof IOException io) {
            return FileProblems.describe(io);   // a bare path as the message gets its reason
        }
        return CommandErrors.firstLine(inner.getMessage() != null ? inner.getMessage() : e.getMessage());
    }
}
