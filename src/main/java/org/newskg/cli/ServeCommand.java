package org.newskg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newskg.ingest.PublicationDates;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.PasswordFile;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.UpdateAccess;
import org.newskg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg serve}: serves the store read-only over SPARQL, with a home page and a query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with an embedded Fuseki: a read-only SPARQL endpoint at /newskg/sparql, "
                + "a query page at /query and a home page at /.",
            "Binds to 127.0.0.1 unless --host says otherwise. Ctrl-C or SIGTERM stops it within a few seconds, closing the store.",
            "While it serves, other commands on the store are refused with its pid (noted in the store folder, "
                + ServePidFile.NAME + ") and what to do instead.",
            "With --update and --password-file, the users of that file may also write at /newskg/update "
                + "(SPARQL Update and graph store protocol) over HTTP Basic; everyone else gets 401 there."},
        footer = {"", "Examples:", "  newskg serve --store data/tdb2 --port 3030",
            "  then open http://127.0.0.1:3030/",
            "  newskg serve --store data/tdb2 --update --password-file ~/.newskg-users   (file: user:password lines, chmod 600)"})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 opens the server to the network).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "The most result rows a query returns (default: ${DEFAULT-VALUE}).")
    long rowLimit;

    @Option(names = "--result-cache", paramLabel = "MB", defaultValue = "128",
            description = "Memory for answers to repeated queries, kept until the store changes; 0 keeps none (default: ${DEFAULT-VALUE}).")
    long resultCacheMb;

    @Option(names = "--update",
            description = "Also serve SPARQL Update and graph store writes at /newskg/update, for the users of --password-file only.")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --update: who may write, one user:password a line; must not be readable by others (chmod 600).")
    java.nio.file.Path passwordFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "With INPUT: publication date of every page file, over dates.tsv and the page's own date (see build --help).")
    java.time.LocalDate date;

    @Option(names = "--base", defaultValue = org.newskg.resolve.Iris.DEFAULT_BASE,
            description = "With INPUT: base IRI the entities are minted under (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Page files, JSON Lines or folders to build into the store before serving.")
    java.util.List<java.nio.file.Path> inputs = new java.util.ArrayList<>();

    /** How long a signal waits for the store to be closed before the JVM ends anyway (ours is at most 5 s). */
    private static final long RELEASE_WAIT_MILLIS = 4_000;

    private volatile int buildStatus;
    /** The dates of INPUT's pages, read before the store is opened. */
    private PublicationDates publicationDates = PublicationDates.none();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Counted down once the store is closed and the pid file gone, however {@link #call()} ends. */
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile NewskgServer server;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = settings();
        UpdateAccess updateAccess = updateAccess();
        if (!inputs.isEmpty()) {
            BuildCommand.refuseWhenNothingToRead(inputs);
            publicationDates = BuildCommand.publicationDates(java.util.Optional.ofNullable(date), inputs);
        }
        if (!GraphStore.exists(store.store) && !buildsBeforeServing()) {
            store.openExisting();   // throws the "no store" error with its hint
        }
        // SIGTERM and Ctrl-C run the hook, which stops the server and waits while this thread closes the store
        Thread hook = new Thread(this::stopAndAwaitRelease, "newskg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ServePidFile pidFile = null;
        try {
            try (GraphStore graphStore = store.open()) {
                buildBeforeServing(graphStore);
                graphStore.ensureOntology();
                graphStore.ensureMergedGraph();
                server = startServer(graphStore, settings, updateAccess);
                pidFile = ServePidFile.write(store.store, server.url());
                System.err.println("newskg: serving " + store.store + " at " + server.url()
                        + " (SPARQL: " + server.sparqlUrl() + ", query page: " + server.url() + "query"
                        + (server.updatable() ? ", update for " + updateAccess.userNames().size() + " user(s): " + server.updateUrl() : "")
                        + "). Ctrl-C stops.");
                stopped.await();
                // a stop that came during the build found no server to close
                closeServer();
            }
        } finally {
            if (pidFile != null) {
                pidFile.remove();
            }
            released.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is what stopped us
            }
        }
        return buildStatus;
    }

    /**
     * Builds input into the store before serving. Serving alone builds nothing; {@code serve INPUT…}
     * is to call the build here, in the same process, so the store is current when the server starts.
     */
    protected void buildBeforeServing(GraphStore graphStore) {
        if (!inputs.isEmpty()) {
            buildStatus = BuildCommand.build(graphStore, inputs, publicationDates, base,
                    Runtime.getRuntime().availableProcessors(), org.newskg.ingest.Progress.toStderr(), System.err, System.err);
            if (buildStatus != 0) {
                System.err.println("newskg: some input could not be loaded (see above); serving what was built");
            }
        }
    }

    /** Whether {@link #buildBeforeServing} will fill the store (then a missing store is created, not refused). */
    protected boolean buildsBeforeServing() {
        return !inputs.isEmpty();
    }

    private ServerSettings settings() {
        try {
            return ServerSettings.defaults().withHost(host).withPort(port)
                    .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withRowLimit(rowLimit)
                    .withResultCacheBytes(resultCacheMb << 20);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The users who may write, or null for a read-only server; refuses --update without a safe password file. */
    private UpdateAccess updateAccess() {
        if (!update) {
            if (passwordFile != null) {
                throw new UserError("--password-file is only used with --update (the server is read-only without it)");
            }
            return null;
        }
        if (passwordFile == null) {
            throw new UserError("--update needs --password-file FILE (user:password lines): "
                    + "an update endpoint without a password is not served");
        }
        try {
            PasswordFile.Read read = PasswordFile.read(passwordFile);
            read.warnings().forEach(w -> System.err.println("newskg serve: warning: " + w));
            return read.access();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private NewskgServer startServer(GraphStore graphStore, ServerSettings settings, UpdateAccess updateAccess) {
        try {
            return NewskgServer.start(graphStore, settings, updateAccess);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.net.BindException) {
                throw new UserError("cannot listen on " + settings.host() + ":" + settings.port() + " ("
                        + cause.getMessage() + "): choose another --port or --host", e);
            }
            throw e;
        }
    }

    /** The running server, once started (for tests and embedding). */
    public NewskgServer server() {
        return server;
    }

    /** Stops the server and lets {@link #call()} close the store and return. */
    public void stop() {
        closeServer();
        stopped.countDown();
    }

    private synchronized void closeServer() {
        NewskgServer running = server;
        if (running != null) {
            running.close();
        }
    }

    /** The shutdown hook's work: the JVM ends when it returns, so it waits for the store to be closed. */
    private void stopAndAwaitRelease() {
        stop();
        try {
            if (!released.await(RELEASE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                System.err.println("newskg serve: the store was not closed within " + RELEASE_WAIT_MILLIS / 1000
                        + " s; ending anyway (TDB2 recovers committed writes on the next open)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
