package org.newskg.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;

/**
 * TDB2 refused to open a store because another process holds its lock ({@code tdb.lock}): a
 * running server or build. Carries that process's id where TDB2 names it.
 */
public final class StoreInUseException extends RuntimeException {

    /** TDB2's words when the lock file is held: {@code Failed to get a lock: file='…/tdb.lock': held by process 10228}. */
    private static final Pattern HELD_BY = Pattern.compile("Failed to get a lock.*held by process (\\d+)");

    private final Path store;
    private final OptionalLong holder;

    StoreInUseException(Path store, OptionalLong holder, Throwable cause) {
        super("store " + store + " is in use by " + (holder.isPresent() ? "process " + holder.getAsLong() : "another process"), cause);
        this.store = store;
        this.holder = holder;
    }

    /** The refusal behind TDB2's exception, if it is one. */
    static Optional<StoreInUseException> of(Path store, DBOpEnvException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (!message.startsWith("Failed to get a lock")) {
            return Optional.empty();
        }
        Matcher m = HELD_BY.matcher(message);
        OptionalLong pid = m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        return Optional.of(new StoreInUseException(store, pid, e));
    }

    public Path store() {
        return store;
    }

    /** The id of the process holding the store, when TDB2 named it. */
    public OptionalLong holder() {
        return holder;
    }
}
