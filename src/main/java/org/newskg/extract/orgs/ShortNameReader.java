package org.newskg.extract.orgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.OrgMention;
import org.newskg.extract.TokenIndex;
import org.newskg.text.Span;

/** Short names of organisations, each a mention of the full name it stands for. */
final class ShortNameReader {

    private static final Pattern ALIAS = Pattern.compile(
            "^[（(]\\s*(?:以下)?简称[：:]?\\s*[“\"「]?([^”\"」）)，,、]{2,12})[”\"」]?\\s*[）)]");
    private static final Pattern COMPANY_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|集团有限公司|集团股份有限公司)$");

    /**
     * Short names: 某某汽车有限公司（以下简称“某某汽车”）, and the core of a company's full name
     * (威海某某纤维 for 威海某某纤维有限公司) repeated elsewhere in the text.
     */
    List<OrgMention> read(TokenIndex idx, List<OrgMention> orgs) {
        String text = idx.text;
        Map<String, OrgMention> shortToFull = new HashMap<>();
        for (OrgMention m : orgs) {
            Matcher a = ALIAS.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 24)));
            if (a.find()) {
                shortToFull.putIfAbsent(a.group(1).strip(), m);
            }
            if (m.kind() == OrgKind.COMPANY) {
                String core = COMPANY_FORM.matcher(m.name()).replaceFirst("");
                if (core.length() >= 4 && !core.equals(m.name())) {
                    shortToFull.putIfAbsent(core, m);
                }
            }
        }
        List<OrgMention> out = new ArrayList<>();
        // a short name the grammar read on its own (某某银行 beside 某某银行股份有限公司) is the full name too
        for (int i = 0; i < orgs.size(); i++) {
            OrgMention o = orgs.get(i);
            OrgMention full = shortToFull.get(o.name());
            if (full != null && !full.name().equals(o.name()) && full.kind() == o.kind()) {
                orgs.set(i, new OrgMention(o.span(), full.name(), o.kind()));
            }
        }
        List<Span> taken = new ArrayList<>(orgs.stream().map(OrgMention::span).toList());
        for (Map.Entry<String, OrgMention> e : shortToFull.entrySet()) {
            String s = e.getKey();
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                Span span = new Span(at, at + s.length());
                if (taken.stream().noneMatch(t -> t.overlaps(span)) && idx.isBoundary(at)) {
                    out.add(new OrgMention(span, e.getValue().name(), e.getValue().kind()));
                    taken.add(span);
                }
            }
        }
        return out;
    }
}
