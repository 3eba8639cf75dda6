package org.newskg.extract.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.PersonMention;
import org.newskg.extract.RoleMention;
import org.newskg.extract.TokenIndex;
import org.newskg.extract.orgs.BodyNames;
import org.newskg.extract.orgs.JointBodies;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.extract.orgs.OrganizationRecognizer;
import org.newskg.text.Span;

/**
 * Reads the title chain in front of a name, right to left: {@code 省委统战部副部长，省工商联党组书记、
 * 常务副主席张某} is three posts. Each segment is an optional body and a title; a segment without a
 * body takes the one before it, a head of government (常务副市长) takes that level's 政府, and a body
 * written without its level (管委会 after 区党工委) takes the level the chain began with.
 */
public final class TitleChainReader {

    /** One (title, body) pair of a chain; {@code implied} marks a body the text does not spell out. */
    public record Post(RoleMention role, Optional<OrgMention> org, boolean implied) {
    }

    /** A person and the posts the chain before the name gives. */
    public record Chain(PersonMention person, List<Post> posts, int start) {
    }

    private static final String SEPARATORS = "、，,兼及和 　";
    private static final List<String> UNITS = List.of("党工委", "党总支", "党支部", "党委", "党组");
    /** A name of an area rather than of a body (开发区, 高新区, 镇, 街道): a party unit after it is its committee. */
    private static final Pattern AREA = Pattern.compile("(区|县|镇|乡|街道|园区|新城)$");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(中共)?.{0,6}(省委|市委|区委|县委|州委)");

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;
    private final OrganizationRecognizer orgs;

    public TitleChainReader(PeopleLexicon lex, OrganizationRecognizer orgs) {
        this.lex = lex;
        this.titles = new TitleVocabulary(lex);
        this.orgs = orgs;
    }

    /** Party departments named after their committee (市委常委、宣传部部长: 宣传部 of the 市委). */
    private static final List<String> PARTY_DEPARTMENTS = List.of("宣传部", "组织部", "统战部", "政法委", "编办",
            "政研室", "直属机关工委", "市直机关工委", "巡察办", "网信办", "台办", "外办", "办公室", "党校");
    /** Words between a body and its title that carry no meaning for the post (相关负责人). */
    private static final List<String> FILLERS = List.of("相关", "有关", "主要");
    /** A bare reference to the company the text is about (公司总经理某某). */
    private static final List<String> BARE_COMPANY = List.of("该公司", "该企业", "公司", "企业", "集团");


    public List<Chain> read(TokenIndex idx, List<PersonMention> persons, List<OrgMention> mentions) {
        List<Chain> out = new ArrayList<>();
        for (PersonMention p : persons) {
            readBefore(idx, p, p.span().start(), mentions).ifPresent(out::add);
            appointedTo(idx, p, mentions).ifPresent(out::add);
        }
        return out;
    }

    /** 韩俊同志任安徽省委委员、常委、书记: what the person is appointed to, up to the end of the clause. */
    private static final Pattern APPOINTED =
            Pattern.compile("^(?:同志)?(?:任|担任|兼任|出任)(?!务|期|命|职|何)");
    private static final String CLAUSE_END = "，,；;。！？\n（(";

