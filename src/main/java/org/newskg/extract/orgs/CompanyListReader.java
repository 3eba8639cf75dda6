package org.newskg.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.OrgMention;
import org.newskg.extract.TokenIndex;
import org.newskg.text.Span;

/** Companies named without a company ending, read from the enumerations they stand in beside other companies. */
public final class CompanyListReader {

    private final OrganizationRecognizer grammar;

    CompanyListReader(OrganizationRecognizer grammar) {
        this.grammar = grammar;
    }

    /** What ends a clause (an enumeration stays within one). */
    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?\n（）()“”\"";
    /** 等3家企业: the list is one of companies. */
    private static final Pattern OF_COMPANIES = Pattern.compile("等\\d*[多余]?家?[\\p{IsHan}]{0,4}(企业|公司).*");

    /**
     * 甲公司、乙汽配和丙集团: in an enumeration where at least two items are companies, the other short
     * items, plain names with nothing of a sentence in them, are companies too.
     */
    List<OrgMention> read(TokenIndex idx, List<OrgMention> orgs) {
        String text = idx.text;
        List<OrgMention> out = new ArrayList<>();
        for (int[] clause : clauses(text)) {
            if (!holdsJoiner(text, clause[0], clause[1])) {
                continue; // one item, nothing to split it: no list
            }
            List<int[]> items = new ArrayList<>();
            int from = clause[0];
            for (int i = clause[0]; i <= clause[1]; i++) {
                if (i == clause[1] || text.charAt(i) == '、') {
                    items.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            // 乙汽配和丙集团: the last 和 or 及 before a known body joins one more item
            int[] tail = items.get(items.size() - 1);
            for (int i = tail[0]; i < tail[1]; i++) {
                int at = i;
                if ((text.charAt(i) == '和' || text.charAt(i) == '及')
                        && orgs.stream().anyMatch(o -> o.span().start() == at + 1)) {
                    items.add(new int[] {i + 1, tail[1]});
                    tail[1] = i;
                    break;
                }
            }
            // 乙汽配和丙财险: 和 after an item that ends like a trade joins one more item
            int[] end = items.get(items.size() - 1);
            for (int i = end[0] + 3; i < end[1] - 2; i++) {
                int at = i;
                if ((text.charAt(i) == '和' || text.charAt(i) == '及') && grammar.endsLikeATrade(text.substring(end[0], i))
                        && orgs.stream().noneMatch(o -> o.span().start() < at && o.span().end() > at)) {
                    items.add(new int[] {i + 1, end[1]});
                    end[1] = i;
                    break;
                }
            }
            long listed = items.stream().filter(it -> orgs.stream().anyMatch(o -> o.kind() == OrgKind.COMPANY
                    && o.span().start() >= it[0] && o.span().end() <= it[1])).count();
            if (items.size() >= 2 && listed >= 1) {
                brandItems(idx, items, orgs, out);
            }
            if (items.size() < 3) {
                continue;
            }
            // the last item ends where the list does: at 等, or where its name ends
            int[] last = items.get(items.size() - 1);
            int stop = text.indexOf('等', last[0]);
            boolean ofCompanies = false;
            if (stop >= 0 && stop < last[1]) {
                last[1] = stop;
                ofCompanies = OF_COMPANIES.matcher(text.substring(stop, Math.min(text.length(), stop + 10))).matches();
            }
            long companies = items.stream().filter(it -> orgs.stream().anyMatch(o -> o.kind() == OrgKind.COMPANY
                    && (o.span().end() == it[1] && o.span().start() >= it[0] || o.span().start() == it[0] && o.span().end() <= it[1])))
                    .count();
            if (companies < 2 && !(companies == 1 && ofCompanies)) {
                continue;
            }
            for (int[] it : items) {
                if (out.stream().anyMatch(o -> o.span().start() == it[0] && o.span().end() == it[1])) {
                    continue;
                }
                boolean known = orgs.stream().anyMatch(o -> o.span().overlaps(new Span(it[0], Math.max(it[0] + 1, it[1]))));
                if (known) {
                    continue;
                }
                int start = it[1];
                while (start > it[0]) {
                    int k = idx.at(start - 1);
                    if (k < 0 || idx.token(k).span().start() < it[0] || !grammar.insideName(idx.token(k), true)) {
                        break;
                    }
                    start = idx.token(k).span().start();
                }
                int len = it[1] - start;
                if (len >= 2 && len <= 12 && (start == it[0] || it == items.get(0)) && idx.isBoundary(it[1])) {
                    out.add(new OrgMention(new Span(start, it[1]), text.substring(start, it[1]), OrgKind.COMPANY));
                }
            }
        }
        return out;
    }

    /**
     * Whether the stretch is a whole item of a list said to be of companies (易袋易购、唐人神、未来集团等一大批企业):
     * the list itself vouches for its items, as a legal form does for a name.
     */
    public static boolean itemOfAListOfCompanies(String text, Span s) {
        int closing = listClosing(text, s);
        boolean opensItem = s.start() == 0 || "、和及".indexOf(text.charAt(s.start() - 1)) >= 0
                || CLAUSE_BREAKS.indexOf(text.charAt(s.start() - 1)) >= 0;
        if (closing < 0 || !opensItem) {
            return false;
        }
        boolean listed = text.charAt(s.end()) != '等' || s.start() > 0 && "、和及".indexOf(text.charAt(s.start() - 1)) >= 0;
        return listed && OF_COMPANIES.matcher(text.substring(closing, Math.min(text.length(), closing + 10))).matches();
    }

    /** A count of projects closing a list without 等 (…、伊罗卡科技2个10亿元以上项目): its items are projects. */
    private static final Pattern COUNTED_PROJECTS = Pattern.compile("(?:[、和及][^，。；：,;:]{1,20}?)*[0-9一二三四五六七八九十两]+个[^，。；、,;]{0,10}?项目");

    /**
     * Whether the stretch is an item of a list closed by a count of projects (万隆湖景一号、伊罗卡科技2个10亿元以上项目):
     * a company's name there names its project.
     */
    public static boolean itemOfACountedListOfProjects(String text, Span s) {
        return COUNTED_PROJECTS.matcher(text).region(s.end(), Math.min(text.length(), s.end() + 60)).lookingAt();
    }

    /** 等领域, 等行业: the list is one of fields of business. */
    private static final Pattern OF_FIELDS = Pattern.compile("等[\\p{IsHan}]{0,4}?(领域|行业|产业|方面|板块|业态)");

    /** Whether the stretch is an item of a list said to be of fields (地产建筑、高新科技、传媒文化等领域): no company. */
    public static boolean itemOfAListOfFields(String text, Span s) {
        int closing = listClosing(text, s);
        return closing >= 0 && OF_FIELDS.matcher(text).region(closing, Math.min(text.length(), closing + 8)).lookingAt();
    }

    /**
     * Where the 等 closing the list the stretch stands in lies (the stretch followed by 、和及 or 等, the 等
     * in the same clause), or -1.
     */
    private static int listClosing(String text, Span s) {
        if (s.end() >= text.length() || "、和及等".indexOf(text.charAt(s.end())) < 0) {
            return -1;
        }
        for (int i = s.end(); i < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0; i++) {
            if (text.charAt(i) == '等') {
                return i;
            }
        }
        return -1;
    }

    /** Whether a clause holds what separates the items of a list (、, 和, 及). */
    private static boolean holdsJoiner(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '、' || c == '和' || c == '及') {
                return true;
            }
        }
        return false;
    }

