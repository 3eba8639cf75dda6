package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The whole store's entity graph as a file for visualisation tools: {@code graphml}, {@code gexf} or {@code cyjs} (Cytoscape JSON). */
public final class EntityGraphFiles {
    private EntityGraphFiles() {
    }

    public static boolean supports(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return f.equals("graphml") || f.equals("gexf") || f.equals("cyjs") || f.equals("cytoscape");
    }

    public static void write(DatasetGraph dsg, String format, OutputStream out) {
        EntityGraph g = Txn.calculateRead(dsg, () -> new EntityGraphBuilder(dsg).all());
        switch (format.toLowerCase(Locale.ROOT)) {
            case "graphml" -> new GraphMlWriter().write(g, out);
            case "gexf" -> new GexfWriter().write(g, out);
            case "cyjs", "cytoscape" -> {
                try {
                    out.write(new CytoscapeJson().toJson(g).toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("unknown entity graph format: " + format);
        }
    }
}
