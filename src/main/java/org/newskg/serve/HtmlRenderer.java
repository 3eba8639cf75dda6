package org.newskg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/** The readable HTML page of one resource: what it is, what it says, and the sources of each fact. */
public final class HtmlRenderer {
    private static final Set<String> PARTICIPATION = Set.of("chair", "speaker", "leader", "attendee",
            "participant", "involvedOrganization", "place", "location");
    /**
     * The most rows a table of the page shows (per property in the properties table). A body named
     * in every article would otherwise give a page of tens of megabytes; the whole description
     * stays one click away in Turtle or JSON-LD.
     */
    static final int MAX_ROWS = 100;
    /** The most sentences and articles a fact's source cell lists (a post stated in thousands). */
    static final int MAX_SOURCES = 5;

    private final GraphLookup look;
    private final LocalLinks links;

    public HtmlRenderer(GraphLookup look, LocalLinks links) {
        this.look = look;
        this.links = links;
    }

    public String entityPage(Node iri) {
        String label = look.label(iri);
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"label\">").append(Html.esc(label)).append("</h1>\n");
        b.append("<p><code>").append(Html.esc(iri.getURI())).append("</code></p>\n<p>类型 Types: ");
        for (Node t : look.types(iri)) {
            b.append(link(t)).append(' ');
        }
        b.append("</p>\n<p><a id=\"graph-link\" href=\"/graph?iri=").append(Html.esc(LocalLinks.encodeParam(iri.getURI())))
                .append("\">图谱视图 Graph view</a> · 其他格式: ");
        for (String f : List.of("ttl", "jsonld", "nt", "rdf")) {
            b.append("<a href=\"").append(Html.esc(links.href(iri.getURI()))).append("?format=").append(f).append("\">")
                    .append(f).append("</a> ");
        }
        b.append("</p>\n");
        memberships(iri, b);
        events(iri, b);
        properties(iri, b);
        incoming(iri, b);
        return Html.page(label + " – newskg", b.toString());
    }

    private void memberships(Node iri, StringBuilder b) {
        List<Quad> asMember = look.find(Node.ANY, Vocab.MEMBER, iri);
        List<Quad> asOrg = look.find(Node.ANY, Vocab.ORGANIZATION_PROP, iri);
        if (asMember.isEmpty() && asOrg.isEmpty()) {
            return;
        }
        b.append("<h2>职务 Posts</h2>\n<table id=\"memberships\"><tr><th>人物 Person</th><th>职务 Role</th><th>机构 Organisation</th><th>来源 Source</th></tr>\n");
        Set<Node> posts = new LinkedHashSet<>();
        concat(asMember, asOrg).forEach(q -> posts.add(q.getSubject()));
        for (Node m : first(posts, MAX_ROWS)) {
            b.append("<tr class=\"membership\"><td>").append(links(look.objects(m, Vocab.MEMBER)))
                    .append("</td><td class=\"role\">").append(links(look.objects(m, Vocab.ROLE_PROP)))
                    .append("</td><td class=\"org\">").append(links(look.objects(m, Vocab.ORGANIZATION_PROP)))
                    .append("</td><td>").append(sources(m)).append("</td></tr>\n");
        }
        more(b, posts.size(), 4, iri);
        b.append("</table>\n");
    }

    private void events(Node iri, StringBuilder b) {
        Map<Node, List<String>> facts = new LinkedHashMap<>();
        for (Quad q : look.in(iri)) {
            Node s = q.getSubject();
            String p = GraphLookup.localName(q.getPredicate());
            Set<Node> types = look.types(s);
            boolean factNode = types.stream().anyMatch(t -> !t.equals(Vocab.MEMBERSHIP) && !t.equals(Vocab.ARTICLE)
                    && (isEventOrProject(t)));
            if (factNode && PARTICIPATION.contains(p)) {
                List<String> roles = facts.computeIfAbsent(s, k -> new ArrayList<>());
                if (!roles.contains(p)) {
                    roles.add(p);
                }
            }
        }
        if (facts.isEmpty()) {
            return;
        }
        b.append("<h2>事件与项目 Events and projects</h2>\n<table id=\"events\"><tr><th>事件 Event</th><th>日期 Date</th><th>角色 Part</th><th>来源 Source</th></tr>\n");
        // the latest first, undated ones last: the rows a long list keeps are the recent ones
        Map<Node, String> dates = new LinkedHashMap<>();
        facts.keySet().forEach(ev -> {
            Node date = look.first(ev, Vocab.DATE);
            dates.put(ev, date == null || !date.isLiteral() ? "" : date.getLiteralLexicalForm());
        });
        List<Node> order = new ArrayList<>(facts.keySet());
        order.sort(Comparator.comparing((Node ev) -> dates.get(ev)).reversed());
        for (Node ev : first(order, MAX_ROWS)) {
            List<String> roles = facts.get(ev);
            String date = dates.get(ev);
            b.append("<tr class=\"event\"><td>").append(link(ev)).append("</td><td>")
                    .append(Html.esc(date)).append("</td><td>")
                    .append(roleNames(roles)).append("</td><td>").append(sources(ev))
                    .append("</td></tr>\n");
        }
        more(b, order.size(), 4, iri);
        b.append("</table>\n");
    }

    /** Roles by their Chinese names, each with its English name on hover: 主持人、讲话人. */
    private static String roleNames(List<String> roles) {
        StringBuilder b = new StringBuilder();
        for (String role : roles) {
            RoleNames.Name n = RoleNames.shipped().of(role);
            b.append(b.length() == 0 ? "" : "、").append("<span class=\"role-name\" title=\"").append(Html.esc(n.en()))
                    .append("\">").append(Html.esc(n.zh())).append("</span>");
        }
        return b.toString();
    }

    private boolean isEventOrProject(Node type) {
        if (!type.isURI() || !type.getURI().startsWith(Vocab.NKG)) {
            return false;
        }
        String l = type.getURI().substring(Vocab.NKG.length());
        return Set.of("Event", "Meeting", "Inspection", "Signing", "Award", "Ceremony", "Project").contains(l);
    }

    private void properties(Node iri, StringBuilder b) {
        b.append("<h2>属性 Properties</h2>\n<table id=\"properties\"><tr><th>属性</th><th>值 Value</th><th>来源 Graph</th></tr>\n");
        // one row per property and value; its source cell names the graphs that state it
        Map<Node, Map<Node, List<Node>>> byProperty = new LinkedHashMap<>();
        for (Quad q : look.out(iri)) {
            if (q.getGraph().getURI().equals(Vocab.MERGED_GRAPH) && !q.getPredicate().equals(Vocab.ARTICLE_COUNT)) {
                continue;   // the merged graph repeats what the articles say; each row keeps its article
            }
            byProperty.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q.getGraph());
        }
        for (Map.Entry<Node, Map<Node, List<Node>>> p : byProperty.entrySet()) {
            for (Map.Entry<Node, List<Node>> v : first(p.getValue().entrySet(), MAX_ROWS)) {
                b.append("<tr><td>").append(link(p.getKey())).append("</td><td>").append(value(v.getKey()))
                        .append("</td><td class=\"src\">").append(graphLinks(v.getValue())).append("</td></tr>\n");
            }
            more(b, p.getValue().size(), 3, iri);
        }
        b.append("</table>\n");
    }

    /** The first graphs stating a value, and how many more do. */
    private String graphLinks(List<Node> graphs) {
        StringBuilder b = new StringBuilder();
        for (Node g : first(graphs, MAX_SOURCES)) {
            b.append(b.length() == 0 ? "" : "<br>").append(graphLink(g));
        }
        if (graphs.size() > MAX_SOURCES) {
            b.append("<br>… ").append(graphs.size() - MAX_SOURCES).append(" more");
        }
        return b.toString();
    }

    private void incoming(Node iri, StringBuilder b) {
        List<Quad> in = look.in(iri);
        if (in.isEmpty()) {
            return;
        }
        b.append("<h2>被引用 Referenced by</h2>\n<table id=\"incoming\"><tr><th>资源</th><th>属性</th></tr>\n");
        Map<String, Quad> distinct = new LinkedHashMap<>();
        in.forEach(q -> distinct.putIfAbsent(q.getSubject() + " " + q.getPredicate(), q));
        for (Quad q : first(distinct.values(), MAX_ROWS)) {
            b.append("<tr><td>").append(link(q.getSubject())).append("</td><td>").append(link(q.getPredicate()))
                    .append("</td></tr>\n");
        }
        more(b, distinct.size(), 2, iri);
        b.append("</table>\n");
    }

    /** The row that says how many rows a table left out, and where to find them all. */
    private void more(StringBuilder b, int rows, int columns, Node iri) {
        if (rows <= MAX_ROWS) {
            return;
        }
        b.append("<tr class=\"more\"><td colspan=\"").append(columns).append("\">… 另有 ").append(rows - MAX_ROWS)
                .append(" 行 and ").append(rows - MAX_ROWS).append(" more rows: all of them in <a href=\"")
                .append(Html.esc(links.href(iri.getURI()))).append("?format=ttl\">Turtle</a> or <a href=\"")
                .append(Html.esc(links.href(iri.getURI()))).append("?format=jsonld\">JSON-LD</a></td></tr>\n");
    }

    /** The articles a fact was stated in, with its evidence sentence. */
    private String sources(Node fact) {
        StringBuilder b = new StringBuilder();
        Set<Node> sentences = look.objects(fact, Vocab.EVIDENCE);
        for (Node ev : first(sentences, MAX_SOURCES)) {
            b.append("<div class=\"ev\">“").append(Html.esc(ev.isLiteral() ? ev.getLiteralLexicalForm() : ev.toString()))
                    .append("”</div>");
        }
        Set<Node> articles = look.objects(fact, Vocab.MENTIONED_IN);
        for (Node a : first(articles, MAX_SOURCES)) {
            b.append("<div class=\"src\">").append(articleLink(a)).append("</div>");
        }
        int left = Math.max(sentences.size(), articles.size()) - MAX_SOURCES;
        if (left > 0) {
            b.append("<div class=\"more\"><a href=\"").append(Html.esc(links.href(fact.getURI()))).append("\">… ")
                    .append(left).append(" more</a></div>");
        }
        return b.toString();
    }

    private String articleLink(Node article) {
        StringBuilder b = new StringBuilder("《").append(link(article)).append("》");
        Node date = look.first(article, Vocab.DATE_PUBLISHED);
        if (date != null && date.isLiteral()) {
            b.append(' ').append(Html.esc(date.getLiteralLexicalForm()));
        }
        Node url = look.first(article, Vocab.URL);
        if (url != null && url.isURI() && LocalLinks.isSafeHref(url.getURI())) {
            b.append(" <a rel=\"nofollow\" href=\"").append(Html.esc(url.getURI())).append("\">原文</a>");
        }
        return b.toString();
    }

    private String graphLink(Node g) {
        if (g == null || Quad.isDefaultGraph(g) || !g.isURI()) {
            return "";
        }
        if (g.getURI().equals(Vocab.MERGED_GRAPH)) {
            return "合并图 merged";
        }
        return look.types(g).contains(Vocab.ARTICLE) ? articleLink(g) : link(g);
    }

    private String links(Set<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) {
            b.append(link(n)).append(' ');
        }
        return b.toString();
    }

    private String value(Node o) {
        if (o.isURI()) {
            return link(o);
        }
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String text = Html.esc(o.getLiteralLexicalForm());
            return lang.isEmpty() ? text : "<span lang=\"" + Html.esc(lang) + "\">" + text + "</span>";
        }
        return Html.esc(o.toString());
    }

    String link(Node n) {
        if (!n.isURI()) {
            return Html.esc(n.toString());
        }
        String iri = n.getURI();
        String text = links.isLocal(iri) || look.first(n, Vocab.LABEL) != null ? look.label(n) : compact(iri);
        String href = links.href(iri);
        if (!LocalLinks.isSafeHref(href)) {
            return Html.esc(text);
        }
        return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    private static final String[][] PREFIXES = {{Vocab.RDF, "rdf:"}, {Vocab.RDFS, "rdfs:"}, {Vocab.SKOS, "skos:"},
            {Vocab.ORG, "org:"}, {Vocab.SCHEMA, "schema:"}, {Vocab.NKG, "nkg:"}, {Vocab.OWL, "owl:"},
            {Vocab.XSD, "xsd:"}, {Vocab.DCTERMS, "dcterms:"}, {Vocab.PROV, "prov:"}, {Vocab.FOAF, "foaf:"}};

    /** A prefixed name for a vocabulary term, so that tables read "rdf:type" rather than the full IRI. */
    static String compact(String iri) {
        for (String[] p : PREFIXES) {
            if (iri.startsWith(p[0]) && iri.length() > p[0].length()) {
                return p[1] + iri.substring(p[0].length());
            }
        }
        return iri;
    }

    /** The first {@code n} of {@code items}, in their order: what a capped table or cell shows. */
    private static <T> List<T> first(java.util.Collection<T> items, int n) {
        return items.stream().limit(n).toList();
    }

    private static List<Quad> concat(List<Quad> a, List<Quad> b) {
        List<Quad> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    public static String notFound(String iri) {
        return Html.page("Not found – newskg", "<h1>404: 未找到 Not found</h1><p>No resource <code>" + Html.esc(iri)
                + "</code> in this dataset.</p>" + Html.searchForm(""));
    }
}
