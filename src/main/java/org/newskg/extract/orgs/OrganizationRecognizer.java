package org.newskg.extract.orgs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.SpanCoverage;
import org.newskg.extract.TokenIndex;
import org.newskg.extract.WordSet;
import org.newskg.extract.people.TitleVocabulary;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Organisations by the grammar of their names: an ending that says what kind of body it is
 * (…局, …委员会, …有限公司, …大学), and a left part read back over the tokens until the sentence
 * around the name begins (a verb, a preposition, punctuation, 我区). Short names the text
 * introduces (以下简称“X”) and the cores of company names repeated later are mentions of the full name.
 */
public final class OrganizationRecognizer {

    private static final int MAX_NAME = 32;
    /** Endings whose bodies need a place or level in front: 政府 alone is no name. */
    private static final Set<String> NEED_PLACE = Set.of("政府", "人民政府", "人大", "法院", "人民法院", "检察院",
            "人民检察院", "党委", "新区", "开发区", "高新区", "经开区", "联盟", "中心", "服务中心", "事务中心", "研究中心",
            "实验室");
    /** Endings that also close ordinary words (售楼处, 学生办): the body needs a place, a level or a parent body in front. */
    private static final Set<String> WEAK = Set.of("处", "办", "司", "署");
    private static final Set<String> SECTIONS = Set.of("部", "处", "室", "中心", "办", "办公室", "司");
    private static final Pattern COMPANY_INSIDE = Pattern.compile("(公司|银行|分行|支行|集团|地产|置业)");
    private static final Pattern LEVEL_ADJECTIVE = Pattern.compile("((市|省|县|区|国家|地|部|乡镇|镇)|[两三四五])级");
    /** Endings of a task force, whose name is a topic phrase with verbs in it. */
    private static final Pattern TASK_FORCE_AS_A_WAY = Pattern.compile("制度|机制|模式|工作法|工作机制");
    private static final Set<String> TASK_FORCES = Set.of("工作专班", "专班", "领导小组", "工作小组", "工作组", "指挥部");
    /** Verbs whose object a task force is: the name starts after them. */
    private static final Set<String> GOVERNING_VERBS = Set.of("成立", "组建", "设立", "建立", "建", "下设", "增设",
            "开设", "配备", "组成", "上报", "报送", "报", "牵头", "召开", "主持", "参加", "带领", "抽调", "派", "派出",
            "由", "经", "向", "对", "到", "在", "是", "为", "任", "担任", "兼任");
    /** Teams and troupes: a name of their own needs a place, a level or a parent body in front (党员志愿服务队 is none). */
    private static final Set<String> TEAMS = Set.of("队", "代表队", "服务队", "实践队", "志愿服务队", "志愿者服务队", "服务团", "宣讲团");
    /** Single characters that no name has inside: a name that seems to hold one starts after it. */
    private static final String INNER_STOPS = "在已将把被从由的了是";
    // patterns compiled once: String.matches and replaceAll compile theirs on every call
    private static final Pattern TOWN_NAME = Pattern.compile(".+(镇|乡|街道)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** 重庆钢铁（集团）: the group is named 重庆钢铁集团. */
    private static final Pattern GROUP_IN_BRACKETS = Pattern.compile("[（(]集团[）)]");
    private static final Pattern ENDS_WITH_LEVEL = Pattern.compile(".*(区|市|县|省)委?$");
    private static final Pattern CITY_OR_COUNTY = Pattern.compile(".+(市|区|县)");
    private static final Pattern ENDS_WITH_DIVISION = Pattern.compile(".*(省|市|区|县|镇|乡|街道)$");

    private static final Set<String> FUNCTION_TAGS = Set.of("p", "c", "cc", "u", "ude1", "ude2", "ude3", "uj", "ul",
            "uzhe", "ule", "uguo", "r", "rr", "rz", "w", "y", "e", "o", "q", "m", "f", "d", "vshi", "vyou", "pba", "pbei");

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;
    private final CompanyListReader companyLists = new CompanyListReader(this);
    private final ShortNameReader shortNames = new ShortNameReader();
    private final TownBodyReader townBodies = new TownBodyReader();
    private final CombinedBodyReader combinedBodies;

    OrganizationRecognizer() {
        this(PeopleLexicon.get());
    }

    /**
     * Bodies known by name: the government list, the company list, then the known organisations of each
     * kind, as lists in that order (where lists share a name, the earlier list's reading comes first).
     */
    private final List<OrgKind> knownListKinds = new ArrayList<>();
    /** Every known name, and for each the lists that hold it (bit i: list i). */
    private final WordSet knownNames;
    private final java.util.Map<String, Long> knownLists = new java.util.HashMap<>();

    public OrganizationRecognizer(PeopleLexicon lex) {
        this.lex = lex;
        this.titles = new TitleVocabulary(lex);
        this.combinedBodies = new CombinedBodyReader(lex);
        addKnownList(lex.governmentNames, OrgKind.GOVERNMENT);
        addKnownList(lex.companyNames, OrgKind.COMPANY);
        for (OrgKind kind : OrgKind.values()) {
            addKnownList(lex.knownOrganizations.entrySet().stream().filter(e -> e.getValue() == kind)
                    .map(java.util.Map.Entry::getKey).toList(), kind);
        }
        this.knownNames = new WordSet(knownLists.keySet());
    }

    private void addKnownList(java.util.Collection<String> names, OrgKind kind) {
        long list = 1L << knownListKinds.size();
        knownListKinds.add(kind);
        for (String n : names) {
            knownLists.merge(n, list, (a, b) -> a | b);
        }
    }

    /** Every organisation named in the text, the longest reading where names nest or overlap. */
    public List<OrgMention> find(TokenIndex idx) {
        List<OrgMention> all = new ArrayList<>();
        // bodies known by name first: where the grammar reads the same span, the list's kind wins
        named(idx, all);
        for (int end = 1; end <= idx.text.length(); end++) {
            endingAt(idx, end, 0).ifPresent(all::add);
        }
        List<OrgMention> chosen = new ArrayList<>(longestFirst(all, idx.text.length()).stream().map(o -> withCampus(idx, o)).toList());
        chosen.addAll(shortNames.read(idx, chosen));
        chosen.addAll(inner(idx, chosen));
        chosen.addAll(companyLists.read(idx, chosen));
        List<OrgMention> combined = combinedBodies.read(idx);
        chosen.removeIf(o -> combined.stream().anyMatch(c -> c.span().overlaps(o.span())));
        chosen.addAll(combined);
        chosen.addAll(townBodies.read(idx, chosen));
        chosen.sort(Comparator.comparing(OrgMention::span));
        return chosen;
    }

    private static final Pattern INNER_END = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|集团(?!(股份)?有限(责任)?公司)|大学)(?=.)");
    private static final Pattern PARTY_UNIT = Pattern.compile("(党委|党支部|党总支|党组|党工委)$");

