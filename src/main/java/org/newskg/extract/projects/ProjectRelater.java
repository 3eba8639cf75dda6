package org.newskg.extract.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.EventResources;
import org.newskg.extract.Mention;
import org.newskg.extract.MoneyMention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.ProjectMention;
import org.newskg.extract.Sentences;
import org.newskg.extract.projects.ProjectFact.Amount;
import org.newskg.extract.projects.ProjectFact.AmountKind;
import org.newskg.text.Span;

/**
 * What an article says of each project: its place and bodies (mentions in its sentence), its own
 * investment (an amount after 投资/总投资/计划投资 in the project's sentence, or in the next sentence when
 * that one points back with 这个/该项目), and other amounts with what they measure (销售收入, 产值, 利税,
 * 完成投资). A sentence naming several projects with one amount gives a total, not an investment.
 */
public final class ProjectRelater {

    private static final String BACK_REFERENCE = "^(?:这个|该项目|项目|其|这一项目|此项目|该)";
    // patterns compiled once: String.matches and replaceAll compile theirs on every call
    private static final java.util.regex.Pattern BACK_REFERENCE_OPENING = java.util.regex.Pattern.compile(BACK_REFERENCE + ".*");
    private static final java.util.regex.Pattern HOLDS_TOTAL = java.util.regex.Pattern.compile(".*(?:合计|共计|累计|总计).*");
    private static final java.util.regex.Pattern TRAILING_VERBS = java.util.regex.Pattern.compile(
            "(?:约为|约|达到|达|近|超过|逾|了|可|将|实现|年可实现|为|共计|累计)+$");
    private static final java.util.regex.Pattern TRAILING_SPACE = java.util.regex.Pattern.compile("\\s+$");
    private final Map<String, String> kinds;   // cue -> kind, longest first
    private final int longestCue;

    public ProjectRelater() {
        Map<String, String> raw = EventResources.pairs("amount-kinds.tsv");
        List<String> keys = new ArrayList<>(raw.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        kinds = new LinkedHashMap<>();
        for (String k : keys) {
            kinds.put(k, raw.get(k));
        }
        longestCue = keys.isEmpty() ? 0 : keys.get(0).length();
    }

    public List<ProjectFact> relate(String text, List<ProjectMention> projects, List<MoneyMention> money,
                                    List<Mention> entities) {
        List<Span> sentences = Sentences.of(text);
        Map<String, Builder> byName = new LinkedHashMap<>();
        for (ProjectMention p : projects) {
            Span sentence = sentenceOf(sentences, p.span());
            Builder b = byName.computeIfAbsent(p.name(), n -> new Builder(p, sentence));
            if (b.place.isEmpty()) {
                b.place = nearestPlace(entities, sentence, p.span());
            }
            for (Mention m : entities) {
                if (m instanceof OrgMention o && sentence.contains(o.span()) && !b.orgs.contains(o)
                        && b.orgs.stream().noneMatch(x -> x.name().equals(o.name()))) {
                    b.orgs.add(o);
                }
            }
        }
        for (MoneyMention m : money) {
            Span sentence = sentenceOf(sentences, m.span());
            if (sentence == null) {
                continue;
            }
            List<ProjectMention> here = projects.stream().filter(p -> sentence.contains(p.span())).toList();
            long distinct = here.stream().map(ProjectMention::name).distinct().count();
            ProjectMention owner = null;
            if (distinct == 1) {
                owner = here.get(0);
            } else if (distinct > 1) {
                owner = nearestInClause(text, here, m.span());
            } else {
                String s = text.substring(sentence.start(), sentence.end());
                int idx = sentences.indexOf(sentence);
                if (BACK_REFERENCE_OPENING.matcher(s).matches() && idx > 0) {
                    Span prev = sentences.get(idx - 1);
                    List<ProjectMention> before = projects.stream().filter(p -> prev.contains(p.span())).toList();
                    if (!before.isEmpty()) {
                        owner = before.get(before.size() - 1);
                    }
                }
            }
            if (owner == null) {
                continue;
            }
            Builder b = byName.get(owner.name());
            if (batch(text, owner.span(), m.span())) {
                continue;  // A、B等项目总投资50亿元: a total of several, nobody's own
            }
            String kind = kindBefore(text, m.span().start(), sentence.start());
            if (kind == null && distinct <= 1 && m.span().end() < text.length()
                    && text.charAt(m.span().end()) == '的' && nextIsProject(projects, text, m.span().end() + 1)) {
                kind = null;  // 3.6亿元的X项目 with no cue: an amount of unknown kind
            }
            if (kind == null) {
                b.others.add(new Amount(AmountKind.OTHER, m));
            } else if (kind.equals("INVESTMENT") && distinct <= 1 || kind.equals("INVESTMENT") && nearestInClause(text, here, m.span()) == owner) {
                if (b.investment.isEmpty()) {
                    b.investment = Optional.of(m);
                } else {
                    b.others.add(new Amount(AmountKind.OTHER, m));
                }
            } else if (kind.equals("INVESTMENT")) {
                b.others.add(new Amount(AmountKind.OTHER, m));
            } else {
                b.others.add(new Amount(AmountKind.valueOf(kind), m));
            }
        }
        List<ProjectFact> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            out.add(new ProjectFact(b.first, b.investment, b.place, b.orgs, b.others,
                    b.sentence == null ? b.first.span() : b.sentence));
        }
        return out;
    }

