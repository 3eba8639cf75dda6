package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.newskg.text.Span;

/**
 * Reads the title chain in front of a name, right to left: {@code 省委统战部副部长，省工商联党组书记、
 * 常务副主席张某} is three posts. Each segment is an optional body and a title; a segment without a
 * body takes the one before it, a head of government (常务副市长) takes that level's 政府, and a body
 * written without its level (管委会 after 区党工委) takes the level the chain began with.
 */
final class TitleChainReader {

    /** One (title, body) pair of a chain; {@code implied} marks a body the text does not spell out. */
    record Post(RoleMention role, Optional<OrgMention> org, boolean implied) {
    }

    /** A person and the posts the chain before the name gives. */
    record Chain(PersonMention person, List<Post> posts, int start) {
    }

    private static final String SEPARATORS = "、，,兼及和 　";
    private static final List<String> UNITS = List.of("党工委", "党总支", "党支部", "党委", "党组");

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;
    private final OrganizationRecognizer orgs;

    TitleChainReader(PeopleLexicon lex, OrganizationRecognizer orgs) {
        this.lex = lex;
        this.titles = new TitleVocabulary(lex);
        this.orgs = orgs;
    }

    List<Chain> read(TokenIndex idx, List<PersonMention> persons) {
        List<Chain> out = new ArrayList<>();
        for (PersonMention p : persons) {
            readBefore(idx, p).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Chain> readBefore(TokenIndex idx, PersonMention person) {
        String text = idx.text;
        List<Post> reversed = new ArrayList<>();
        int pos = person.span().start();
        int chainStart = pos;
        while (true) {
            int len = titles.postEndingAt(text, pos);
            if (len == 0) {
                break;
            }
            int tStart = pos - len;
            String title = text.substring(tStart, pos);
            int floor = segmentFloor(text, tStart);
            Optional<OrgMention> org = orgs.endingAt(idx, tStart, floor);
            Span roleSpan = new Span(tStart, pos);
            int segStart = tStart;
            if (org.isPresent()) {
                segStart = org.get().span().start();
            } else {
                int placeStart = placeOrLevelEndingAt(idx, tStart, floor);
                String unit = UNITS.stream().filter(title::startsWith).findFirst().orElse(null);
                if (placeStart >= 0 && unit != null && title.length() > unit.length()
                        && titles.isTitle(title.substring(unit.length()))) {
                    // 镇党委书记: the unit belongs to the body, the bare title is 书记
                    int unitEnd = tStart + unit.length();
                    org = Optional.of(new OrgMention(new Span(placeStart, unitEnd),
                            text.substring(placeStart, unitEnd), OrgKind.GOVERNMENT));
                    roleSpan = new Span(unitEnd, pos);
                    title = title.substring(unit.length());
                    segStart = placeStart;
                } else if (placeStart >= 0 && placeStart < tStart) {
                    String place = text.substring(placeStart, tStart);
                    if (TitleVocabulary.isHeadOfGovernment(title)) {
                        reversed.add(new Post(new RoleMention(roleSpan, title), Optional.of(
                                new OrgMention(new Span(placeStart, tStart), place + "政府", OrgKind.GOVERNMENT)), true));
                        segStart = placeStart;
                        chainStart = segStart;
                        if (!continues(text, segStart)) {
                            break;
                        }
                        pos = skipSeparator(text, segStart);
                        continue;
                    }
                    if (place.length() >= 2) {
                        org = Optional.of(new OrgMention(new Span(placeStart, tStart), place, OrgKind.GOVERNMENT));
                        segStart = placeStart;
                    }
                }
            }
            reversed.add(new Post(new RoleMention(roleSpan, title), org, false));
            chainStart = segStart;
            if (!continues(text, segStart)) {
                break;
            }
            pos = skipSeparator(text, segStart);
        }
        if (reversed.isEmpty()) {
            return Optional.empty();
        }
        Collections.reverse(reversed);
        return Optional.of(new Chain(person, carry(reversed), chainStart));
    }

    /** Whether a separator and another title stand left of {@code segStart}. */
    private boolean continues(String text, int segStart) {
        int p = segStart - 1;
        if (p < 1 || SEPARATORS.indexOf(text.charAt(p)) < 0) {
            return false;
        }
        int q = skipSeparator(text, segStart);
        return q > 0 && titles.postEndingAt(text, q) > 0;
    }

    private static int skipSeparator(String text, int segStart) {
        int p = segStart - 1;
        while (p > 0 && Chars.isSpace(text.charAt(p))) {
            p--;
        }
        if (p >= 0 && SEPARATORS.indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        while (p > 0 && Chars.isSpace(text.charAt(p))) {
            p--;
        }
        return p + 1;
    }

    private static int segmentFloor(String text, int tStart) {
        int p = tStart - 1;
        while (p >= 0 && !Chars.isBreak(text.charAt(p))) {
            p--;
        }
        return p + 1;
    }

    /** A place (聊城市, 临港区) or a bare level (市, 区) ending at {@code end}; its start, or -1. */
    private int placeOrLevelEndingAt(TokenIndex idx, int end, int floor) {
        String text = idx.text;
        for (int len = Math.min(8, end - floor); len >= 2; len--) {
            if (lex.places.contains(text.substring(end - len, end))) {
                return end - len;
            }
        }
        int k = idx.at(end - 1);
        if (k >= 0 && idx.token(k).isPlace() && idx.token(k).span().end() == end && idx.token(k).span().start() >= floor) {
            return idx.token(k).span().start();
        }
        if (end - 1 >= floor && Chars.isLevel(text.charAt(end - 1)) && (end - 1 == floor)) {
            return end - 1;
        }
        return -1;
    }

    /** Carries bodies across the chain the way a reader does. */
    private List<Post> carry(List<Post> posts) {
        List<Post> out = new ArrayList<>();
        String level = null;
        OrgMention current = null;
        for (Post p : posts) {
            String title = p.role().title();
            if (p.org().isPresent()) {
                OrgMention o = p.org().get();
                if (level == null) {
                    level = levelOf(o.name());
                } else if (o.kind() == OrgKind.GOVERNMENT && levelOf(o.name()) == null && !p.implied()) {
                    o = new OrgMention(o.span(), level + o.name(), o.kind());
                }
                out.add(new Post(p.role(), Optional.of(o), p.implied()));
                if (!p.implied()) {
                    current = o;
                }
            } else if (TitleVocabulary.isHeadOfGovernment(title)) {
                char lv = title.charAt(title.length() - 2);
                String place = current == null ? null : placeOf(current.name(), lv);
                String name = (place != null ? place : String.valueOf(lv)) + "政府";
                out.add(new Post(p.role(), Optional.of(new OrgMention(p.role().span(), name, OrgKind.GOVERNMENT)), true));
            } else {
                out.add(new Post(p.role(), Optional.ofNullable(current), current != null));
            }
        }
        return out;
    }

    /** The level or place a body's name opens with (区 of 区党工委, 聊城市 of 中共聊城市委), or null. */
    String levelOf(String name) {
        String n = name.startsWith("中共") ? name.substring(2) : name;
        for (int len = Math.min(8, n.length() - 1); len >= 2; len--) {
            if (lex.places.contains(n.substring(0, len))) {
                return n.substring(0, len);
            }
        }
        if (!n.isEmpty() && Chars.isLevel(n.charAt(0))) {
            return n.substring(0, 1);
        }
        return null;
    }

    /** The place with level {@code lv} that a body's name opens with (聊城市 in 聊城市委 for 市). */
    private String placeOf(String name, char lv) {
        String level = levelOf(name);
        if (level == null) {
            return null;
        }
        if (level.charAt(level.length() - 1) == lv) {
            return level;
        }
        String n = name.startsWith("中共") ? name.substring(2) : name;
        int at = n.indexOf(lv);
        return at > 0 && at <= 6 ? n.substring(0, at + 1) : null;
    }
}