    /**
     * A company or university that opens a longer name (某某股份有限公司第二工厂, 某某大学某某学院):
     * a mention of its own, nested in the longer one.
     */
    private List<OrgMention> inner(TokenIndex idx, List<OrgMention> orgs) {
        List<OrgMention> out = new ArrayList<>();
        for (OrgMention m : orgs) {
            String surface = m.span().of(idx.text);
            Matcher x = INNER_END.matcher(surface);
            int last = -1;
            while (x.find()) {
                last = x.end();
            }
            if (last >= 4 && last < surface.length()) {
                int end = m.span().start() + last;
                endingAt(idx, end, m.span().start()).filter(o -> o.span().start() == m.span().start())
                        .ifPresent(out::add);
            }
            // 某某镇党委, 某某中心党支部: the body or town whose party unit this is
            Matcher unit = PARTY_UNIT.matcher(surface);
            if (unit.find() && unit.start() >= 3) {
                int end = m.span().start() + unit.start();
                Optional<OrgMention> body = endingAt(idx, end, m.span().start()).filter(o -> o.span().start() == m.span().start());
                if (body.isPresent()) {
                    out.add(body.get());
                } else if (TOWN_NAME.matcher(surface.substring(0, unit.start())).matches()) {
                    String town = surface.substring(0, unit.start());
                    out.add(new OrgMention(new Span(m.span().start(), end), town, OrgKind.GOVERNMENT));
                }
            }
        }
        return out;
    }

    private static final Pattern CAMPUS = Pattern.compile("^[（(]([\\p{IsHan}]{2,4})[）)]");

    /** 某某大学（威海）: a campus or branch in brackets after a university's or company's name is part of it. */
    private OrgMention withCampus(TokenIndex idx, OrgMention o) {
        if (o.kind() != OrgKind.UNIVERSITY && o.kind() != OrgKind.COMPANY) {
            return o;
        }
        String text = idx.text;
        Matcher m = CAMPUS.matcher(text.substring(o.span().end(), Math.min(text.length(), o.span().end() + 8)));
        if (m.find() && lex.places.contains(m.group(1))) {
            int end = o.span().end() + m.end();
            return new OrgMention(new Span(o.span().start(), end), o.name() + text.substring(o.span().end(), end), o.kind());
        }
        return o;
    }

