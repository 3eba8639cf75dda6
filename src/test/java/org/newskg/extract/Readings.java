package org.newskg.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.newskg.nlp.HanlpSegmenter;

/** Test helper: one shared extractor, and readings rendered as short strings to compare against tables. */
public final class Readings {

    static final PeopleAndOrgsExtractor EXTRACTOR = new PeopleAndOrgsExtractor();

    private Readings() {
    }

    public static PeopleAndOrgsExtractor.Reading read(String text) {
        return EXTRACTOR.read(text, HanlpSegmenter.instance().segment(text));
    }

    /** "person|role|organisation name" for every membership, in order. */
    public static List<String> posts(String text) {
        return read(text).memberships().stream()
                .map(m -> m.person().name() + "|" + m.role().title() + "|" + m.organization().map(OrgMention::name).orElse("-"))
                .toList();
    }

    public static List<String> persons(String text) {
        return read(text).mentions().stream().filter(m -> m instanceof PersonMention)
                .map(m -> ((PersonMention) m).name()).collect(Collectors.toList());
    }

    /** "name:Kind" of every organisation mention whose span is not inside a longer one. */
    public static List<String> orgs(String text) {
        List<OrgMention> all = read(text).mentions().stream().filter(m -> m instanceof OrgMention).map(m -> (OrgMention) m).toList();
        return all.stream().filter(o -> all.stream().noneMatch(x -> x != o && x.span().contains(o.span()) && !x.span().equals(o.span())))
                .map(o -> o.name() + ":" + o.kind().className()).toList();
    }

    public static List<String> places(String text) {
        return read(text).mentions().stream().filter(m -> m instanceof PlaceMention).map(m -> ((PlaceMention) m).name()).toList();
    }
}
