package org.newskg.serve;

import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newskg.store.GraphStore;

/**
 * An embedded Fuseki serving a {@link GraphStore} read-only: the dataset {@code /newskg} with its
 * SPARQL query endpoint at {@code /newskg/sparql} (also {@code /newskg?query=}), queries over the
 * union of all graphs, a timeout and a row cap per query, CORS, the query page at {@code /query}
 * (results as an HTML table for browsers) and the linked-data site ({@link LinkedDataSite}: resource pages, VoID, search, graph view). No update, upload, graph-store write or admin endpoint exists,
 * unless the server is started with {@link UpdateAccess}: then {@code /newskg/update} takes SPARQL
 * Update and the graph store protocol's writes from the users it names, over HTTP Basic, and
 * answers 401 to anyone else, and Fuseki's own UI is served at {@code /ui/}; everything else stays
 * read-only and open.
 */
public final class NewskgServer implements AutoCloseable {

    public static final String DATASET = "/newskg";
    public static final String SPARQL = DATASET + "/sparql";
    public static final String UPDATE = DATASET + "/update";
    /** The largest query answer the result cache keeps. */
    private static final int RESULT_MAX_BYTES = 16 << 20;
    /** The longest a stop waits for requests in flight, in all. */
    private static final long STOP_TIMEOUT_MILLIS = 2_000;

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private final UpdateAccess update;

    private NewskgServer(FusekiServer fuseki, ServerSettings settings, UpdateAccess update) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.update = update;
    }

    /** Starts serving {@code store} read-only; returns once the server accepts requests. */
    public static NewskgServer start(GraphStore store, ServerSettings settings) {
        return start(store, settings, null);
    }

    /**
     * Starts serving {@code store}; with {@code update} (null for none) the users it names may also
     * write at {@link #UPDATE}. Returns once the server accepts requests.
     */
    public static NewskgServer start(GraphStore store, ServerSettings settings, UpdateAccess update) {
        FusekiServer.Builder builder = FusekiServer.create();
        if (update != null) {
            // a constraint handler of our own: Fuseki adds a login constraint for each endpoint with
            // an auth policy (only /newskg/update here), so every other path stays open
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(update.realm(), userStore(update), AuthScheme.BASIC));
        }
        DatasetGraph served = store.textDataset();
        // with writers, the dataset service writes through a view that keeps the full-text index in step
        DatasetGraph forEndpoints = update == null ? served : store.indexedForWrites();
        String base = store.storeBase().orElse(GraphStore.DEFAULT_BASE);
        builder.port(settings.port())
                .add(DATASET, service(forEndpoints, settings, update))
                .enableCors(settings.cors(), null)
                .enablePing(true)
                .addServlet(QueryPage.PATH_SPEC, new QueryPage(ExampleQueries.load(), update != null));
        if (update != null) {
            // Fuseki's own UI offers uploads and edits: only where writes are taken. It finds the
            // endpoint through the read-only description of the datasets.
            builder.addServlet("/$/server", new ActionServerStatus())
                    .addServlet(FusekiUiServlet.PATH + "/*", new FusekiUiServlet());
        }
        // before the cache: a browser's request is answered from the JSON the cache keeps
        SparqlHtmlResults html = new SparqlHtmlResults(base);
        for (String path : List.of(SPARQL, DATASET + "/query", DATASET)) {
            builder.addFilter(path, html);
        }
        if (settings.resultCacheBytes() > 0) {
            QueryResultCache cache = new QueryResultCache(served, settings.resultCacheBytes(),
                    (int) Math.min(RESULT_MAX_BYTES, settings.resultCacheBytes()));
            for (String path : List.of(SPARQL, DATASET + "/query", DATASET)) {
                builder.addFilter(path, cache);
            }
        }
        LinkedDataSite.mount(builder, DatasetFactory.wrap(served), base);
        FusekiServer fuseki = builder.build();
        bind(fuseki, settings.host());
        boundStop(fuseki);
        RequestGuard.install(fuseki.getJettyServer());
        fuseki.start();
        return new NewskgServer(fuseki, settings, update);
    }

    private static UserStore userStore(UpdateAccess update) {
        UserStore users = new UserStore();
        update.users().forEach((user, password) -> JettySecurityLib.addUser(users, user, password));
        return users;
    }

    private static DataService service(DatasetGraph served, ServerSettings settings, UpdateAccess update) {
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(served);   // no standard services: only what is added here
        for (String name : List.of("sparql", "query", "")) {
            service.addEndpoint(Endpoint.create()
                    .operation(Operation.Query)
                    .endpointName(name)
                    .context(context)
                    .processor(new RowLimitedQuery(settings.rowLimit()))
                    .build());
        }
        if (update != null) {
            AuthPolicy writers = Auth.policyAllowSpecific(update.userNames());
            // one path for both kinds of write: an update request or a graph store PUT/POST/DELETE
            for (Operation operation : List.of(Operation.Update, Operation.GSP_RW)) {
                service.addEndpoint(Endpoint.create()
                        .operation(operation)
                        .endpointName(UPDATE.substring(DATASET.length() + 1))
                        .authPolicy(writers)
                        .build());
            }
        }
        return service.build();
    }

    /**
     * Jetty waits up to half its pool's stop timeout (5 s by default) for requests in flight, then
     * as long again after interrupting them; a query busy in TDB2 does not heed the interrupt. A
     * shorter wait lets {@code serve} end within a few seconds of SIGTERM or Ctrl-C, long queries or not.
     */
    private static void boundStop(FusekiServer fuseki) {
        if (fuseki.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setStopTimeout(STOP_TIMEOUT_MILLIS);
        }
    }

    /** Fuseki's builder only knows "loopback or all"; the connector takes any interface. */
    private static void bind(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    /** The port the server listens on (the one picked when asked for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The host the server is bound to, as given in the settings. */
    public String host() {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc && sc.getHost() != null) {
                return sc.getHost();
            }
        }
        return settings.host();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String host = host().contains(":") ? "[" + host() + "]" : host();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return url() + SPARQL.substring(1);
    }

    /** Whether this server takes writes at {@link #UPDATE}. */
    public boolean updatable() {
        return update != null;
    }

    /** The update endpoint's URL (it answers 404 on a read-only server). */
    public String updateUrl() {
        return url() + UPDATE.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
