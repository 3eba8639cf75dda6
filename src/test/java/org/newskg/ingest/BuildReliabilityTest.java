package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.GraphStore;

/** Builds of generated pages: the same input twice, a page added, a page changed. */
class BuildReliabilityTest {

    private static final long SEED = 7;

    @TempDir
    Path dir;

    private static int build(Path store, Path... inputs) {
        return Main.run(GeneratedPages.buildArgs(store, inputs));
    }

    @Test
    void theSameInputTwiceChangesNothing() {
        Path pages = dir.resolve("pages");
        GeneratedPages.write(pages, SEED, 0, 12);
        Path store = dir.resolve("tdb2");
        assertEquals(0, build(store, pages));
        Map<String, Set<Quad>> first = StoreChecks.graphs(store);
        long count = StoreChecks.count(store);
        assertTrue(first.size() >= 12, "one graph per article at least: " + first.size());
        assertEquals(0, build(store, pages));
        assertEquals(count, StoreChecks.count(store));
        assertEquals(first, StoreChecks.graphs(store));
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(List.of(), StoreChecks.duplicateEntities(s));
            assertEquals(List.of(), StoreChecks.brokenArticles(s));
        }
    }

    @Test
    void anAddedPageAddsOnlyItsOwnGraphs() {
        Path pages = dir.resolve("pages");
        GeneratedPages.write(pages, SEED, 0, 10);
        Path store = dir.resolve("tdb2");
        assertEquals(0, build(store, pages));
        Map<String, Set<Quad>> before = StoreChecks.graphs(store);
        Path added = GeneratedPages.write(pages, SEED, 10, 11).get(0);
        assertEquals(0, build(store, pages));
        Map<String, Set<Quad>> after = StoreChecks.graphs(store);
        Map<String, Set<Quad>> changed = new HashMap<>(after);
        before.forEach((g, quads) -> {
            assertEquals(quads, after.get(g), "graph " + g + " unchanged by an added page");
            changed.remove(g);
        });
        assertFalse(changed.isEmpty(), "the added page brought its article");
        for (Set<Quad> quads : changed.values()) {
            if (quads.stream().anyMatch(q -> q.getGraph().getURI().equals(GraphStore.META_GRAPH))) {
                continue;
            }
            assertTrue(quads.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().equals(added.getFileName().toString())),
                    "a new graph comes from the added page");
        }
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(StoreChecks.mergedGraphIsUpToDate(s), "the merged graph takes in the added page");
        }
    }

    @Test
    void aChangedPageReplacesItsArticleGraphsWhole() throws Exception {
        Path pages = dir.resolve("pages");
        List<Path> files = GeneratedPages.write(pages, SEED, 0, 6);
        Path store = dir.resolve("tdb2");
        assertEquals(0, build(store, pages));
        String page3 = files.get(3).getFileName().toString();
        Set<String> oldPeople = StoreChecks.personsFrom(store, page3);
        assertFalse(oldPeople.isEmpty(), "precondition: the page's people were found");
        Set<String> elsewhere = new java.util.HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            if (i != 3) {
                elsewhere.addAll(StoreChecks.personsFrom(store, files.get(i).getFileName().toString()));
            }
        }
        Map<String, Set<Quad>> before = StoreChecks.graphs(store);

        // page 3 rewritten: another article (other people) in the same file
        String newArticle = GeneratedPages.article(SEED + 100, 3);
        Files.writeString(files.get(3), newArticle, StandardCharsets.UTF_8);
        assertEquals(0, build(store, pages));

        Set<String> newPeople = StoreChecks.personsFrom(store, page3);
        assertFalse(newPeople.isEmpty(), "the new article's people are there");
        for (String old : oldPeople) {
            if (!newArticle.contains(old) && !elsewhere.contains(old)) {
                assertFalse(StoreChecks.hasPerson(store, old), old + " of the old article is gone");
            }
        }
        Map<String, Set<Quad>> after = StoreChecks.graphs(store);
        before.forEach((g, quads) -> {
            boolean fromPage3 = quads.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().equals(page3));
            if (!fromPage3 && !g.equals(GraphStore.META_GRAPH)) {
                assertEquals(quads, after.get(g), "graph " + g + " of another page unchanged");
            }
        });
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(List.of(), StoreChecks.brokenArticles(s));
            assertTrue(StoreChecks.mergedGraphIsUpToDate(s), "the merged graph follows the replacement");
        }
    }
}