    private static boolean batch(String text, Span project, Span amount) {
        int from = Math.min(project.end(), amount.end());
        int to = Math.max(project.start(), amount.start());
        String between = from < to ? text.substring(from, to) : "";
        return between.startsWith("等") || HOLDS_TOTAL.matcher(between).matches();
    }

    private static boolean nextIsProject(List<ProjectMention> projects, String text, int pos) {
        return projects.stream().anyMatch(p -> p.span().start() >= pos && p.span().start() - pos < 20);
    }

    /** The kind named by the words just before an amount (within its clause), or null. */
    private String kindBefore(String text, int start, int sentenceStart) {
        int from = Math.max(sentenceStart, start - longestCue - 4);
        String left = text.substring(from, start);
        int cut = Math.max(left.lastIndexOf('，'), Math.max(left.lastIndexOf(','), left.lastIndexOf('；')));
        left = TRAILING_VERBS.matcher(left.substring(cut + 1)).replaceAll("");
        left = TRAILING_SPACE.matcher(left).replaceAll("");
        for (Map.Entry<String, String> e : kinds.entrySet()) {
            if (left.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Of several projects in a sentence, the one in the amount's clause nearest to it. */
    private static ProjectMention nearestInClause(String text, List<ProjectMention> here, Span amount) {
        ProjectMention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (ProjectMention p : here) {
            int from = Math.min(p.span().end(), amount.end());
            int to = Math.max(p.span().start(), amount.start());
            String between = from < to ? text.substring(from, to) : "";
            if (between.contains("，") || between.contains("、") || between.contains("；") || between.contains(",")) {
                continue;
            }
            int gap = to - from;
            if (gap < bestGap) {
                bestGap = gap;
                best = p;
            }
        }
        return best;
    }

    private static Optional<PlaceMention> nearestPlace(List<Mention> entities, Span sentence, Span project) {
        PlaceMention best = null;
        for (Mention m : entities) {
            if (m instanceof PlaceMention pl && sentence != null && sentence.contains(pl.span())) {
                if (pl.span().overlaps(project) && !project.contains(pl.span())) {
                    continue;
                }
                if (best == null || Math.abs(pl.span().start() - project.start()) < Math.abs(best.span().start() - project.start())) {
                    best = pl;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Span sentenceOf(List<Span> sentences, Span s) {
        for (Span sentence : sentences) {
            if (sentence.start() <= s.start() && s.start() < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    private static final class Builder {
        final ProjectMention first;
        final Span sentence;
        Optional<MoneyMention> investment = Optional.empty();
        Optional<PlaceMention> place = Optional.empty();
        final List<OrgMention> orgs = new ArrayList<>();
        final List<Amount> others = new ArrayList<>();

        Builder(ProjectMention first, Span sentence) {
            this.first = first;
            this.sentence = sentence;
        }
    }
}
