package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

class TextIndexingTest {
    static final String B = "https://w3id.org/newskg/";
    static final String DATA = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix schema: <http://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://w3id.org/newskg/article/t1> {
              <https://w3id.org/newskg/article/t1> a nkg:Article ; schema:headline "西湾镇推进海洋牧场建设"@zh ;
                schema:text "近日，西湾镇党委书记上官岚带队调研海洋牧场项目，要求加快深远海养殖平台建设进度。"@zh .
              <https://w3id.org/newskg/person/上官岚> a nkg:Person ; rdfs:label "上官岚"@zh .
              <https://w3id.org/newskg/org/西湾镇商会> a nkg:ChamberOfCommerce ; rdfs:label "西湾镇工商业联合会"@zh ;
                skos:altLabel "西湾镇工商联"@zh .
            }
            """;

    static Set<String> textQuery(DatasetGraph ds, String predicate, String words) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query (?p ?q) }");
        q.setIri("p", predicate);
        q.setLiteral("q", words);
        Set<String> hits = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec qe = QueryExec.dataset(ds).query(q.toString()).build()) {
                qe.select().forEachRemaining(b -> hits.add(b.get("s").getURI()));
            }
        });
        return hits;
    }

    @Test
    void findsNamesFromTheirFirstCharactersAndArticlesFromAWord(@TempDir Path dir) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        // as the store is served: queries see the union of the article graphs
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text = TextIndexing.wrap(store, dir.resolve("lucene"));
        Txn.executeWrite(text, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(text));

        assertEquals(Set.of(B + "person/上官岚"), textQuery(text, Vocab.LABEL.getURI(), "上官"));
        assertTrue(textQuery(text, Vocab.LABEL.getURI(), "工商").contains(B + "org/西湾镇商会"));
        assertTrue(textQuery(text, Vocab.ALT_LABEL.getURI(), "工商联").contains(B + "org/西湾镇商会"));
        assertEquals(Set.of(B + "article/t1"), textQuery(text, Vocab.TEXT.getURI(), "养殖"));
        assertTrue(textQuery(text, Vocab.LABEL.getURI(), "欧阳").isEmpty(), "no such name");

        // a deletion through the text dataset leaves the index too
        Node person = NodeFactory.createURI(B + "person/上官岚");
        Txn.executeWrite(text, () -> text.delete(Quad.create(NodeFactory.createURI(B + "article/t1"), person, Vocab.LABEL,
                NodeFactory.createLiteralLang("上官岚", "zh"))));
        assertTrue(textQuery(text, Vocab.LABEL.getURI(), "上官").isEmpty());
    }

    /** The same person named in three article graphs: text:query answers one row for him, not three. */
    @Test
    void textQueryGivesOneRowPerEntityNamedInManyArticles(@TempDir Path dir) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text = TextIndexing.wrap(store, dir.resolve("lucene"));
        StringBuilder trig = new StringBuilder("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
        for (String a : java.util.List.of("a1", "a2", "a3")) {
            trig.append("<" + B + "article/" + a + "> { <" + B + "person/上官岚> rdfs:label \"上官岚\"@zh . <" + B
                    + "person/上官云> rdfs:label \"上官云\"@zh . }\n");
        }
        Txn.executeWrite(text, () -> RDFParser.fromString(trig.toString(), Lang.TRIG).parse(text));
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s ?score WHERE { (?s ?score) text:query (rdfs:label \"上官\") }";
        java.util.List<String> rows = new java.util.ArrayList<>();
        Txn.executeRead(text, () -> {
            try (QueryExec qe = QueryExec.dataset(text).query(query).build()) {
                qe.select().forEachRemaining(b -> rows.add(b.get("s").getURI()));
            }
        });
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Set.of(B + "person/上官岚", B + "person/上官云"), new HashSet<>(rows));
    }

    @Test
    void reindexCatchesUpWithDataLoadedUnderTheIndex(@TempDir Path dir) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        // as the store is served: queries see the union of the article graphs
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text = TextIndexing.wrap(store, dir.resolve("lucene"));
        // as a bulk load does: straight into the store, bypassing the index
        Txn.executeWrite(store, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(store));
        assertTrue(textQuery(text, Vocab.LABEL.getURI(), "上官").isEmpty());
        long n = TextIndexing.reindex(text);
        assertEquals(5, n);
        assertEquals(Set.of(B + "person/上官岚"), textQuery(text, Vocab.LABEL.getURI(), "上官"));
        assertEquals(Set.of(B + "article/t1"), textQuery(text, Vocab.TEXT.getURI(), "海洋牧场"));
        // running it again gives the same index, not doubled hits
        TextIndexing.reindex(text);
        assertEquals(1, textQuery(text, Vocab.LABEL.getURI(), "上官").size());
        assertFalse(textQuery(text, Vocab.HEADLINE.getURI(), "海洋").isEmpty());
    }
}
