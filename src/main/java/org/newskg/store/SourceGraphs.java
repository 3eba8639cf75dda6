package org.newskg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * The named graphs built from one input file: each key is a graph's IRI (an article's IRI), each
 * value its statements. Loading it replaces everything the store holds from that file.
 */
public record SourceGraphs(String sourceFile, Map<String, Graph> graphs) {

    public SourceGraphs {
        Objects.requireNonNull(sourceFile, "sourceFile");
        // keep the caller's order (stable output), but not the caller's map
        graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }
}
