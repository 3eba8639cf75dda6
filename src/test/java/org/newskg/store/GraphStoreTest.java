package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.rdf.Vocab;

class GraphStoreTest {

    private static final String BASE = "https://w3id.org/newskg/";

    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sameBatchTwiceChangesNothing() {
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        long once = store.countQuads();
        store.replaceSources(SampleData.batch());
        store.ensureOntology();
        assertEquals(once, store.countQuads());
        assertTrue(once > 400, "ontology and sample data loaded: " + once);
    }

    @Test
    void rebuildingASourceReplacesItsArticlesAsAWhole() {
        store.replaceSources(SampleData.batch());
        assertTrue(hasGraph(BASE + "article/k1"));
        assertTrue(hasGraph(BASE + "article/k2"));
        long before = store.countQuads();

        // 101_alpha.txt rebuilt: now it yields one article, k9, and k1 and k2 are gone
        Graph k9 = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI(BASE + "article/k9");
        k9.add(Triple.create(article, Vocab.TYPE, Vocab.ARTICLE));
        k9.add(Triple.create(article, Vocab.SOURCE_FILE, NodeFactory.createLiteralString("101_alpha.txt")));
        store.replaceSources(List.of(new SourceGraphs("101_alpha.txt", Map.of(article.getURI(), k9))));

        assertFalse(hasGraph(BASE + "article/k1"));
        assertFalse(hasGraph(BASE + "article/k2"));
        assertTrue(hasGraph(BASE + "article/k9"));
        assertTrue(hasGraph(BASE + "article/k3"), "the other source file's article stays");
        assertTrue(store.countQuads() < before);
        assertEquals(java.util.Set.of("101_alpha.txt", "102_beta.txt"), store.sourceFiles());
    }

