package org.newskg.serve;

import java.util.List;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

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
        DatasetGraph base = dsg;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper w) {
            base = w.getWrapped();
        }
        if (!TDBInternal.isTDB2(base)) {
            return new Object();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        TransactionCoordinator txns = tdb.getTxnSystem().getTxnMgr();
        if (txns.countActiveWriter() > 0) {
            return new Object();
        }
        return List.of(System.identityHashCode(tdb), txns.countBeginWrite());
    }
}
