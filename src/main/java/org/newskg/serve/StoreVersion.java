package org.newskg.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.newskg.store.GraphStore;

/**
 * Which state of the store a reader sees: the database generation (a compaction starts a new one)
 * and how many write transactions it has begun. Figures computed for one key hold until the key
 * changes. While a write is under way, and for a store that is not TDB2, every call gives a new
 * key, so nothing is kept.
 */
final class StoreVersion {

    private StoreVersion() {
    }

    /** Read it before opening the read transaction the figures are computed in: a write committed in
     * between then only makes the next request compute them again. */
    static Object of(DatasetGraph dsg) {
        Optional<DatasetGraphTDB> found = GraphStore.tdb2Under(dsg);
        if (found.isEmpty()) {
            return new Object();
        }
        DatasetGraphTDB tdb = found.get();
        TransactionCoordinator txns = tdb.getTxnSystem().getTxnMgr();
        if (txns.countActiveWriter() > 0) {
            return new Object();
        }
        return List.of(System.identityHashCode(tdb), txns.countBeginWrite());
    }
}
