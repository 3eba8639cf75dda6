package org.newskg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Rewrites numeric literals to their canonical lexical form before they enter TDB2.
 *
 * <p>Why: TDB2 stores small decimals and integers inline, by value, and gives them back in
 * canonical form ({@code "630000000"^^xsd:decimal} comes back as {@code "630000000.0"}). Deleting
 * by the node it gave back then misses the stored value, so a graph holding such a literal could
 * not be dropped as a whole. Storing the canonical form makes find and delete agree.
 */
final class CanonicalLiterals {

    private CanonicalLiterals() {
    }

    static Node canonical(Node node) {
        if (!node.isLiteral() || node.getLiteralLanguage() != null && !node.getLiteralLanguage().isEmpty()) {
            return node;
        }
        String datatype = node.getLiteralDatatypeURI();
        if (!XSDDatatype.XSDdecimal.getURI().equals(datatype) && !XSDDatatype.XSDinteger.getURI().equals(datatype)) {
            return node;
        }
        if (!node.getLiteralDatatype().isValid(node.getLiteralLexicalForm())) {
            return node;   // ill-formed literals are kept as written (TDB2 does not inline them)
        }
        NodeValue value = NodeValue.makeNode(node);
        Node canonical = value.isInteger() && XSDDatatype.XSDinteger.getURI().equals(datatype)
                ? NodeValue.makeInteger(value.getInteger()).asNode()
                : NodeValue.makeDecimal(value.getDecimal()).asNode();
        return canonical.equals(node) ? node : canonical;
    }
}