    @Test
    void numbersInAnyLexicalFormAreDroppedWithTheirGraph() {
        Node article = NodeFactory.createURI(BASE + "article/n1");
        Node project = NodeFactory.createURI(BASE + "project/n1");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(article, Vocab.SOURCE_FILE, NodeFactory.createLiteralString("n.txt")));
        g.add(Triple.create(project, Vocab.INVESTMENT, NodeFactory.createLiteralDT("630000000", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(project, Vocab.nkg("revenue"), NodeFactory.createLiteralDT("1500000.00", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(project, Vocab.EVIDENCE_START, NodeFactory.createLiteralDT("012", XSDDatatype.XSDinteger)));
        store.replaceSources(List.of(new SourceGraphs("n.txt", Map.of(article.getURI(), g))));
        assertEquals(4 + 2, store.countQuads(), "the article's four statements, the project's two amounts merged");
        store.replaceSources(List.of(new SourceGraphs("n.txt", Map.of())));
        assertEquals(0, store.countQuads());
    }

    @Test
    void addingASourceKeepsTheOthers() {
        List<SourceGraphs> batch = SampleData.batch();
        store.replaceSources(List.of(batch.get(0)));
        long first = store.countQuads();
        store.replaceSources(List.of(batch.get(1)));
        assertTrue(store.countQuads() > first);
        assertTrue(hasGraph(BASE + "article/k1"));
        assertTrue(hasGraph(BASE + "article/k3"));
    }

    @Test
    void reservedGraphNamesAreRefused() {
        Graph g = GraphFactory.createDefaultGraph();
        assertThrows(IllegalArgumentException.class,
                () -> store.replaceSources(List.of(new SourceGraphs("x.txt", Map.of(GraphStore.ONTOLOGY_GRAPH, g)))));
    }

    @Test
    void ontologyIsLoadedIntoItsGraphAndReplacedNotDuplicated() {
        store.ensureOntology();
        long quads = store.countQuads();
        DatasetGraph dsg = store.datasetGraph();
        Node ontology = NodeFactory.createURI(GraphStore.ONTOLOGY_GRAPH);
        boolean companyUnderOrg = Txn.calculateRead(dsg, () -> dsg.contains(ontology, Vocab.COMPANY,
                RDFS.subClassOf.asNode(), Vocab.ORGANIZATION));
        assertTrue(companyUnderOrg);
        store.ensureOntology();
        assertEquals(quads, store.countQuads());
        assertEquals(GraphStore.ontologyGraph().size(), quads);
    }

    @Test
    void shaclPassesOnGoodData() {
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        ValidationReport report = store.validate();
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void shaclFailsOnBadData() {
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        // a person with a second Chinese label, a project whose investment is text, a membership without role
        Node article = NodeFactory.createURI(BASE + "article/bad");
        Node person = NodeFactory.createURI(BASE + "person/赵明远");
        Node project = NodeFactory.createURI(BASE + "project/智能仓储中心项目");
        Node membership = NodeFactory.createURI(BASE + "membership/bad");
        Graph bad = GraphFactory.createDefaultGraph();
        bad.add(Triple.create(article, Vocab.TYPE, Vocab.ARTICLE));
        bad.add(Triple.create(article, Vocab.SOURCE_FILE, NodeFactory.createLiteralString("bad.txt")));
        bad.add(Triple.create(person, Vocab.LABEL, NodeFactory.createLiteralLang("赵明", "zh")));
        bad.add(Triple.create(project, Vocab.INVESTMENT, NodeFactory.createLiteralString("1.2亿元")));
        bad.add(Triple.create(membership, Vocab.TYPE, Vocab.MEMBERSHIP));
        bad.add(Triple.create(membership, Vocab.MEMBER, person));
        bad.add(Triple.create(membership, Vocab.MENTIONED_IN, article));
        store.replaceSources(List.of(new SourceGraphs("bad.txt", Map.of(article.getURI(), bad))));

        ValidationReport report = store.validate();
        assertFalse(report.conforms());
        assertTrue(focusNodes(report).contains(person), "two labels on the person");
        assertTrue(focusNodes(report).contains(project), "text investment");
        assertTrue(focusNodes(report).contains(membership), "membership without organisation and role");
    }

    @Test
    void baseIriIsRemembered() {
        assertEquals(Optional.empty(), store.storeBase());
        store.storeBase("http://example.org/kg/");
        store.storeBase("https://data.example.org/newskg/");
        assertEquals(Optional.of("https://data.example.org/newskg/"), store.storeBase());
    }

    @Test
    void reopeningSeesWhatWasCommitted() {
        store.replaceSources(SampleData.batch());
        long quads = store.countQuads();
        store.close();
        store = GraphStore.open(dir.resolve("tdb2"));
        assertEquals(quads, store.countQuads());
        assertTrue(GraphStore.exists(dir.resolve("tdb2")));
        assertFalse(GraphStore.exists(dir.resolve("nothing-here")));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportParsesBackWithEveryQuad(ExportFormat format) {
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, format);
        DatasetGraph back = DatasetGraphFactory.create();
        Lang lang = switch (format) {
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
        };
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
        if (format.isDatasetFormat()) {
            assertEquals(store.countQuads(), back.stream().count());
            assertTrue(back.containsGraph(NodeFactory.createURI(GraphStore.ONTOLOGY_GRAPH)));
        } else {
            long distinctTriples = Txn.calculateRead(store.datasetGraph(),
                    () -> store.datasetGraph().getUnionGraph().size());
            assertEquals(distinctTriples, back.getDefaultGraph().size());
        }
        assertTrue(back.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("赵明远")));
    }

    @Test
    void compactKeepsTheData() {
        store.replaceSources(SampleData.batch());
        store.replaceSources(SampleData.batch());
        long quads = store.countQuads();
        store.compact();
        assertEquals(quads, store.countQuads());
    }

    private boolean hasGraph(String iri) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(NodeFactory.createURI(iri))
                && !dsg.getGraph(NodeFactory.createURI(iri)).isEmpty());
    }

    private static java.util.Set<Node> focusNodes(ValidationReport report) {
        java.util.Set<Node> nodes = new java.util.HashSet<>();
        report.getEntries().forEach(e -> nodes.add(e.focusNode()));
        return nodes;
    }
}
