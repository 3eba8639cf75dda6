package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Appointment notices write 某某同志任某省委书记, and HanLP often reads the name, 同志, the verb and the
 * body as one organisation word (韩俊同志任安徽省委/nt, 同志任海南省委/nt): then no reader sees the
 * person, and the body starts with a sentence. Such a word is split back into the person, 同志, the
 * verb and the body, with the person's word tagged as a person where it opens with a surname; a
 * surname's word HanLP took for a place right before 同志 (陈东江/ns 同志) is a person's too, and a
 * person glued before a body's word (周先旺政协/nt) is split off it.
 */
final class GluedAppointments {

    /** name? 同志 verb body: the parts of one glued word. */
    private static final Pattern GLUED = Pattern.compile("^(\\p{IsHan}{1,3})?(同志)(不再担任|不再兼任|兼任|担任|出任|任|为)(\\p{IsHan}{2,})$");

    private final Set<String> surnames;
    /** Whether HanLP, given the characters alone, reads them as one person's name. */
    private final java.util.function.Predicate<String> readAsPerson;

    GluedAppointments(Set<String> surnames) {
        this.surnames = surnames;
        this.readAsPerson = name -> {
            List<Token> alone = org.newskg.nlp.HanlpSegmenter.instance().segment(name);
            return alone.size() == 1 && alone.get(0).isPerson();
        };
    }

    /** The tokens with every glued appointment word split; the same list when there is none. */
    List<Token> split(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // the words before are looked at only for a glued word (most tokens are no such word)
            List<Token> parts = t.word().length() < 4 ? List.of()
                    : t.word().length() > 4 && t.word().contains("同志") ? parts(t, out == null ? tokens.subList(0, i) : out)
                    : personBeforeBody(t);
            Token named = parts.isEmpty() ? asPerson(t, i + 1 < tokens.size() ? tokens.get(i + 1) : null) : t;
            if (parts.isEmpty() && named == t) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (parts.isEmpty()) {
                out.add(named);
                continue;
            }
            while (!out.isEmpty() && out.get(out.size() - 1).span().start() >= parts.get(0).span().start()) {
                out.remove(out.size() - 1);   // the name's first characters were the words before
            }
            out.addAll(parts);
        }
        return out == null ? tokens : out;
    }

    /** A body's word that a person's name opens (撤销周先旺政协/nt…): the person, then the body. */
    private static final Pattern PERSON_THEN_BODY = Pattern.compile("^(\\p{IsHan}{2,3}?)(政协|人大常委会|人大|党委|党组|纪委|国务院)$");

    private List<Token> personBeforeBody(Token t) {
        if (!t.isOrganization() || t.word().length() < 4) {
            return List.of();
        }
        Matcher m = PERSON_THEN_BODY.matcher(t.word());
        if (!m.matches() || !opensWithSurname(m.group(1)) || !readAsPerson.test(m.group(1))) {
            return List.of();
        }
        int cut = t.span().start() + m.group(1).length();
        return List.of(new Token(m.group(1), "nr", new Span(t.span().start(), cut)),
                new Token(m.group(2), "nis", new Span(cut, t.span().end())));
    }

    /** A surname's word of two or three characters right before 同志 (陈东江/ns 同志) is a person's name. */
    private Token asPerson(Token t, Token next) {
        String w = t.word();
        boolean beforeComrade = next != null && next.word().startsWith("同志") && next.span().start() == t.span().end();
        if (!beforeComrade || t.isPerson() || w.length() < 2 || w.length() > 3 || !w.codePoints().allMatch(Chars::isHan)
                || !opensWithSurname(w)) {
            return t;
        }
        return new Token(w, "nr", t.span());
    }

    /**
     * The parts of a glued word; before: the words before it, whose characters may open the name
     * (周/立/新同志任…: one character before 同志 is the given name's last).
     */
    private List<Token> parts(Token t, List<Token> before) {
        Matcher m = GLUED.matcher(t.word());
        if (!m.matches()) {
            return List.of();
        }
        String name = m.group(1);
        int at = t.span().start();
        int nameStart = at;
        if (name != null && name.length() == 1) {
            StringBuilder opening = new StringBuilder();
            for (int k = before.size() - 1; k >= 0 && opening.length() + name.length() < 3; k--) {
                Token b = before.get(k);
                boolean joins = b.span().end() == nameStart && b.word().codePoints().allMatch(Chars::isHan)
                        && opening.length() + b.word().length() + name.length() <= 3;
                if (!joins) {
                    break;
                }
                opening.insert(0, b.word());
                nameStart = b.span().start();
            }
            if (opening.length() == 0) {
                return List.of();
            }
            name = opening + name;
        }
        if (name != null && !opensWithSurname(name)) {
            return List.of();
        }
        List<Token> out = new ArrayList<>(4);
        if (name != null) {
            at += m.group(1).length();
            out.add(new Token(name, "nr", new Span(nameStart, at)));
        }
        out.add(new Token("同志", "n", new Span(at, at + 2)));
        at += 2;
        String verb = m.group(3);
        out.add(new Token(verb, "v", new Span(at, at + verb.length())));
        at += verb.length();
        out.add(new Token(m.group(4), t.tag(), new Span(at, t.span().end())));
        return out;
    }

    private boolean opensWithSurname(String name) {
        return surnames.contains(name.substring(0, 1)) || name.length() >= 3 && surnames.contains(name.substring(0, 2));
    }
}
