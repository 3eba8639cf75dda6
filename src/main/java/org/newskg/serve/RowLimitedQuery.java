package org.newskg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/** The dataset's SPARQL query processor, with every query capped at a number of solutions. */
final class RowLimitedQuery extends SPARQL_QueryDataset {

    private final long rowLimit;

    RowLimitedQuery(long rowLimit) {
        this.rowLimit = rowLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // the parsed query is what gets executed: a missing or larger LIMIT becomes the cap
        if (!query.hasLimit() || query.getLimit() > rowLimit) {
            query.setLimit(rowLimit);
        }
    }
}
