package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

/** Store-wide figures are kept while the store is unchanged and computed again after a write. */
class StoreVersionTest {

    @TempDir
    Path dir;

    @Test
    void sameKeyUntilAWriteThroughTheTextIndexedDatasetToo() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.ensureOntology();
            Object before = StoreVersion.of(store.textDataset());
            assertEquals(before, StoreVersion.of(store.textDataset()));
            assertEquals(before, StoreVersion.of(store.datasetGraph()), "the same store whichever view is asked");
            store.replaceSources(SampleData.batch());
            assertNotEquals(before, StoreVersion.of(store.textDataset()));
        }
    }

    @Test
    void perVersionComputesOncePerKey() {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.ensureOntology();
            PerVersion<Integer> kept = new PerVersion<>();
            AtomicInteger computed = new AtomicInteger();
            kept.get(StoreVersion.of(store.datasetGraph()), computed::incrementAndGet);
            kept.get(StoreVersion.of(store.datasetGraph()), computed::incrementAndGet);
            assertEquals(1, computed.get());
            store.replaceSources(SampleData.batch());
            assertEquals(2, kept.get(StoreVersion.of(store.datasetGraph()), computed::incrementAndGet));
        }
    }
}
