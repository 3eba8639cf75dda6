package org.newskg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.rdf.Vocab;

/**
 * N-Quads shaped like the build's output (one named graph per article: the article, its text,
 * the people, bodies and places it mentions, each mentionedIn the article), for load measurements
 * where no built store is at hand. Entities are drawn from a fixed pool so they recur across
 * articles as real ones do.
 */
public final class SyntheticGraphs {

    private static final String BASE = "https://w3id.org/newskg/";

    private SyntheticGraphs() {
    }

    /** Writes {@code articles} article graphs to {@code file}; returns the number of quads. */
    public static long write(Path file, int articles, long seed) {
        Random random = new Random(seed);
        long count = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            sink.start();
            for (int i = 0; i < articles; i++) {
                Node g = NodeFactory.createURI(BASE + "article/synthetic-" + i);
                count += quad(sink, g, g, Vocab.TYPE, Vocab.nkg("Article"));
                count += quad(sink, g, g, Vocab.HEADLINE, zh("第" + i + "号文章标题"));
                count += quad(sink, g, g, Vocab.TEXT, zh("正文".repeat(200 + random.nextInt(400)) + i));
                count += quad(sink, g, g, Vocab.SOURCE_FILE, NodeFactory.createLiteralString("synthetic-" + (i / 10) + ".txt"));
                int entities = 8 + random.nextInt(20);
                for (int e = 0; e < entities; e++) {
                    String kind = switch (random.nextInt(3)) { case 0 -> "person"; case 1 -> "org"; default -> "place"; };
                    int id = (int) Math.abs(random.nextGaussian() * 3000);
                    Node s = NodeFactory.createURI(BASE + kind + "/实体" + id);
                    count += quad(sink, g, s, Vocab.TYPE, Vocab.nkg(kind.equals("person") ? "Person" : kind.equals("org") ? "GovernmentBody" : "Place"));
                    count += quad(sink, g, s, Vocab.LABEL, zh("实体" + id));
                    count += quad(sink, g, s, Vocab.MENTIONED_IN, g);
                }
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static int quad(StreamRDF sink, Node g, Node s, Node p, Node o) {
        sink.quad(Quad.create(g, s, p, o));
        return 1;
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }
}
