package org.newskg.extract.people;

import java.util.ArrayList;
import java.util.List;
import org.newskg.text.Span;

/** Turns title chains into posts: one membership per (title, body) pair, with its sentence as evidence. */
public final class MembershipRelater {

    private static final String SENTENCE_END = "。！？!?\n；;";

    public List<Membership> relate(String text, List<TitleChainReader.Chain> chains) {
        List<Membership> out = new ArrayList<>();
        for (TitleChainReader.Chain c : chains) {
            Span evidence = sentence(text, c.start(), c.person().span().end());
            for (TitleChainReader.Post p : c.posts()) {
                out.add(new Membership(c.person(), p.role(), p.org(), evidence));
            }
        }
        return out;
    }

    /** The sentence around {@code [from, to)}. */
    static Span sentence(String text, int from, int to) {
        int s = from;
        while (s > 0 && SENTENCE_END.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = to;
        while (e < text.length() && SENTENCE_END.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return new Span(s, e);
    }
}
