package org.newskg.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.TokenIndex;
import org.newskg.text.Span;

/**
 * One body named for several places at once: 日照市、东港区两级科技局 is the 科技局 of each place,
 * 省市两级财政部门 likewise. Each place gets its own body; the place carries the first one's span.
 */
final class CombinedBodyReader {

    /** How many levels a combined body spans (两级, 三级, 四级): every match ends in one of them. */
    private static final List<String> LEVEL_COUNTS = List.of("两级", "三级", "四级");
    private static final Pattern PLACES_THEN_LEVELS = Pattern.compile(
            "((?:[\\p{IsHan}]{1,8}?(?:省|市|区|县)(?:、|和|与|及))+)([\\p{IsHan}]{1,8}?(?:省|市|区|县))("
                    + LEVEL_COUNTS.stream().map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining("|")) + ")级");
    private static final Pattern JOIN = Pattern.compile("(、|和|与|及)");

    private final PeopleLexicon lex;

    CombinedBodyReader(PeopleLexicon lex) {
        this.lex = lex;
    }

    /** The bodies of each combined mention, and the spans they replace. */
    List<OrgMention> read(TokenIndex idx) {
        String text = idx.text;
        List<OrgMention> out = new ArrayList<>();
        if (LEVEL_COUNTS.stream().noneMatch(text::contains)) {
            return out; // the pattern is slow to fail at each character of a text without them
        }
        Matcher m = PLACES_THEN_LEVELS.matcher(text);
        while (m.find()) {
            int bodyStart = m.end();
            int bodyEnd = bodyEnd(idx, bodyStart);
            if (bodyEnd < 0) {
                continue;
            }
            String body = text.substring(bodyStart, bodyEnd);
            List<Span> places = new ArrayList<>();
            int from = m.start(1);
            Matcher j = JOIN.matcher(text).region(m.start(1), m.end(1));
            while (j.find()) {
                places.add(new Span(from, j.start()));
                from = j.end();
            }
            places.add(new Span(m.start(2), m.end(2)));
            // the first place starts where a word starts: 会同日照市 begins at 日照市
            Span first = places.get(0);
            int start = placeStart(idx, first);
            if (start < 0) {
                continue;
            }
            places.set(0, new Span(start, first.end()));
            if (places.stream().anyMatch(p -> p.length() < 2 && !(p.length() == 1 && Chars.isLevel(text.charAt(p.start()))))) {
                continue;
            }
            for (int k = 0; k < places.size(); k++) {
                Span p = places.get(k);
                Span span = k == places.size() - 1 ? new Span(p.start(), bodyEnd) : p;
                out.add(new OrgMention(span, p.of(text) + body, OrgKind.GOVERNMENT));
            }
        }
        return out;
    }

    /** Where the body's name after 两级 ends: the longest stretch of at most ten characters ending like a body. */
    private int bodyEnd(TokenIndex idx, int from) {
        String text = idx.text;
        for (int end = Math.min(text.length(), from + 10); end > from + 1; end--) {
            if (!idx.isBoundary(end)) {
                continue;
            }
            for (int len = Math.min(lex.longestOrgEnding, end - from); len >= 1; len--) {
                PeopleLexicon.OrgEnding e = lex.orgEndings.get(text.substring(end - len, end));
                if (e != null && e.kind() == OrgKind.GOVERNMENT && text.substring(from, end).chars().allMatch(Chars::isHan)) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** The start of the first place: the longest known place or place word ending at its end. */
    private int placeStart(TokenIndex idx, Span first) {
        String text = idx.text;
        for (int s = first.start(); s < first.end() - 1; s++) {
            String p = text.substring(s, first.end());
            int k = idx.at(s);
            if (idx.isBoundary(s) && (lex.places.contains(p) || k >= 0 && idx.token(k).isPlace() && idx.token(k).span().end() == first.end())) {
                return s;
            }
        }
        return first.length() == 1 && Chars.isLevel(text.charAt(first.start())) ? first.start() : -1;
    }
}
