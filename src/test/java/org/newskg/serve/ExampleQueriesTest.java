package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.GraphStore;
import org.newskg.store.SampleData;

/** Every file of queries/ parses, answers its question on the sample data, and reacts to the edit its comment invites. */
class ExampleQueriesTest {

    @TempDir
    static Path dir;
    static GraphStore store;
    static Map<String, String> queries = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.ensureOntology();
        store.replaceSources(SampleData.batch());
        ExampleQueries.load().forEach(q -> queries.put(q.name(), q.sparql()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void atLeastEightQueriesEachStartingWithItsQuestion() {
        assertTrue(queries.size() >= 8, queries.keySet().toString());
        for (ExampleQuery q : ExampleQueries.load()) {
            assertTrue(q.sparql().startsWith("# "), q.name());
            assertTrue(q.question().endsWith("?"), q.name() + ": " + q.question());
            QueryFactory.create(q.sparql());   // parses
        }
    }

    @Test
    void everyQueryAnswersSomething() {
        queries.forEach((name, sparql) -> assertFalse(run(sparql).isEmpty(), name + " returns rows"));
    }

    @Test
    void postsInABody() {
        List<Map<String, String>> rows = run(query("01-posts-in-a-body.rq"));
        assertEquals(Set.of("云岭湾区党工委|书记|赵明远", "云岭湾区党工委|委员|孙晓棠", "云岭湾区管委会|主任|赵明远",
                "云岭湾区经济发展局|局长|孙晓棠"), keys(rows, "bodyName", "roleName", "personName"));
        assertEquals("2", rows.stream().filter(r -> r.get("roleName").equals("书记")).findFirst().orElseThrow().get("articles"));
        List<Map<String, String>> edited = run(edit("01-posts-in-a-body.rq", "党工委"));
        assertEquals(Set.of("云岭湾区党工委|书记|赵明远", "云岭湾区党工委|委员|孙晓棠"),
                keys(edited, "bodyName", "roleName", "personName"));
    }

    @Test
    void bodiesOfAPerson() {
        List<Map<String, String>> rows = run(edit("02-bodies-of-a-person.rq", "赵明远"));
        assertEquals(Set.of("赵明远|云岭湾区党工委|书记|党政机关", "赵明远|云岭湾区管委会|主任|党政机关"),
                keys(rows, "personName", "bodyName", "roleName", "bodyType"));
        assertEquals(4, run(query("02-bodies-of-a-person.rq")).size());
    }

    @Test
    void companiesAndProjects() {
        List<Map<String, String>> rows = run(query("03-companies-and-projects.rq"));
        assertEquals(Set.of("青屿海洋装备有限公司|海洋装备产业园二期项目|850000000.0", "青屿海洋装备有限公司|智能仓储中心项目|120000000.0",
                "北辰新材料集团有限公司||"), keys(rows, "companyName", "projectName", "investment"));
        Map<String, String> biggest = rows.stream().filter(r -> "海洋装备产业园二期项目".equals(r.get("projectName"))).findFirst().orElseThrow();
        assertEquals(8.5, Double.parseDouble(biggest.get("yi")), 1e-9);
        assertEquals("云岭湾区", biggest.get("placeName"));
    }

    @Test
    void eventsByMonthAndType() {
        List<Map<String, String>> rows = run(query("04-events-by-month-and-type.rq"));
        assertEquals(Set.of("2024-03|会议|1", "2024-03|调研考察|1", "2024-04|签约|1"), keys(rows, "month", "typeName", "events"));
    }

    @Test
    void peopleTogetherInEvents() {
        List<Map<String, String>> rows = run(query("05-people-together-in-events.rq"));
        Set<String> pairs = rows.stream().map(r -> Set.of(r.get("nameA"), r.get("nameB")) + "=" + r.get("events"))
                .collect(Collectors.toSet());
        assertEquals(2, rows.size());
        assertTrue(pairs.contains(Set.of("孙晓棠", "赵明远") + "=2") || pairs.contains(Set.of("赵明远", "孙晓棠") + "=2"), pairs.toString());
        assertTrue(pairs.contains(Set.of("赵明远", "韩立群") + "=1") || pairs.contains(Set.of("韩立群", "赵明远") + "=1"), pairs.toString());
        assertEquals("2", rows.get(0).get("events"), "ordered by how often");
    }

    @Test
    void sourcesOfAFactKeepEachSentenceWithItsArticle() {
        assertEquals(10, run(query("06-sources-of-a-fact.rq")).size());
        List<Map<String, String>> rows = run(edit("06-sources-of-a-fact.rq", "书记"));
        assertEquals(2, rows.size());
        for (Map<String, String> row : rows) {
            assertEquals("赵明远：云岭湾区党工委书记", row.get("fact"));
            String article = row.get("article");
            String evidence = row.get("evidence");
            if (article.endsWith("/k1")) {
                assertTrue(evidence.contains("主持召开重点项目推进会"), evidence);
                assertEquals("2024-03-13", row.get("published"));
            } else {
                assertTrue(article.endsWith("/k2"), article);
                assertTrue(evidence.contains("带队到云岭湾区调研"), evidence);
            }
        }
        List<Map<String, String>> projects = run(edit("06-sources-of-a-fact.rq", "智能仓储"));
        assertEquals(1, projects.size());
        assertEquals("韩立群到云岭湾区调研海洋装备产业", projects.get(0).get("headline"));
    }

    @Test
    void mostMentionedEntities() {
        List<Map<String, String>> rows = run(query("07-most-mentioned-entities.rq"));
        assertEquals("赵明远", rows.get(0).get("name"));
        assertEquals("3", rows.get(0).get("articles"));
        Map<String, String> company = rows.stream().filter(r -> r.get("name").equals("青屿海洋装备有限公司")).findFirst().orElseThrow();
        assertEquals("https://w3id.org/newskg/ontology#Organization", company.get("class"), "counted as an organisation through its subclass");
        assertEquals("2", company.get("articles"));
    }

    @Test
    void projectsByInvestment() {
        List<Map<String, String>> rows = run(query("08-projects-by-investment.rq"));
        assertEquals(List.of("海洋装备产业园二期项目", "智能仓储中心项目"), rows.stream().map(r -> r.get("projectName")).toList());
        assertEquals("青屿海洋装备有限公司", rows.get(0).get("organizations"));
        assertEquals(1.2, Double.parseDouble(rows.get(1).get("yi")), 1e-9);
    }

    @Test
    void personTimeline() {
        List<Map<String, String>> rows = run(edit("09-person-timeline.rq", "赵明远"));
        assertEquals(List.of("2024-04-02|出席者", "2024-03-20|出席者", "2024-03-12|主持人"),
                rows.stream().map(r -> r.get("date") + "|" + r.get("capacity")).toList(), "latest first");
        // unedited: the person in the most events, 赵明远 (three; 孙晓棠 and 韩立群 have fewer)
        assertEquals(List.of("赵明远", "赵明远", "赵明远"),
                run(query("09-person-timeline.rq")).stream().map(r -> r.get("personName")).toList());
    }

    private static String query(String name) {
        String sparql = queries.get(name);
        assertTrue(sparql != null, "no query " + name);
        return sparql;
    }

    /** The edit the query's comment invites: a word between the quotes of its CONTAINS filter. */
    private static String edit(String name, String word) {
        String sparql = query(name);
        String edited = sparql.replaceFirst("\\), \"\"\\)\\)", "), \"" + word + "\"))")
                .replaceFirst("CONTAINS\\(\\?fact, \"\"\\)", "CONTAINS(?fact, \"" + word + "\")");
        assertFalse(edited.equals(sparql), name + " has a filter to edit");
        return edited;
    }

    private static Set<String> keys(List<Map<String, String>> rows, String... vars) {
        return rows.stream().map(r -> {
            List<String> parts = new ArrayList<>();
            for (String v : vars) {
                parts.add(r.getOrDefault(v, ""));
            }
            return String.join("|", parts);
        }).collect(Collectors.toSet());
    }

    /** Runs a SELECT over the union graph; each row maps a variable to its IRI or lexical form. */
    static List<Map<String, String>> run(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