    /**
     * Bodies known by name, where they stand as words of their own: one pass over the word starts for
     * all the lists, the readings then given list by list (within one list their order does not matter:
     * the longest reading is chosen by length and place).
     */
    private void named(TokenIndex idx, List<OrgMention> out) {
        String text = idx.text;
        List<List<OrgMention>> byList = new ArrayList<>();
        for (int i = 0; i < knownListKinds.size(); i++) {
            byList.add(new ArrayList<>());
        }
        for (int at = 0; at < text.length(); at++) {
            if (!idx.isBoundary(at)) {
                continue;
            }
            for (long lengths = knownNames.startingAt(text, at, text.length()); lengths != 0; lengths &= lengths - 1) {
                int end = at + Long.numberOfTrailingZeros(lengths);
                if (idx.isBoundary(end)) {
                    String name = text.substring(at, end);
                    for (long lists = knownLists.get(name); lists != 0; lists &= lists - 1) {
                        int list = Long.numberOfTrailingZeros(lists);
                        byList.get(list).add(new OrgMention(new Span(at, end), name, knownListKinds.get(list)));
                    }
                }
            }
        }
        byList.forEach(out::addAll);
    }

    /** The longest organisation name that ends exactly at {@code end} and starts at or after {@code floor}. */
    public Optional<OrgMention> endingAt(TokenIndex idx, int end, int floor) {
        String text = idx.text;
        OrgMention best = null;
        // the endings that end here, longest first
        for (long lengths = lex.orgEndingWords.endingAt(text, end, floor); lengths != 0; ) {
            int len = WordSet.highest(lengths);
            lengths &= ~(1L << len);
            PeopleLexicon.OrgEnding ending = lex.orgEndings.get(text.substring(end - len, end));
            OrgMention m = candidate(idx, end - len, end, ending, floor);
            if (m != null && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private OrgMention candidate(TokenIndex idx, int suffixStart, int end, PeopleLexicon.OrgEnding ending, int floor) {
        String text = idx.text;
        // the ending's last character opens a title (党群工作部部长: the second 部 belongs to 部长)
        if (end < text.length() && lex.titles.contains(text.substring(end - 1, end + 1))
                && !lex.orgEndings.containsKey(text.substring(end - 1, end + 1))) {
            return null;
        }
        if (!endsCleanly(idx, end)) {
            return null;
        }
        int lastTok = idx.at(end - 1);
        if (lastTok >= 0) {
            Token t = idx.token(lastTok);
            if (!t.word().equals(ending.suffix()) && t.span().end() == end) {
                for (int len = ending.suffix().length() + 1; len <= t.word().length(); len++) {
                    if (lex.orgStopEndings.contains(t.word().substring(t.word().length() - len))) {
                        return null; // 空间布局, 村干部: an ordinary word that ends like a body
                    }
                }
            }
        }
        if (ending.suffix().equals("专班") && suffixStart > 0) {
            int before = idx.at(suffixStart - 1);
            if (before >= 0 && idx.token(before).tag().equals("v")) {
                return null;   // 完善专班机制: a verb right before 专班 acts on it
            }
        }
        if (TASK_FORCES.contains(ending.suffix()) && TASK_FORCE_AS_A_WAY.matcher(text).region(end, text.length()).lookingAt()) {
            return null;   // 实施服务专班制度: a way of working, not one task force
        }
        int start = TASK_FORCES.contains(ending.suffix()) ? taskForceLeftEdge(idx, suffixStart, floor)
                : leftEdge(idx, suffixStart, floor, ending.kind() == OrgKind.COMPANY);
        start = stripLeadingStops(text, start, suffixStart);
        start = secondPlace(text, start, suffixStart);
        if (LEGAL_ENDING.matcher(ending.suffix()).matches()) {
            start = listItemStart(text, start, floor);
        }
        String name = text.substring(start, end);
        String before = text.substring(start, suffixStart);
        if (LEVEL_ADJECTIVE.matcher(name).find()) {
            return null; // 市级绿色工厂: a grade, not a body
        }
        if (endsInStopWord(name)) {
            return null; // 海南岛中东部, 武警部队: a region or the army, split by the tokens
        }
        if (before.length() < ending.minBefore() || lex.orgStopEndings.contains(name) || name.length() < 2) {
            return null;
        }
        if (!before.isEmpty() && before.chars().allMatch(c -> Chars.isSpace((char) c))) {
            return null;
        }
        if (ending.brandOnly() && (!brandLike(idx, start, suffixStart)
                || end < text.length() && Chars.isHan(text.codePointAt(end)) && "等和与及的在将已是".indexOf(text.charAt(end)) < 0)) {
            return null;
        }
        if (ending.kind() == OrgKind.COMPANY && (name.contains("某") || start > 0 && text.charAt(start - 1) == '某')) {
            return null; // 某公司, 青岛某贸易公司: the paper withholds the name
        }
        if (FACTORIES.contains(ending.suffix()) && placesAndCountsOnly(before)) {
            return null; // 日本茨城县一座工厂, 中国工厂: a place's factory, no company's name
        }
        if (ending.kind() == OrgKind.COMPANY && isMainlyVerb(before) && !lex.orgNameVerbs.contains(before)) {
            return null; // 以保证公司与农户: a verb before 公司 makes no name
        }
        if (ending.kind() == OrgKind.COMPANY && !before.isEmpty()
                && (onlyCommonWords(idx, start, suffixStart) || lex.companyKinds.contains(before))) {
            return null; // 贷款公司, 商业银行: a kind of company, not one company
        }
        if (SECTIONS.contains(ending.suffix()) && COMPANY_INSIDE.matcher(before).find()) {
            return null; // 某某有限公司公关部: the company is the body; its department is no body of its own
        }
        if (WEAK.contains(ending.suffix()) && !opensWithPlaceOrLevel(idx, start, suffixStart) && !hasBodyInside(before)) {
            return null;
        }
        if (NEED_PLACE.contains(ending.suffix()) && !opensWithPlaceOrLevel(idx, start, suffixStart)
                && !(ending.suffix().endsWith("中心") && hasBodyInside(before))
                && !(ending.suffix().equals("党委") && before.length() >= 2)) {
            return null;
        }
        if (TEAMS.contains(ending.suffix()) && !opensWithPlaceOrLevel(idx, start, suffixStart) && !hasBodyInside(before)) {
            return null;
        }
        if (titles.isTitle(before) || lex.nameStopwords.contains(before) && ending.minBefore() > 0 && before.length() == name.length() - 1) {
            return null;
        }
        return new OrgMention(new Span(start, end), GROUP_IN_BRACKETS.matcher(WHITESPACE.matcher(name).replaceAll("")).replaceAll("集团"),
                kindOf(idx, name, start, suffixStart, ending));
    }

    /** The name may end where a token ends, or inside an organisation-like token (公司党委). */
    private boolean endsCleanly(TokenIndex idx, int end) {
        if (end < idx.text.length() && idx.text.charAt(end) == '队' && idx.text.charAt(end - 1) == '部') {
            return false;   // 武装部/队, 特种部/队, 多国部/队: the troops, not a department
        }
        if (idx.isBoundary(end)) {
            return true;
        }
        if (titles.anyStartingAt(idx.text, end) > 0) {
            return true;
        }
        Token t = idx.token(idx.at(end));
        if (!(t.tag().startsWith("nt") || t.tag().startsWith("nis") || t.tag().equals("nnt"))) {
            return false;
        }
        // inside a word HanLP took for one body: only where a party unit or another body follows (公司党委)
        String rest = idx.text.substring(end, t.span().end());
        if (rest.length() >= 2 && "和与及、".indexOf(rest.charAt(0)) >= 0) {
            return true; // 某某局和县某某局: two bodies HanLP took for one word
        }
        if (rest.length() <= 4 && "科处室股所队站部办组".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            return true; // 某某局金融科: a section of the body follows
        }
        for (int len = Math.min(rest.length(), lex.longestOrgEnding); len >= 2; len--) {
            if (lex.orgEndings.containsKey(rest.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /** Zone words HanLP cuts apart (日照/经/开区): read as one word of the name. */
    private static final List<String> ZONES = List.of("经开区", "高新区", "开发区", "保税区", "自贸区", "综保区");

    /** Reads the name's left part back over the tokens. */
    private int leftEdge(TokenIndex idx, int suffixStart, int floor, boolean company) {
        String text = idx.text;
        int k = idx.at(suffixStart);
        if (k < 0) {
            return suffixStart;
        }
        int start = suffixStart;
        Token first = idx.token(k);
        if (first.span().start() < suffixStart && first.span().start() >= floor) {
            start = first.span().start();
            int close = Math.max(text.lastIndexOf('）', suffixStart - 1), text.lastIndexOf(')', suffixStart - 1));
            if (close >= start) {
                // HanLP took 青岛）信息技术有限公司 for one word: read （青岛） as part of the name if it is a place
                int open = Math.max(text.lastIndexOf('（', close), text.lastIndexOf('(', close));
                String inside = open >= 0 ? text.substring(open + 1, close) : "";
                start = open >= floor && close - open <= 8 && open > 0 && Chars.isHan(text.codePointAt(open - 1))
                        && (lex.places.contains(inside) || idx.at(open + 1) >= 0 && idx.token(idx.at(open + 1)).isPlace())
                        ? open : close + 1;
            }
            if (start == first.span().start() && !company) {
                int inside = gluedWordStart(text, first, suffixStart, company);
                if (inside > start) {
                    return inside;      // the glued word's own words stop the name: no word before it belongs
                }
            }
        }
        while (start > floor && suffixStart - start <= MAX_NAME) {
            int bridged = bridgeZone(text, start, floor);
            if (bridged < start) {
                start = bridged;
                continue;
            }
            int j = idx.at(start - 1);
            if (j < 0) {
                break;
            }
            Token t = idx.token(j);
            if (t.span().start() < floor) {
                break;
            }
            String w = t.word();
            if (w.equals("）") || w.equals(")")) {
                int open = parenthesisedPlace(idx, j, company);
                if (open < 0) {
                    break;
                }
                start = idx.token(open).span().start();
                continue;
            }
            if ((w.equals("和") || w.equals("与")) && !company && joinsNameParts(idx, j, suffixStart)) {
                start = t.span().start();
                continue;
            }
            if (!insideName(t, company)) {
                break;
            }
            start = t.span().start();
        }
        return start;
    }

    /**
     * Where a name starts inside a word HanLP's recogniser glued together (净化人民政协, 巴特尔就政协, 十多部,
     * 环境训练；空军): the words of the dictionary inside it are read as the text's own words are, from the
     * ending leftwards. A word the dictionary knows (国务院, 司法部) is taken whole.
     */
    private int gluedWordStart(String text, Token glued, int suffixStart, boolean company) {
        String w = glued.word();
        if (com.hankcs.hanlp.dictionary.CoreDictionary.get(w) != null || com.hankcs.hanlp.dictionary.CustomDictionary.get(w) != null
                || lex.knownOrganizations.containsKey(w) || lex.governmentNames.contains(w)) {
            return glued.span().start();
        }
        int from = glued.span().start();
        List<Token> inner = org.newskg.nlp.HanlpSegmenter.dictionaryOnly().segment(text.substring(from, suffixStart));
        int start = suffixStart;
        for (int i = inner.size() - 1; i >= 0; i--) {
            Token t = inner.get(i);
            String tag = t.tag();
            if (i == 0 && tag.startsWith("m") && !t.word().startsWith("第")) {
                return suffixStart;     // 十/多部: a glued word opening with a count counts bodies; 中铁十四局 keeps its number
            }
            boolean clauseWord = tag.startsWith("w")
                    || t.word().length() == 1 && "pcudrye".indexOf(tag.charAt(0)) >= 0
                    && !text.startsWith("经开区", from + t.span().start());   // 经/开区: a zone's short name, no clause
            // a verb opening the glued word before a body named in full (净化/人民政协), not one inside a body's
            // own name (市场/监督/管理局)
            boolean leadingVerb = i == 0 && i + 1 < inner.size() && tag.startsWith("v") && t.word().length() >= 2
                    && !lex.orgNameVerbs.contains(t.word())
                    && opensAsABody(text.substring(from + inner.get(i + 1).span().start(), suffixStart));
            if (clauseWord || leadingVerb) {
                break;
            }
            start = from + t.span().start();
        }
        return start;
    }

    /** Whether words open as a body's name does: a place, a level, the state or the people (人民政协). */
    private boolean opensAsABody(String s) {
        return !s.isEmpty() && (Chars.isLevel(s.charAt(0)) || s.startsWith("人民") || BodyNames.opensAsTheState(s)
                || lex.places.longestStartingAt(s, 0, s.length()) >= 2 || lex.states.longestStartingAt(s, 0, s.length()) >= 2);
    }

    /**
     * The left edge of a task force's name (群众满意度提升工作专班, 绿色金融改革创新工作领导小组): its
     * topic is a phrase of content words, verbs and roles among them, so all of those stay inside; it
     * stops at function words, pronouns, punctuation, and a verb that takes the task force as its
     * object (成立了, 上报).
     */
    private int taskForceLeftEdge(TokenIndex idx, int suffixStart, int floor) {
        int start = suffixStart;
        int k = idx.at(suffixStart);
        if (k >= 0 && idx.token(k).span().start() < suffixStart && idx.token(k).span().start() >= floor) {
            start = idx.token(k).span().start();   // 工作专 + 班: the token ending began before the suffix
        }
        while (start > floor && suffixStart - start <= MAX_NAME) {
            int j = idx.at(start - 1);
            if (j < 0) {
                break;
            }
            Token t = idx.token(j);
            if (t.span().start() < floor || !inTaskForceTopic(t)) {
                break;
            }
            start = t.span().start();
        }
        // a topic needs a thing it is about: 完善专班机制 names no task force
        for (int j = idx.at(start); j >= 0 && j < idx.tokens.size() && idx.token(j).span().start() < suffixStart; j++) {
            Token t = idx.token(j);
            String tag = t.tag();
            // a word running into the ending holds a topic only if a long part of it lies before the
            // ending (生活物资保障工作专|班), not just 工作 (工作专|班)
            boolean topicPart = t.span().end() <= suffixStart || suffixStart - t.span().start() >= 3;
            if (topicPart && (tag.startsWith("n") || tag.startsWith("j") || tag.startsWith("g"))) {
                return start;
            }
        }
        return suffixStart;
    }

    /** Whether a word can be part of a task force's topic: content words, people's roles (干部, 群众) included. */
    private boolean inTaskForceTopic(Token t) {
        String w = t.word();
        String tag = t.tag();
        if (w.isBlank() || lex.orgLeftStops.contains(w) || GOVERNING_VERBS.contains(w) || tag.startsWith("nr")) {
            return false;
        }
        return tag.startsWith("n") || tag.startsWith("v") || tag.startsWith("a") || tag.startsWith("j")
                || tag.startsWith("g") || tag.equals("b");
    }

    /** If a zone word (经开区) crosses {@code start}, the offset where it begins; else {@code start}. */
    private static int bridgeZone(String text, int start, int floor) {
        for (String z : ZONES) {
            for (int k = 1; k < z.length(); k++) {
                if (start - k >= floor && text.startsWith(z, start - k)) {
                    return start - k;
                }
            }
        }
        return start;
    }

    /** （北京） or （威海） inside a name: returns the index of the token before the '（', or -1. */
    private int parenthesisedPlace(TokenIndex idx, int close, boolean company) {
        for (int j = close - 1; j >= Math.max(0, close - 4); j--) {
            String w = idx.token(j).word();
            if (w.equals("（") || w.equals("(")) {
                if (j == close - 1 || j == 0 || !insideName(idx.token(j - 1), company)) {
                    return -1;
                }
                for (int q = j + 1; q < close; q++) {
                    if (!idx.token(q).isPlace() && !lex.places.contains(idx.token(q).word())) {
                        return -1;
                    }
                }
                return j - 1;
            }
        }
        return -1;
    }

    /** 和 inside 发展和改革局: both sides are plain words of the name, not places or names of their own. */
    private boolean joinsNameParts(TokenIndex idx, int j, int suffixStart) {
        if (j == 0 || j + 1 >= idx.tokens.size()) {
            return false;
        }
        String after = idx.text.substring(idx.token(j).span().end(), suffixStart);
        for (int a = 0; a < after.length(); a++) {
            for (int b = a + 2; b <= after.length(); b++) {
                if (lex.places.contains(after.substring(a, b))) {
                    return false; // 部门和某某区委: two bodies, not one name
                }
            }
        }
        if (ENDS_WITH_LEVEL.matcher(after).matches() || after.length() > 8 || !after.isEmpty() && Chars.isLevel(after.charAt(0))) {
            return false;
        }
        Token prev = idx.token(j - 1);
        Token next = idx.token(j + 1);
        boolean prevIsBody = false;
        for (int len = 1; len <= Math.min(3, prev.word().length()); len++) {
            prevIsBody |= lex.orgEndings.containsKey(prev.word().substring(prev.word().length() - len));
        }
        return insideName(prev, false) && insideName(next, false) && !prev.isPlace() && !next.isPlace()
                && !prevIsBody && prev.word().length() <= 6 && next.word().length() <= 6
                && !(prev.word().length() == 1 && Chars.isLevel(prev.word().charAt(0)));
    }

    /** Whether a token can stand inside an organisation's name. */
    boolean insideName(Token t, boolean company) {
        String w = t.word();
        String tag = t.tag();
        if (lex.orgLeftStops.contains(w) || w.isBlank()) {
            return false;
        }
        if (tag.equals("nnt") || titles.isTitle(w) || titles.isOccupation(w)) {
            return false;
        }
        if (company && w.length() == 1 && Chars.isHan(w.codePointAt(0)) && !FUNCTION_TAGS.contains(tag)) {
            return true; // brand names are made of any characters (慧显光电)
        }
        if (tag.startsWith("v")) {
            return lex.orgNameVerbs.contains(w);
        }
        if (tag.equals("m")) {
            return w.startsWith("第") && w.length() <= 3;
        }
        return tag.startsWith("n") || tag.startsWith("j") || tag.startsWith("g") || tag.equals("b")
                || tag.equals("an") || tag.equals("a") && w.length() >= 2 || tag.equals("nx")
                || tag.equals("x") && w.chars().allMatch(Character::isLetter);
    }

    private int stripLeadingStops(String text, int start, int suffixStart) {
        // a verb inside a word HanLP took for a name (调研某某商会): the name starts after it
        for (int i = suffixStart - 1; i >= start; i--) {
            if (Character.isDigit(text.charAt(i))) {
                start = i + 1;
                while (start < suffixStart && "名个家人项批位".indexOf(text.charAt(start)) >= 0) {
                    start++; // 124名土地工作专班: the count and its measure word are not the name
                }
                break;
            }
            boolean nextBody = "和与及、".indexOf(text.charAt(i)) >= 0 && i + 1 < suffixStart
                    && (Chars.isLevel(text.charAt(i + 1)) || closesBody(text, start, i));
            if (INNER_STOPS.indexOf(text.charAt(i)) >= 0 || nextBody) {
                start = i + 1;
                break;
            }
        }
        for (int i = suffixStart - 2; i > start; i--) {
            if (lex.orgLeftStops.contains(text.substring(i, Math.min(suffixStart, i + 2)))) {
                start = i + 2;
                break;
            }
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int len = Math.min(4, suffixStart - start); len >= 1; len--) {
                if (lex.orgLeftStops.contains(text.substring(start, start + len))
                        && !opensZone(text, start)
                        && !lex.places.contains(text.substring(start, Math.min(suffixStart, start + len + 1)))) {
                    // 全国 and 全省 stay when they are the name's own level (全国总工会) only if nothing else follows
                    start += len;
                    again = true;
                    break;
                }
            }
        }
        return start;
    }

    private static final Pattern LEGAL_ENDING = Pattern.compile("(股份有限公司|有限责任公司|有限公司|集团)");
    private static final Pattern COMPANY_END = Pattern.compile(".*(有限公司|有限责任公司|集团|公司|银行)$");

    /**
     * 甲有限公司、联合某某有限公司: in a list of companies an item is one name from the 、 on, even where
     * its first word reads as a verb (联合, 发展). Only a short word is taken back, and never a preposition.
     */
    private static int listItemStart(String text, int start, int floor) {
        int sep = start - 1;
        while (sep >= floor && sep >= start - 4 && Chars.isHan(text.codePointAt(sep))) {
            sep--;
        }
        if (sep < floor || sep == start - 1 || text.charAt(sep) != '、') {
            return start;
        }
        String taken = text.substring(sep + 1, start);
        if (taken.chars().anyMatch(c -> (INNER_STOPS + "和与及并同向对为给").indexOf(c) >= 0)) {
            return start;
        }
        return COMPANY_END.matcher(text.substring(Math.max(0, sep - 8), sep)).matches() ? sep + 1 : start;
    }

    /** Whether a body's name (not a mere 局 or 部) ends at {@code at}: 某某有限公司 before 和. */
    private boolean closesBody(String text, int start, int at) {
        for (int len = 2; len <= Math.min(lex.longestOrgEnding, at - start); len++) {
            if (lex.orgEndings.containsKey(text.substring(at - len, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensZone(String text, int at) {
        return ZONES.stream().anyMatch(z -> text.startsWith(z, at));
    }

    /** Endings naming a plant, which a place alone does not make a company. */
    private static final Set<String> FACTORIES = Set.of("工厂", "制造厂", "厂");

    /**
     * Whether the words before the ending are places and counts only (美路易斯安那州, 日本静冈县一座), judged on the
     * dictionary's words: the recognisers glue such a run into one organisation.
     */
    private static boolean placesAndCountsOnly(String before) {
        List<Token> words = org.newskg.nlp.HanlpSegmenter.dictionaryOnly().segment(before);
        return !words.isEmpty() && words.stream().allMatch(t -> t.tag().startsWith("ns") || t.tag().startsWith("m")
                || t.tag().startsWith("q") || t.tag().equals("j") || t.tag().equals("b") || DIVISION_CHARS.indexOf(t.word()) >= 0);
    }

    private static final String DIVISION_CHARS = "省市县州区";

    /** A name part holding a word of its own (a brand, a place, an abbreviation), not only common nouns. */
    private boolean brandLike(TokenIndex idx, int start, int suffixStart) {
        if (suffixStart - start < 2 || suffixStart - start > 8) {
            return false;
        }
        for (int c = start; c < suffixStart; ) {
            int k = idx.at(c);
            if (k < 0) {
                return false;
            }
            Token t = idx.token(k);
            String tag = t.tag();
            if (tag.startsWith("nz") || tag.startsWith("nr") || tag.equals("j") || tag.startsWith("nt") || tag.equals("x")) {
                return true;
            }
            c = t.span().end();
        }
        return false;
    }

    private static final Pattern PROVINCE_OR_NATION = Pattern.compile("(中国|山东|河北|河南|江苏|浙江|广东|北京|上海|天津|重庆)");

    /** 日照市山东某某集团: a place, then a name that opens with a province or the nation: the name starts there. */
    private int secondPlace(String text, int start, int suffixStart) {
        for (int len = Math.min(6, suffixStart - start - 2); len >= 2; len--) {
            String head = text.substring(start, start + len);
            if ((lex.places.contains(head)) && CITY_OR_COUNTY.matcher(head).matches()
                    && PROVINCE_OR_NATION.matcher(text.substring(start + len, Math.min(suffixStart, start + len + 2))).matches()) {
                return start + len;
            }
        }
        return start;
    }

    private static boolean onlyCommonWords(TokenIndex idx, int start, int suffixStart) {
        for (int c = start; c < suffixStart; ) {
            int k = idx.at(c);
            if (k < 0) {
                return false;
            }
            Token t = idx.token(k);
            String tag = t.tag();
            if (!(tag.equals("n") || tag.equals("vn") || tag.equals("b") || tag.equals("a") || tag.startsWith("v")
                    || tag.equals("an") || tag.equals("nnd") || tag.equals("nnt") || tag.equals("ng"))) {
                return false;
            }
            c = t.span().end();
        }
        return true;
    }

    private boolean hasBodyInside(String before) {
        for (int i = 1; i < before.length(); i++) {
            for (int len = 1; len <= Math.min(i, 4); len++) {
                PeopleLexicon.OrgEnding e = lex.orgEndings.get(before.substring(i - len, i));
                if (e != null && !WEAK.contains(e.suffix())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean opensWithPlaceOrLevel(TokenIndex idx, int start, int suffixStart) {
        String text = idx.text;
        if (start >= suffixStart) {
            return false;
        }
        if (Chars.isLevel(text.charAt(start)) || text.startsWith("中共", start) || text.startsWith("国家", start)
                || text.startsWith("中央", start) || text.startsWith("全国", start)) {
            return true;
        }
        int k = idx.at(start);
        if (k >= 0 && idx.token(k).isPlace()) {
            return true;
        }
        for (int len = Math.min(8, suffixStart - start); len >= 2; len--) {
            if (lex.places.contains(text.substring(start, start + len))) {
                return true;
            }
        }
        String before = text.substring(start, suffixStart);
        return ENDS_WITH_DIVISION.matcher(before).matches();
    }

    private OrgKind kindOf(TokenIndex idx, String name, int start, int suffixStart, PeopleLexicon.OrgEnding ending) {
        if (ending.suffix().endsWith("中心") && ending.kind() == OrgKind.GOVERNMENT
                && !opensWithPlaceOrLevel(idx, start, suffixStart) && !hasBodyInside(name.substring(0, suffixStart - start))) {
            return OrgKind.OTHER;
        }
        return ending.kind();
    }

    /** A name ending in 部, 队 or 处 whose last two to four characters are an ordinary word (中东部, 部队, 地处). */
    private boolean endsInStopWord(String name) {
        if (name.isEmpty() || "部队处".indexOf(name.charAt(name.length() - 1)) < 0) {
            return false;
        }
        for (int len = 2; len <= Math.min(4, name.length() - 1); len++) {
            if (lex.orgStopEndings.contains(name.substring(name.length() - len))) {
                return true;
            }
        }
        return false;
    }

    /** Whether HanLP's core dictionary knows the word mostly as a verb. */
    private static boolean isMainlyVerb(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (a == null || a.nature == null || a.nature.length == 0) {
            return false;
        }
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        String tag = a.nature[best].toString();
        return tag.equals("v") || tag.equals("vd") || tag.equals("vi");
    }

    /** Whether a name ends with a trade word that names companies only beside a brand (汽配, 科技, 财险). */
    boolean endsLikeATrade(String name) {
        for (int len = Math.min(lex.longestOrgEnding, name.length() - 2); len >= 2; len--) {
            PeopleLexicon.OrgEnding e = lex.orgEndings.get(name.substring(name.length() - len));
            if (e != null && e.kind() == OrgKind.COMPANY && e.brandOnly()) {
                return true;
            }
        }
        return false;
    }

    /** Greedy choice of the longest names, no two overlapping. */
    private static List<OrgMention> longestFirst(List<OrgMention> all, int textLength) {
        List<OrgMention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((OrgMention m) -> -m.span().length()).thenComparing(OrgMention::span));
        List<OrgMention> chosen = new ArrayList<>();
        SpanCoverage taken = new SpanCoverage(textLength);
        for (OrgMention m : sorted) {
            if (!taken.overlaps(m.span())) {
                chosen.add(m);
                taken.add(m.span());
            }
        }
        return chosen;
    }
}
