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

    private JointBodies() {
    }

    public static List<OrgMention> split(OrgMention o) {
        if (o.kind() != OrgKind.GOVERNMENT) {
            return List.of(o);
        }
        Matcher m = COMMITTEE_AND_GOVERNMENT.matcher(o.name());
        if (!m.matches() || o.name().length() != o.span().length()) {
            return List.of(o);
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
