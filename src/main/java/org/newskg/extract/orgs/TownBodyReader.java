package org.newskg.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.LeadScan;
import org.newskg.extract.OrgMention;
import org.newskg.extract.TokenIndex;
import org.newskg.text.Span;

/**
 * Towns and sub-district offices (某某镇, 某某乡, 某某街道) acting as bodies: the subject that acts
 * (环山街道立即派人), the town whose party committee or government follows (某某镇党委), or the items of
 * a list of units (某镇、某街道2个驻地镇和街道). Elsewhere such a name is a place, and stays one.
 */
final class TownBodyReader {

    private static final Pattern TOWN = Pattern.compile("(街道|镇|乡)");
    private static final LeadScan TOWN_SCAN = new LeadScan(TOWN);
    /** Words that end like a town but are common nouns: 城镇, 特色小镇, 重镇. */
    private static final String NOT_A_NAME_END = "城村小重集名古乡建全各本该我两镇";
    /** What a town does, as the subject of its sentence, or its own bodies. */
    private static final Pattern ACTS = Pattern.compile("(党委|党工委|政府|人民政府|纪委|人大|武装部|立即|迅速|第一时间|"
            + "把|组织|召开|举办|开展|积极|坚持|聚焦|围绕|成立|投入|统筹|持续|全力|主动|针对|按照|结合|着力|大力|探索|推行|"
            + "建立|打造|实施|牵头|邀请|联合|制定|出台|印发|派|多措并举|高度重视|创新|深入|扎实|先后|累计|共|负责同志|主要负责人)");
    /** A count of units after a list of towns: 2个驻地镇和街道, 4家单位. */
    private static final Pattern UNIT_COUNT = Pattern.compile(
            "等?[0-9一二两三四五六七八九十]+[个家](驻地)?(镇|乡|街道|镇街|乡镇|单位|部门|镇和街道)");

    /** Town bodies of a text; none overlaps a body already found unless that body is the town's own unit. */
    List<OrgMention> read(TokenIndex idx, List<OrgMention> found) {
        String text = idx.text;
        List<OrgMention> out = new ArrayList<>();
        List<Span> towns = new ArrayList<>();
        LeadScan.Run mRun = TOWN_SCAN.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            Span town = townAt(idx, m.start(), m.end());
            if (town != null) {
                towns.add(town);
            }
        }
        for (int i = 0; i < towns.size(); i++) {
            Span t = towns.get(i);
            if (!acts(text, t.end()) && !inListOfUnits(text, towns, i)) {
                continue;
            }
            boolean free = found.stream().noneMatch(o -> o.span().overlaps(t) && !(o.span().start() == t.start()
                    && o.span().contains(t) && !o.span().equals(t)));
            if (free) {
                out.add(new OrgMention(t, t.of(text), OrgKind.GOVERNMENT));
            }
        }
        return out;
    }

    /** The town's name ending at {@code end}: two or three characters before 镇/乡/街道, standing as words of their own. */
    private static Span townAt(TokenIndex idx, int suffixStart, int end) {
        String text = idx.text;
        if (end < text.length() && text.charAt(suffixStart) != '街' && "长区政级村域上里内外".indexOf(text.charAt(end)) >= 0
                && !text.startsWith("政府", end)) {
            return null; // 镇长, 镇区, 乡村: the character opens another word
        }
        if (text.startsWith("街道办", suffixStart) || !idx.isBoundary(end) && !ACTS.matcher(text.substring(end)).lookingAt()) {
            return null;
        }
        for (int n = 3; n >= 2; n--) {
            int start = suffixStart - n;
            if (start < 0 || !idx.isBoundary(start)) {
                continue;
            }
            String head = text.substring(start, suffixStart);
            if (!head.chars().allMatch(Chars::isHan) || NOT_A_NAME_END.indexOf(head.charAt(head.length() - 1)) >= 0
                    || start > 0 && Chars.isHan(text.codePointAt(start - 1)) && !leftIsFunctionWord(idx, start)) {
                continue;
            }
            return new Span(start, end);
        }
        return null;
    }

    private static boolean leftIsFunctionWord(TokenIndex idx, int start) {
        int k = idx.at(start - 1);
        if (k < 0) {
            return true;
        }
        String tag = idx.token(k).tag();
        return tag.startsWith("v") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.equals("w");
    }

    private static boolean acts(String text, int end) {
        return ACTS.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The town is one of a run of towns joined by 、和及 that a count of units closes. */
    private static boolean inListOfUnits(String text, List<Span> towns, int i) {
        int j = i;
        while (j + 1 < towns.size() && joined(text, towns.get(j).end(), towns.get(j + 1).start())) {
            j++;
        }
        return UNIT_COUNT.matcher(text).region(towns.get(j).end(), text.length()).lookingAt();
    }

    private static boolean joined(String text, int end, int nextStart) {
        if (nextStart < end) {
            return false; // two readings of one stretch of text, not two towns
        }
        String between = text.substring(end, nextStart);
        return between.equals("、") || between.equals("和") || between.equals("及") || between.equals("与");
    }
}
