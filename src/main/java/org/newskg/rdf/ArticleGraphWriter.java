package org.newskg.rdf;

import static org.newskg.rdf.Vocab.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.dates.PartialDate;
import org.newskg.extract.events.EventFact;
import org.newskg.extract.events.Participation;
import org.newskg.extract.people.Membership;
import org.newskg.extract.projects.ProjectFact;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Iris;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.text.Article;
import org.newskg.text.Span;

/**
 * Writes one resolved article as the statements of its own named graph: the article, every
 * entity it mentions, its posts, projects and events, each fact with its evidence sentence.
 */
public final class ArticleGraphWriter {

    private final Iris iris;

    public ArticleGraphWriter(Iris iris) {
        this.iris = iris;
    }

    /** The graph's name: the article's IRI. */
    public Node graphName(ResolvedArticle article) {
        return uri(article.articleIri());
    }

    public Graph write(ResolvedArticle resolved) {
        Graph g = GraphFactory.createDefaultGraph();
        ArticleFacts facts = resolved.facts();
        Article article = facts.article();
        Node a = uri(resolved.articleIri());
        add(g, a, TYPE, ARTICLE);
        if (!article.headline().isBlank()) {
            add(g, a, HEADLINE, zh(article.headline()));
        }
        article.published().ifPresent(d -> add(g, a, DATE_PUBLISHED, typed(d.toString(), XSDDatatype.XSDdate)));
        add(g, a, TEXT, zh(article.text()));
        add(g, a, SOURCE_FILE, NodeFactory.createLiteralString(article.sourceFile()));
        article.url().filter(u -> u.matches("https?://\\S+")).ifPresent(u -> add(g, a, URL, uri(u)));
        for (Entity author : resolved.authors()) {
            add(g, a, AUTHOR, uri(author.iri()));
        }
        for (Entity e : resolved.entities().values()) {
            Node s = uri(e.iri());
            add(g, s, TYPE, nkg(e.className()));
            add(g, s, LABEL, zh(e.label()));
            e.altLabels().forEach(alt -> add(g, s, ALT_LABEL, zh(alt)));
            add(g, s, MENTIONED_IN, a);
        }
        for (Membership m : facts.memberships()) {
            writeMembership(g, resolved, m, a);
        }
        for (ProjectFact p : facts.projects()) {
            writeProject(g, resolved, p, a);
        }
        List<EventFact> events = facts.events();
        for (int i = 0; i < events.size(); i++) {
            writeEvent(g, resolved, events.get(i), i + 1, a);
        }
        return g;
    }

    private void writeMembership(Graph g, ResolvedArticle r, Membership m, Node article) {
        Optional<Entity> person = r.entityOf(m.person());
        Optional<Entity> org = m.organization().flatMap(r::entityOf);
        if (person.isEmpty() || org.isEmpty()) {
            return; // a title without its body is no post the graph can state
        }
        String title = m.role().title();
        Node role = uri(iris.entity("role", title));
        add(g, role, TYPE, ROLE);
        add(g, role, LABEL, zh(title));
        Node ms = uri(iris.hashed("membership", person.get().iri(), title, org.get().iri()));
        add(g, ms, TYPE, MEMBERSHIP);
        // a name of its own, so that a post reads as one in lists, searches and graph views
        add(g, ms, LABEL, zh(person.get().label() + "：" + org.get().label() + title));
        add(g, ms, MEMBER, uri(person.get().iri()));
        add(g, ms, ORGANIZATION_PROP, uri(org.get().iri()));
        add(g, ms, ROLE_PROP, role);
        add(g, ms, MENTIONED_IN, article);
        evidence(g, ms, r, m.evidence());
    }

    private void writeProject(Graph g, ResolvedArticle r, ProjectFact p, Node article) {
        Optional<Entity> project = r.entityOf(p.project());
        if (project.isEmpty()) {
            return;
        }
        Node s = uri(project.get().iri());
        p.investment().ifPresent(m -> add(g, s, INVESTMENT, decimal(m.yuan())));
        p.place().flatMap(r::entityOf).ifPresent(place -> add(g, s, LOCATION, uri(place.iri())));
        p.organizations().forEach(o -> r.entityOf(o).ifPresent(e -> add(g, s, INVOLVED_ORGANIZATION, uri(e.iri()))));
        for (ProjectFact.Amount amount : p.otherAmounts()) {
            add(g, s, nkg(amountProperty(amount.kind())), decimal(amount.money().yuan()));
        }
        evidence(g, s, r, p.evidence());
    }

    private void writeEvent(Graph g, ResolvedArticle r, EventFact e, int ordinal, Node article) {
        Node s = uri(iris.entity("event", r.facts().article().key() + "-" + ordinal));
        add(g, s, TYPE, nkg(e.type().className()));
        add(g, s, LABEL, zh(e.label()));
        add(g, s, MENTIONED_IN, article);
        e.date().ifPresent(d -> {
            add(g, s, DATE, dateLiteral(d.date()));
            d.until().ifPresent(u -> add(g, s, nkg("endDate"), dateLiteral(u)));
        });
        e.place().flatMap(r::entityOf).ifPresent(place -> add(g, s, PLACE_PROP, uri(place.iri())));
        for (Participation p : e.participants()) {
            r.entityOf(p.who()).ifPresent(who -> add(g, s, nkg(p.role().property()), uri(who.iri())));
        }
        e.organizations().forEach(o -> r.entityOf(o).ifPresent(org -> add(g, s, INVOLVED_ORGANIZATION, uri(org.iri()))));
        evidence(g, s, r, e.evidence());
    }

    private static void evidence(Graph g, Node s, ResolvedArticle r, Span span) {
        String text = r.facts().article().text();
        if (span.end() > text.length()) {
            return;
        }
        add(g, s, EVIDENCE, zh(span.of(text)));
        add(g, s, EVIDENCE_START, typed(Integer.toString(span.start()), XSDDatatype.XSDinteger));
        add(g, s, EVIDENCE_END, typed(Integer.toString(span.end()), XSDDatatype.XSDinteger));
    }

    private static String amountProperty(ProjectFact.AmountKind kind) {
        return switch (kind) {
            case REVENUE -> "revenue";
            case OUTPUT -> "outputValue";
            case TAX -> "taxRevenue";
            case COMPLETED_INVESTMENT -> "completedInvestment";
            case OTHER -> "otherAmount";
        };
    }

    private static Node dateLiteral(PartialDate d) {
        return typed(d.toXsd(), d.year().isPresent() ? XSDDatatype.XSDdate : XSDDatatype.XSDgMonthDay);
    }

    private static Node decimal(BigDecimal v) {
        return typed(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
