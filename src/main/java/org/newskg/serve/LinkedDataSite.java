package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * Mounts every linked-data servlet on a Fuseki builder. {@code dataset} is what Fuseki serves
 * (wrapped by {@link org.newskg.store.TextIndexing} so that search works); {@code base} the IRI base.
 */
public final class LinkedDataSite {
    private LinkedDataSite() {
    }

    public static FusekiServer.Builder mount(FusekiServer.Builder b, Dataset dataset, String base) {
        ResourcePages pages = new ResourcePages(dataset, base);
        for (String spec : ResourcePages.PATH_SPECS) {
            b.addServlet(spec, pages);
        }
        b.addServlet(HomePage.PATH_SPEC, new HomePage(dataset, base));
        b.addServlet(VoidDescription.PATH, new VoidDescription(dataset, base));
        b.addServlet(ServiceDescription.PATH, new ServiceDescription(base));
        b.addServlet(DumpServlet.PATH, new DumpServlet(dataset));
        b.addServlet(SearchServlet.PATH, new SearchServlet(dataset, base));
        GraphViewServlet graph = new GraphViewServlet(base);
        b.addServlet(GraphViewServlet.PATH, graph);
        b.addServlet(GraphViewServlet.SCRIPT_PATH, graph);
        NeighbourhoodServlet hood = new NeighbourhoodServlet(dataset, base);
        b.addServlet(NeighbourhoodServlet.JSON_PATH, hood);
        b.addServlet(NeighbourhoodServlet.GRAPHML_PATH, hood);
        return b;
    }
}