    /** The clauses of a text: the runs of characters between clause breaks. */
    private static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0) {
                int start = i;
                while (i < n && CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /**
     * 甲集团、乙汽配、丙财险: beside a company, a plain item that ends like a company's trade (汽配, 财险,
     * 科技) is a company, its whole item the name, even where its words read otherwise (联合).
     */
    private void brandItems(TokenIndex idx, List<int[]> items, List<OrgMention> orgs, List<OrgMention> out) {
        String text = idx.text;
        for (int[] it : items) {
            String item = text.substring(it[0], it[1]);
            if (it == items.get(items.size() - 1)) {
                item = tradePrefix(idx, it[0], it[1]); // 丙财险先后发言: the name ends where its trade word does
            }
            int itemEnd = it[0] + item.length();
            boolean known = orgs.stream().anyMatch(o -> o.span().overlaps(new Span(it[0], Math.max(it[0] + 1, itemEnd))));
            if (known || item.length() < 3 || item.length() > 10 || !item.chars().allMatch(Chars::isHan)
                    || !idx.isBoundary(it[0]) || !idx.isBoundary(itemEnd) || !grammar.endsLikeATrade(item)
                    || !onlyNameWords(idx, it[0], itemEnd)) {
                continue;
            }
            out.add(new OrgMention(new Span(it[0], it[0] + item.length()), item, OrgKind.COMPANY));
        }
    }

    /** Every word of the item can stand in a company's name (他旁边的是某某经纪 cannot). */
    private boolean onlyNameWords(TokenIndex idx, int from, int to) {
        for (int c = from; c < to; ) {
            int k = idx.at(c);
            if (k < 0) {
                return false;
            }
            org.newskg.nlp.Token t = idx.token(k);
            if ("的是在了和与及将把被从对为等".indexOf(t.word().charAt(0)) >= 0 && t.word().length() == 1
                    || t.tag().startsWith("r") || t.tag().startsWith("f") && t.word().length() > 1) {
                return false;
            }
            c = t.span().end();
        }
        return true;
    }

    private String tradePrefix(TokenIndex idx, int from, int to) {
        for (int end = Math.min(to, from + 10); end >= from + 3; end--) {
            String p = idx.text.substring(from, end);
            if (idx.isBoundary(end) && grammar.endsLikeATrade(p)) {
                return p;
            }
        }
        return idx.text.substring(from, to);
    }
}
