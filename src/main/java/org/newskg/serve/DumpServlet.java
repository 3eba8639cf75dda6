package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The whole store, ontology included, as gzipped N-Quads, streamed quad by quad inside one read transaction. */
public final class DumpServlet extends ReadOnlyServlet {
    public static final String PATH = "/dump.nq.gz";
    private final DatasetGraph dsg;

    public DumpServlet(Dataset dataset) {
        this.dsg = dataset.asDatasetGraph();
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"newskg.nq.gz\"");
        OutputStream out = resp.getOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        Txn.executeRead(dsg, () -> StreamRDFWriter.write(gz, dsg, Lang.NQUADS));
        try {
            gz.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
