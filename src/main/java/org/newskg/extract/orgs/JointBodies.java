package org.newskg.extract.orgs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.OrgMention;
import org.newskg.text.Span;

/**
 * A party committee and a government named as one (市委市政府, 德州市委、市政府, 县委县政府) are two bodies:
 * the mention splits into the committee and the government, each with its own span.
 */
public final class JointBodies {

    /** X市委 then 市政府, 市人民政府 or X市政府 of the same level, with or without a 、 between. */
    private static final Pattern COMMITTEE_AND_GOVERNMENT = Pattern.compile("^(\\p{IsHan}*?([省市区县州旗]))委(、|和|与)?((?:\\1|\\2)?(?:人民)?政府)$");

    /** The centre's pair written as one (中共中央国务院, 中共中央、中央军委). */
    private static final Pattern CENTRAL_PAIR = Pattern.compile("^(中共中央|党中央)[、和]?(国务院|中央军委)$");
    /** Two things joined by 和 or 与 in one mention, the second a body of four characters or more. */
    private static final Pattern JOINED = Pattern.compile("^(\\p{IsHan}{2,}?)[和与](\\p{IsHan}{4,})$");
    /** Words before 和 that make one ministry of two fields (发展和改革委员会, 工业和信息化部), not two things. */
    private static final Pattern TWO_FIELDS = Pattern.compile("(?:" + BodyNames.TWO_FIELD_WORDS + ")$");
    /** Last characters of a body's name, which make the first of two joined things a body as well. */
    private static final String BODY_ENDINGS = "委部局厅院会办府署处";

    private JointBodies() {
    }

    /**
     * 中共中央国务院 is two bodies; 船只修理厂和俄黑海舰队 or 米歇尔和欧盟委员会 is the body after 和, and 国家发展改革委和财政部
     * two bodies; a ministry of two fields stays one.
     */
    private static List<OrgMention> joinedByAnd(OrgMention o) {
        int start = o.span().start();
        Matcher pair = CENTRAL_PAIR.matcher(o.name());
        if (pair.matches()) {
            return List.of(new OrgMention(new Span(start, start + pair.end(1)), pair.group(1), OrgKind.GOVERNMENT),
                    new OrgMention(new Span(start + pair.start(2), o.span().end()), pair.group(2), OrgKind.GOVERNMENT));
        }
        Matcher j = JOINED.matcher(o.name());
        if (!j.matches() || TWO_FIELDS.matcher(j.group(1)).find()) {
            return List.of(o);
        }
        OrgMention second = new OrgMention(new Span(start + j.start(2), o.span().end()), j.group(2), OrgKind.GOVERNMENT);
        if (BODY_ENDINGS.indexOf(j.group(1).charAt(j.group(1).length() - 1)) < 0) {
            return List.of(second);
        }
        return List.of(new OrgMention(new Span(start, start + j.end(1)), j.group(1), OrgKind.GOVERNMENT), second);
    }

    public static List<OrgMention> split(OrgMention o) {
        if (o.kind() != OrgKind.GOVERNMENT || o.name().length() != o.span().length()) {
            return List.of(o);
        }
        Matcher m = COMMITTEE_AND_GOVERNMENT.matcher(o.name());
        if (!m.matches()) {
            return joinedByAnd(o);
        }
        int start = o.span().start();
        String committee = m.group(1) + "委";
        String government = m.group(4);
        // a government written without its place (市政府) carries the committee's (德州市委市政府 → 德州市政府)
        String governmentName = government.startsWith(m.group(1)) ? government : m.group(1) + government.substring(1);
        Span committeeSpan = new Span(start, start + committee.length());
        Span governmentSpan = new Span(o.span().end() - government.length(), o.span().end());
        return List.of(new OrgMention(committeeSpan, committee, OrgKind.GOVERNMENT),
                new OrgMention(governmentSpan, governmentName, OrgKind.GOVERNMENT));
    }
}
