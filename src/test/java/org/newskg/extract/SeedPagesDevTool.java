package org.newskg.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;
import org.newskg.text.Article;
import org.newskg.text.Span;

/**
 * Development aid, not a test: runs the extractor over pages (crudely cut into articles at their bylines,
 * with HanLP's nr/ns/nt words standing in for the entity recognisers) and writes the projects and events
 * as N-Quads for kgscore.py. Run with -Dnewskg.devPages=DIR -Dnewskg.devOut=FILE.
 */
@EnabledIfSystemProperty(named = "newskg.devPages", matches = ".+")
class SeedPagesDevTool {

    private static final Pattern BYLINE = Pattern.compile("本报[一-龥]{0,3}讯|□");
    private static final String NKG = "https://w3id.org/newskg/ontology#";
    private static final String BASE = "https://w3id.org/newskg/";

    @Test
    void writeProjectsAndEvents() throws IOException {
        Path dir = Path.of(System.getProperty("newskg.devPages"));
        Path out = Path.of(System.getProperty("newskg.devOut", "target/dev-pages.nq"));
        ProjectsAndEventsExtractor extractor = new ProjectsAndEventsExtractor();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
             var files = Files.list(dir)) {
            w.println("<" + NKG + "chair> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <" + NKG + "participant> .");
            for (String p : List.of("speaker", "leader", "attendee", "involvedOrganization")) {
                w.println("<" + NKG + p + "> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <" + NKG + "participant> .");
            }
            for (String c : List.of("Meeting", "Inspection", "Signing", "Award", "Ceremony")) {
                w.println("<" + NKG + c + "> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <" + NKG + "Event> .");
            }
            for (Path f : files.sorted().toList()) {
                String page = join(Files.readString(f));
                int yearHint = yearHint(page);
                List<Integer> cuts = cuts(page);
                for (int i = 0; i < cuts.size(); i++) {
                    String text = page.substring(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : page.length());
                    String key = f.getFileName().toString().substring(0, 3) + "-" + i;
                    Article a = new Article(key, f.getFileName().toString(), i + 1, "", List.of(), text,
                            Optional.empty(), Optional.of(yearHint), Optional.empty(), Optional.empty());
                    List<Token> tokens = HanlpSegmenter.instance().segment(text);
                    var reading = extractor.read(new ArticleText(a, tokens), entities(tokens));
                    emit(w, key, reading);
                }
            }
        }
    }

    private static void emit(PrintWriter w, String key, ProjectsAndEventsExtractor.Reading r) {
        int n = 0;
        for (ProjectFact p : r.projects()) {
            String s = "<" + BASE + "project/" + key + "-" + (n++) + ">";
            w.println(s + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG + "Project> .");
            w.println(s + " <http://www.w3.org/2000/01/rdf-schema#label> " + lit(p.project().name()) + " .");
            if (p.investment().isPresent()) {
                w.println(s + " <" + NKG + "investment> \"" + p.investment().get().yuan().toPlainString()
                        + "\"^^<http://www.w3.org/2001/XMLSchema#decimal> .");
            }
            System.out.println("PROJECT " + key + " " + p.project().name() + " inv=" + p.investmentYuan()
                    + " other=" + p.otherAmounts().stream().map(x -> x.kind() + ":" + x.money().yuan().toPlainString()).toList());
        }
        n = 0;
        for (EventFact e : r.events()) {
            String s = "<" + BASE + "event/" + key + "-" + (n++) + ">";
            w.println(s + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG + e.type().className() + "> .");
            w.println(s + " <http://www.w3.org/2000/01/rdf-schema#label> " + lit(e.label()) + " .");
            e.date().ifPresent(d -> w.println(s + " <" + NKG + "date> \"" + d.date().toXsd() + "\"^^<http://www.w3.org/2001/XMLSchema#"
                    + (d.date().year().isPresent() ? "date" : "gMonthDay") + "> ."));
            for (Participation p : e.participants()) {
                String who = p.who() instanceof PersonMention pm ? pm.name() : ((OrgMention) p.who()).name();
                w.println(s + " <" + NKG + p.role().property() + "> <" + BASE + "person/" + enc(who) + "> .");
                w.println("<" + BASE + "person/" + enc(who) + "> <http://www.w3.org/2000/01/rdf-schema#label> " + lit(who) + " .");
            }
            for (OrgMention o : e.organizations()) {
                w.println(s + " <" + NKG + "involvedOrganization> <" + BASE + "org/" + enc(o.name()) + "> .");
                w.println("<" + BASE + "org/" + enc(o.name()) + "> <http://www.w3.org/2000/01/rdf-schema#label> " + lit(o.name()) + " .");
            }
            System.out.println("EVENT " + key + " " + e.type() + " " + e.date().map(d -> d.date().toXsd()).orElse("-")
                    + " " + e.label() + " " + e.participants().stream().map(p -> ((p.who() instanceof PersonMention pm) ? pm.name() : "?") + ":" + p.role()).toList()
                    + " orgs=" + e.organizations().stream().map(OrgMention::name).toList());
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@zh";
    }

    /** HanLP's own words for persons, places and organisations, standing in for the real recognisers. */
    static List<Mention> entities(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isPerson() && t.word().length() >= 2) {
                out.add(new PersonMention(t.span(), t.word()));
            } else if (t.isPlace()) {
                out.add(new PlaceMention(t.span(), t.word()));
            } else if (t.isOrganization()) {
                out.add(new OrgMention(t.span(), t.word(), OrgKind.OTHER));
            }
        }
        return out;
    }

    /** PDF lines joined inside paragraphs; an empty line stays a paragraph break. */
    static String join(String raw) {
        String t = raw.replace("\r", "").replace('\u3000', ' ');
        t = t.replaceAll("\n[ \t]*\n+", "\u0000");
        t = t.replace("\n", "");
        return t.replace('\u0000', '\n');
    }

    static List<Integer> cuts(String page) {
        List<Integer> cuts = new ArrayList<>(List.of(0));
        Matcher m = BYLINE.matcher(page);
        while (m.find()) {
            int last = cuts.get(cuts.size() - 1);
            if (m.start() - last > 80) {
                cuts.add(m.start());
            }
        }
        return cuts;
    }

    static int yearHint(String page) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("(?<![—\\-－0-9])(20[0-9]{2})\\s*年(?!底|末)").matcher(page);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(2024);
    }
}