    private Optional<Chain> appointedTo(TokenIndex idx, PersonMention person, List<OrgMention> mentions) {
        String text = idx.text;
        int after = person.span().end();
        var m = APPOINTED.matcher(text).region(after, text.length());
        if (!m.lookingAt() || text.startsWith("不再", Math.max(0, person.span().start() - 2))) {
            return Optional.empty();
        }
        int end = m.end();
        while (end < text.length() && CLAUSE_END.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        // the titles are read back from the clause's end, as before a name; the body may not reach the verb
        Optional<Chain> read = readBefore(idx, person, end, mentions);
        return read.filter(c -> c.start() >= m.end() && !c.posts().isEmpty())
                .map(c -> new Chain(person, c.posts(), c.start()));
    }

    /** A body ending at {@code end}: by the grammar, else one the text already named there (an alias). */
    private Optional<OrgMention> orgEndingAt(TokenIndex idx, int end, int floor, List<OrgMention> mentions) {
        // a body starting inside a word or with the clause before it (要求美国防部长) is no body of the post
        // of two joined (米歇尔和欧盟委员会, 德州市委市政府), the post's body is the one ending at the title
        Optional<OrgMention> g = orgs.endingAt(idx, end, floor).filter(o -> startsLikeAName(o, idx))
                .map(o -> {
                    List<OrgMention> parts = JointBodies.split(o);
                    return parts.get(parts.size() - 1);
                });
        Optional<OrgMention> m = mentions.stream().filter(o -> o.span().end() == end && o.span().start() >= floor)
                .filter(o -> startsLikeAName(o, idx))
                .max(java.util.Comparator.comparingInt(o -> o.span().length()));
        if (g.isPresent() && (m.isEmpty() || g.get().span().length() >= m.get().span().length())) {
            return g;
        }
        if (m.isPresent()) {
            return m;
        }
        String text = idx.text;
        for (String bare : BARE_COMPANY) {
            if (end - bare.length() >= floor && text.startsWith(bare, end - bare.length())
                    && (end - bare.length() == floor || !Chars.isHan(text.codePointAt(end - bare.length() - 1)))) {
                int at = end - bare.length();
                return mentions.stream().filter(o -> o.kind() == OrgKind.COMPANY && o.span().end() <= at)
                        .max(java.util.Comparator.comparingInt(o -> o.span().end()))
                        .map(o -> new OrgMention(new Span(at, end), o.name(), OrgKind.COMPANY));
            }
        }
        return Optional.empty();
    }

    private static boolean startsLikeAName(OrgMention o, TokenIndex idx) {
        return o.kind() != OrgKind.GOVERNMENT || org.newskg.extract.orgs.BodyNames.startsLikeAName(o, idx);
    }

    /** The chain of titles ending at pos (the person's start, or the end of what they are appointed to). */
    private Optional<Chain> readBefore(TokenIndex idx, PersonMention person, int at, List<OrgMention> mentions) {
        String text = idx.text;
        List<Post> reversed = new ArrayList<>();
        int pos = at;
        if (pos > 0 && text.charAt(pos - 1) == '的') {
            pos--; // 任某某局局长的某某
        }
        int chainStart = pos;
        while (true) {
            int len = titles.postEndingAt(text, pos);
            if (len == 0) {
                break;
            }
            int tStart = pos - len;
            String title = text.substring(tStart, pos);
            int floor = segmentFloor(text, tStart);
            Optional<OrgMention> org = orgEndingAt(idx, tStart, floor, mentions);
            for (String filler : FILLERS) {
                if (org.isEmpty() && text.startsWith(filler, tStart - filler.length())) {
                    org = orgEndingAt(idx, tStart - filler.length(), floor, mentions);
                }
            }
            Span roleSpan = new Span(tStart, pos);
            int segStart = tStart;
            String leadingUnit = UNITS.stream().filter(title::startsWith).findFirst().orElse(null);
            if (org.isPresent() && leadingUnit != null && AREA.matcher(org.get().name()).find()
                    && title.length() > leadingUnit.length() && titles.isTitle(title.substring(leadingUnit.length()))) {
                // 东营港经济开发区党工委副书记: a zone's or town's party unit is the body, the bare title is 副书记
                int unitEnd = tStart + leadingUnit.length();
                OrgMention area = org.get();
                org = Optional.of(new OrgMention(new Span(area.span().start(), unitEnd),
                        area.name() + leadingUnit, OrgKind.GOVERNMENT));
                roleSpan = new Span(unitEnd, pos);
                title = title.substring(leadingUnit.length());
            }
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
        // 重庆钢铁（集团）党委书记: the bracketed group is part of the company's name, no break
        if (text.startsWith("（集团）", tStart - 4) || text.startsWith("(集团)", tStart - 4)) {
            p = tStart - 5;
        }
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
                String zone = current == null || p.implied() || !BodyNames.isZoneAdministration(o.name())
                        ? null : zoneOf(current.name());
                if (zone != null) {
                    o = new OrgMention(o.span(), zone + o.name(), o.kind());
                } else if (level == null) {
                    level = levelOf(o.name());
                } else if (o.kind() == OrgKind.GOVERNMENT && levelOf(o.name()) == null && !p.implied()) {
                    String committee = current == null ? null : committeeOf(current.name());
                    String prefix = committee != null && PARTY_DEPARTMENTS.contains(o.name()) ? committee : level;
                    o = new OrgMention(o.span(), prefix + o.name(), o.kind());
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

    /** A development zone's administration, named bare after another of its bodies (…开发区党工委副书记、管委会主任). */
    private static final Pattern ZONE_OPENING = Pattern.compile(
            "^(?:中共)?(.{2,12}?(?:" + BodyNames.ZONE_ENDINGS + "))(?!.*(?:" + BodyNames.ZONE_ENDINGS + "))");

    /** The development zone a body's name opens with (东营港经济开发区 of 东营港经济开发区党工委), or null. */
    private static String zoneOf(String name) {
        Matcher m = ZONE_OPENING.matcher(name);
        return m.find() && m.end() < name.length() ? m.group(1) : null;
    }

    /** The party committee a body is (市委, 中共某某县委), or null. */
    private static String committeeOf(String name) {
        return PARTY_COMMITTEE.matcher(name).matches() ? name : null;
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
