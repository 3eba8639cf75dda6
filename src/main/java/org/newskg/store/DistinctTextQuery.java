package org.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * {@code text:query} with one row per match instead of one per indexed statement. The index holds
 * a name once for every article graph stating it, so jena-text's own property function answers
 * {@code ?s text:query (rdfs:label "宫本")} with a person once per article; this one keeps the
 * first (best scored) row of each subject, and of each value of the other outputs asked for
 * ({@code (?s ?score ?literal ?graph ?property)}), the score aside.
 */
public final class DistinctTextQuery extends TextQueryPF {
    /** The position of the score among the subject list's variables, which does not tell rows apart. */
    private static final int SCORE = 1;

    /** Puts this function in place of jena-text's for {@code text:query}, for every query of the JVM. */
    static void register() {
        TextQuery.init();
        PropertyFunctionRegistry.get().put(TextQuery.NS + "query", DistinctTextQuery.class);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject,
                              ExecutionContext execCxt) {
        List<Var> distinguishing = distinguishingVars(argSubject);
        List<Binding> kept = new ArrayList<>();
        Set<List<Node>> seen = new HashSet<>();
        QueryIterator rows = super.exec(binding, argSubject, predicate, argObject, execCxt);
        try {
            while (rows.hasNext()) {
                Binding row = rows.next();
                List<Node> key = new ArrayList<>(distinguishing.size());
                for (Var v : distinguishing) {
                    key.add(row.get(v));
                }
                if (seen.add(key)) {
                    kept.add(row);
                }
            }
        } finally {
            rows.close();
        }
        return QueryIterPlainWrapper.create(kept.iterator(), execCxt);
    }

    private static List<Var> distinguishingVars(PropFuncArg argSubject) {
        List<Var> vars = new ArrayList<>();
        List<Node> nodes = argSubject.isNode() ? List.of(argSubject.getArg()) : argSubject.getArgList();
        for (int i = 0; i < nodes.size(); i++) {
            if (i != SCORE && Var.isVar(nodes.get(i))) {
                vars.add(Var.alloc(nodes.get(i)));
            }
        }
        return vars;
    }
}
