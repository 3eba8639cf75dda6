package org.newskg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * SPARQL results (the JSON format) as an HTML table for a person: one column per variable, IRIs
 * linked to their pages on this server (or to the web, for http(s) ones), literals as text with
 * their language. Every value is escaped.
 */
final class ResultsTable {
    /** The most rows the page shows; the downloads have them all. */
    static final int MAX_ROWS = 1000;

    private final LocalLinks links;

    ResultsTable(LocalLinks links) {
        this.links = links;
    }

    /** The table, or the answer of an ASK, and a line saying how many rows there are. */
    String html(JsonObject results) {
        if (results.hasKey("boolean")) {
            boolean yes = results.get("boolean").getAsBoolean().value();
            return "<p id=\"ask\" class=\"ask\">" + (yes ? "是 true" : "否 false") + "</p>";
        }
        List<String> vars = new ArrayList<>();
        JsonObject head = results.get("head").getAsObject();
        if (head.hasKey("vars")) {
            head.get("vars").getAsArray().forEach(v -> vars.add(v.getAsString().value()));
        }
        JsonArray rows = results.get("results").getAsObject().get("bindings").getAsArray();
        StringBuilder b = new StringBuilder();
        b.append("<p id=\"row-count\">").append(rows.size()).append(" 行 rows");
        if (rows.size() > MAX_ROWS) {
            b.append(", 显示前 ").append(MAX_ROWS).append(" 行 the first ").append(MAX_ROWS)
                    .append(" shown (the downloads hold them all)");
        }
        b.append("</p>\n<table id=\"results\"><thead><tr>");
        for (String v : vars) {
            b.append("<th>").append(Html.esc(v)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (int i = 0; i < rows.size() && i < MAX_ROWS; i++) {
            JsonObject row = rows.get(i).getAsObject();
            b.append("<tr>");
            for (String v : vars) {
                b.append("<td>").append(row.hasKey(v) ? term(row.get(v).getAsObject()) : "").append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>").toString();
    }

    /** One RDF term of a row. */
    private String term(JsonObject t) {
        String type = string(t, "type");
        String value = string(t, "value");
        switch (type) {
            case "uri" -> {
                return iri(value);
            }
            case "bnode" -> {
                return "<span class=\"bnode\">_:" + Html.esc(value) + "</span>";
            }
            case "literal", "typed-literal" -> {
                String lang = string(t, "xml:lang");
                if (!lang.isEmpty()) {
                    return "<span lang=\"" + Html.esc(lang) + "\">" + Html.esc(value) + "</span>";
                }
                String datatype = string(t, "datatype");
                return datatype.isEmpty() || datatype.endsWith("#string") ? Html.esc(value)
                        : "<span title=\"" + Html.esc(HtmlRenderer.compact(datatype)) + "\">" + Html.esc(value) + "</span>";
            }
            default -> {
                return Html.esc(value);
            }
        }
    }

    /** An IRI as a link: the page on this server, the web address, or text when it is neither. */
    private String iri(String iri) {
        String href = links.href(iri);
        String shown = links.isLocal(iri) && iri.startsWith(links.base()) ? iri.substring(links.base().length())
                : HtmlRenderer.compact(iri);
        if (!LocalLinks.isSafeHref(href)) {
            return Html.esc(shown);
        }
        return "<a class=\"iri\" href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shown) + "</a>";
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }
}
