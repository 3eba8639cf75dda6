package org.newskg.extract.projects;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.ArticleText;
import org.newskg.extract.Chars;
import org.newskg.extract.ChineseNumerals;
import org.newskg.extract.EventResources;
import org.newskg.extract.LeadScan;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.ProjectMention;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Named projects: a name ending in a head word (…项目, …工程; …基地, …产业园, …中心 only where the text
 * says it is built, planned or settled), a quoted name before 项目 or 立项, and the items of a list
 * closed by {@code 等…项目}. The left edge of a name stops at verbs, particles, punctuation and counts;
 * categories (重点项目, 该项目, 两个高端助剂项目, 是…首批…项目) are no names. Thread-safe once built.
 */
public final class ProjectRecognizer {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"“\\n]{2,40})[”\"]");
    private static final LeadScan QUOTED_SCAN = new LeadScan(QUOTED);
    private static final Pattern PHASE = Pattern.compile("^[（(]?[一二三四五六七八九0-9]期(?:工程|项目)?[）)]?");
    private static final Pattern LIST_TAIL = Pattern.compile(
            "^等(?:[0-9一二两三四五六七八九十百多余]+[个项家处])?(?:[一-龥0-9.]{0,8}?)(项目|工程|产业园|园区|基地)");
    /** A count of projects closing a list (3个百亿元以上项目, 2个10亿元以上项目). */
    private static final Pattern COUNT_LIST_TAIL = Pattern.compile(
            "^[0-9一二两三四五六七八九十]+[个项](?:[一-龥0-9.]{0,8}?)(项目|工程)");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:[0-9一二两三四五六七八九十百千多余几首]+|多|这|那|每|各)[个批项类家座条所支大]$");
    private static final Pattern COUNT_AFTER = Pattern.compile("^\\s?[0-9一二两三四五六七八九十百]+[多余]?[个项家]");
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?:是|为|作为|成为|属于|列为|纳入|入选|确定为|评为|认定为)$");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[一-龥]{1,4}?(?:省|市|县|区)");
    private static final String PUNCT = "，。、；：！？,;:!?（）()《》“”\"'‘’【】[]—…\n\r\t ·+";
    private static final Pattern PHASE_AT_END = Pattern.compile("[一二三四五六七八九0-9]期(?:工程|项目)?$");
    private static final int MAX_NAME = 32;
    /** A count of projects right before the head (生产六大项目, 三个项目): a category, not one project. */
    private static final Pattern COUNT_BEFORE_HEAD = Pattern.compile("[0-9一二三四五六七八九十两几多]+(?:大|个|项|批|类)$");
    /**
     * Words right after a head that make it part of another word: a body, an area, a sports event, an
     * exhibition, or who stands for a project (项目责任单位, 项目组, 项目代表, 项目负责人).
     */
    private static final Pattern NOT_A_PROJECT_AFTER = Pattern.compile(
            "^(?:大学|处|办公室|人才|教育|区|资本金|小项|经理|制度|责任单位|施工单位|建设单位|业主单位|代表|负责人|方代表|组(?!织)|团队|体验|展"
            + "|——|[^，。；]{0,8}?(?:金牌|银牌|铜牌|奖牌|奖项|冠军|决赛|比赛|赛场|场地))");
    /** After 工程, the rest of a firm's or a society's name (华宏工程咨询有限公司, 中国铁路工程集团, 机械工程学会). */
    private static final Pattern ENGINEERING_FIRM = Pattern.compile("咨询|集团|有限|股份|公司|局|部|和\\p{IsHan}{1,4}部|设计|联合会|协会|学会");
    /** Games whose 项目 are their events or services. */
    private static final Pattern GAMES = Pattern.compile("奥运会|亚运会|冬奥会|亚冬会|全运会|世运会|残奥会|大运会|青运会");
    /** A place's designation or a military base ending in a head word. */
    private static final Pattern DESIGNATION = Pattern.compile(
            "(?:副中心|辐射中心|(?:国际|全国|区域)[^，。；、]{0,6}?(?:创新|金融|航运|贸易|消费|交往|文化)中心|(?:军事|空军|海军|陆军|导弹|核)基地"
            // a work's rank in a system (黄河水沙调控体系核心工程 before the work's name)
            + "|(?:体系|系统)(?:核心|骨干|关键|控制性)工程"
            // institutions of exchange and study (中国文化中心, 文明互鉴中心, 保护研究中心), a policy's zones, arms programmes
            + "|(?:文化|互鉴|研究|交流|合作|培训)中心|先行示范区|综合改革试验区|自由贸易试验区|(?:导弹|核武器?|武器)项目)$");
    /** A discipline or an industry before 工程 (德国机械工程行业, 土木工程): no works. */
    private static final Pattern DISCIPLINE = Pattern.compile("(?:机械|土木|电气|电子|化学|化工|软件|生物|遗传|基因|测绘|材料|信息|通信|控制)$");
    /** A list's item that is a heritage site or a find (…遗址、…古城等十个项目入选): no project. */
    private static final Pattern HERITAGE_ITEM = Pattern.compile("(?:遗址|遗址群|城址|古城|墓地|墓群|古墓|窑址|石窟|遗迹)$");
    /** Intangible heritage named as 项目 (特色非遗项目, 非物质文化遗产代表性项目): an item of a list of heritage, no project. */
    private static final Pattern HERITAGE_PROJECT = Pattern.compile("非遗|非物质文化遗产|文化遗产");
    /** A list's item ending as a body or a company does (地方国资委、国企等共11组项目): who signs, not what. */
    private static final Pattern BODY_ITEM = Pattern.compile("(?:委|局|厅|署|集团|公司|企业|国企|央企|银行|大学|学院|医院)$");
    /** Right before 项目, words making it a sports discipline or a programme item (冰雪运动项目, 比赛项目). */
    private static final Pattern SPORT_BEFORE_ITEM = Pattern.compile(
            "(?:运动|体育|竞技|比赛|赛事|参赛|表演|演出|奥运会|残奥会|冬奥会|亚运会|亚沙会|全运会|运动会|锦标赛|游泳|帆船|田径|射击|跳水|体操"
            + "|举重|滑雪|皮划艇|静水|激流|龙舟|赛艇|集体|单人|双人|混合)$");
    /** Before a list, verbs of a policy or a scope: its items are kinds of projects, not projects. */
    private static final Pattern POLICY_SCOPE = Pattern.compile("支持|鼓励|引导|扶持|涵盖|覆盖|部署");
    /**
     * Between 等 and 项目, words saying the items are fields, games or crafts rather than projects, or
     * companies beside projects (等一大批企业和项目: the items are the companies; 等30余家企业项目 are projects).
     */
    private static final Pattern NOT_PROJECT_LIST = Pattern.compile(
            "的|类|领域|方式|措施|手段|形式|方面|支持|推进|非遗|特色|互动|体验|比赛|赛事|竞技|趣味|沉浸|玩法|娱乐|游乐|活动|课程|(?:企业|公司)[和及与]");
    // patterns compiled once: String.matches and replaceAll compile theirs on every call
    private static final Pattern QUOTED_THEN_APPROVED = Pattern.compile("(?s)^(?:[”“\"\\s]*[“\"][^”\"]{2,40}[”\"])*\\s*(?:成功)?(?:获批)?立项.*");
    private static final Pattern OPENS_WITH_MEASURE = Pattern.compile("^[余多]?[个家项批类].*");
    private static final Pattern COPULA_ACROSS_QUOTE = Pattern.compile("^(?:是|作为)[^，。；,;]*[”\"][^，。；,;]*$");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern OPENS_WITH_MEASURE_OF_THING = Pattern.compile("^(?:[0-9.]*)(?:兆瓦|千瓦|万千瓦|吨|万吨|千伏|MW|标段|号|#).*");
    private static final Pattern ENDS_WITH_UNIT = Pattern.compile(".*(?:兆瓦|千瓦|吨|千伏|标段)$");
    private static final Pattern OPENS_WITH_CODE = Pattern.compile("^[#A-Za-z].*");
    private static final Pattern SPACES_AND_QUOTES = Pattern.compile("[\\s“”\"《》]");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[、，,：:]+");

    private final Map<String, Boolean> heads = new LinkedHashMap<>();   // head -> needs a build cue
    private final Pattern headPattern;
    private final LeadScan headPatternScan;
    private final List<String> cues;
    private final ProjectKinds kinds;
    private final Set<String> stopWords;
    private final Set<String> generic;

    public ProjectRecognizer() {
        for (String[] r : EventResources.rows("project-heads.txt")) {
            heads.put(r[0].strip(), r.length > 1 && r[1].strip().equals("cue"));
        }
        List<String> byLength = new ArrayList<>(heads.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        headPattern = Pattern.compile(String.join("|", byLength));
        headPatternScan = new LeadScan(headPattern);
        cues = EventResources.words("project-build-cues.txt");
        stopWords = new HashSet<>(EventResources.words("project-stop-words.txt"));
        kinds = new ProjectKinds(stopWords);
        generic = new HashSet<>(EventResources.words("project-generic-words.txt"));
    }

    /** Project mentions of one article, in text order; each distinct name once per place it is written. */
    public List<ProjectMention> recognize(ArticleText article) {
        String text = article.text();
        List<Token> tokens = article.tokens();
        List<ProjectMention> found = new ArrayList<>();
        quoted(text, tokens, found);
        // a name in quotes or title marks is a name as written, as is what an amount is said to be invested in
        // (投资30亿元的远航新能源汽车发动机); others must name one project of their own
        Set<String> quotedNames = new HashSet<>(found.stream().map(ProjectMention::name).toList());
        List<ProjectMention> investedIn = new ArrayList<>();
        invested(text, investedIn);
        quotedNames.addAll(investedIn.stream().map(ProjectMention::name).toList());
        lists(text, tokens, found);
        headed(text, tokens, found);
        found.removeIf(p -> !quotedNames.contains(p.name()) && !ProjectNames.isSpecific(p.name(), endsWithHead(p.name())));
        // several projects, a place's projects at large, a name starting inside a word: no one project;
        // a project in common words only is one where the text does something to it (see ProjectKinds)
        found.removeIf(p -> !quotedNames.contains(p.name()) && (kinds.namesNoOneProject(p, text, tokens, endsWithHead(p.name()))
                || kinds.isAKind(p, text, endsWithHead(p.name()))));
        for (ProjectMention p : investedIn) {
            add(found, text, p.span(), p.name());
        }
        repeated(text, found);
        found.sort(Comparator.comparing(ProjectMention::span));
        return removeContained(found);
    }

    // ------------------------------------------------------------------ quoted names

    private void quoted(String text, List<Token> tokens, List<ProjectMention> out) {
        LeadScan.Run mRun = QUOTED_SCAN.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            String inner = m.group(1).strip();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 90));
            String name;
            if (after.startsWith("项目")) {
                name = inner + "项目";
                Span span = new Span(m.start(), m.end() + 2);
                // 40个“最佳实践”项目, “非遗+旅游”项目体验展: a count, a rank or a blend in quotes is a class of projects
                boolean ofAClass = isCategory(text, m.start(), m.end() + 2)
                        || kinds.namesNoOneProject(new ProjectMention(span, name), text, tokens, "项目")
                        || NOT_A_PROJECT_AFTER.matcher(text.substring(m.end() + 2, Math.min(text.length(), m.end() + 14))).find();
                if (!ofAClass) {
                    add(out, text, span, name);
                }
                continue;
            }
            String head = endsWithHead(inner);
            ProjectMention asWritten = new ProjectMention(new Span(m.start(1), m.end(1)), inner);
            if (QUOTED_THEN_APPROVED.matcher(after).matches()) {
                name = inner;
            } else if (head != null && hasCue(text, m.start(), m.end())
                    && !isGeneric(inner.substring(0, inner.length() - head.length()))
                    && !kinds.isAKind(asWritten, text, head) && !kinds.namesNoOneProject(asWritten, text, tokens, head)) {
                // quotes mark a slogan as often as a name (三个相邻村的“共富项目”): common words need a step told
                name = inner;
            } else {
                continue;
            }
            add(out, text, new Span(m.start(1), m.end(1)), name);
        }
        // a run of quoted names before 立项 ("A""B"成功获批立项): each of them
    }

    // ------------------------------------------------------------------ lists closed by 等…项目

    private void lists(String text, List<Token> tokens, List<ProjectMention> out) {
        for (int at = 0; at < text.length(); at++) {
            Matcher tail;
            if (text.charAt(at) == '等') {
                tail = LIST_TAIL.matcher(text.substring(at, Math.min(text.length(), at + 18)));
            } else if (at > 0 && Chars.isHan(text.charAt(at - 1)) && !ChineseNumerals.isChineseNumeralChar(text.charAt(at - 1))
                    && (Character.isDigit(text.charAt(at)) || ChineseNumerals.isChineseNumeralChar(text.charAt(at)))) {
                // 金盛兰优特钢、5G产业城、爱莎国际教育3个百亿元以上项目: a count closes the list without 等
                tail = COUNT_LIST_TAIL.matcher(text.substring(at, Math.min(text.length(), at + 18)));
            } else {
                continue;
            }
            if (!tail.find()) {
                continue;
            }
            boolean projectNoun = tail.group(1).equals("项目") || tail.group(1).equals("工程");
            boolean byCount = text.charAt(at) != '等';
            // items without a head are projects where the list counts them (等30余家企业项目) or the sentence does
            // something to projects; 雪圈滑道等项目, 淮扬面点等特色项目 list pastimes and crafts
            boolean countedAfterEtc = !byCount && tail.group().length() > 1
                    && (Character.isDigit(tail.group().charAt(1)) || ChineseNumerals.isChineseNumeralChar(tail.group().charAt(1)));
            int tailEnd = at + tail.end();
            if (NOT_PROJECT_LIST.matcher(tail.group()).find()
                    || projectNoun && NOT_A_PROJECT_AFTER.matcher(text.substring(tailEnd, Math.min(text.length(), tailEnd + 12))).find()) {
                continue;  // 等互动项目, 等20余项非遗项目, 等项目的57个小项
            }
            // items without a head of their own (沾化港疏港公路) are no projects in a total (等项目4000多个)
            boolean totalled = COUNT_AFTER.matcher(text.substring(tailEnd, Math.min(text.length(), tailEnd + 6))).find();
            int clauseStart = at;
            // a list ends at its 等: 李刚、周喜安等为…工业园等重点项目 lists persons, then one project
            while (clauseStart > 0 && "，。；：！？,;:!?\n等".indexOf(text.charAt(clauseStart - 1)) < 0) {
                clauseStart--;
            }
            String clause = text.substring(clauseStart, at);
            if (clause.indexOf('、') < 0 && !clause.contains("和")) {
                continue;  // one item before 等 is no list
            }
            int firstSeparator = clause.indexOf('、') >= 0 ? clause.indexOf('、') : clause.indexOf('和');
            if (POLICY_SCOPE.matcher(clause.substring(0, firstSeparator)).find()) {
                continue;  // 支持企业建立研发基地、孵化器等…, 涵盖光伏、储能等项目: kinds a policy or a scope names
            }
            List<int[]> items = splitItems(clause, clauseStart);
            if (!plainNames(tokens, items) || activitiesOrAreas(text, tokens, items)) {
                continue;  // 崔洪刚代表市委、市政府向全市91个重点项目: a sentence before a count, no list
            }
            for (int i = 0; i < items.size(); i++) {
                int s = items.get(i)[0];
                int e = items.get(i)[1];
                if (i == 0) {
                    s = leftEdge(text, tokens, s, e);
                }
                String item = clean(text.substring(s, e));
                if (item.length() < 3 || item.length() > MAX_NAME) {
                    continue;
                }
                String head = endsWithHead(item);
                if (head == null && (!projectNoun || totalled || BODY_ITEM.matcher(item).find()
                        || !countedAfterEtc && !kinds.inASentenceOfProjects(text, new Span(s, e)))) {
                    continue;
                }
                String before = head == null ? item : item.substring(0, item.length() - head.length());
                if (isGeneric(before) || hasStopWordInside(item) || HERITAGE_ITEM.matcher(item).find()) {
                    continue;
                }
                add(out, text, new Span(s, e), item);
            }
        }
    }

    /**
     * Whether the items (after the first one's opening words) hold nothing of a sentence: no
     * preposition or conjunction inside an item (one opening it joins the list: 和世泰), no person
     * followed by a verb (崔洪刚/代表). Brands HanLP reads as persons (金盛兰, 伊罗卡) or verbs (爱/莎)
     * alone do not count.
     */
    private static boolean plainNames(List<Token> tokens, List<int[]> items) {
        for (int i = 0; i < items.size(); i++) {
            int[] it = items.get(i);
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.span().start() < it[0] || t.span().end() > it[1] || i == 0 && t.span().end() < it[1] - 2) {
                    continue;
                }
                String tag = t.tag();
                boolean actor = tag.startsWith("nr") && k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("v")
                        && tokens.get(k + 1).span().end() <= it[1];
                boolean joins = (tag.equals("p") || tag.startsWith("c")) && t.span().start() > it[0];
                if (actor || joins) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A list of pastimes (黄河漂流、滑沙、骑骆驼等项目) or of land counted (万亩水产、千亩湘莲…): no projects. */
    private static boolean activitiesOrAreas(String text, List<Token> tokens, List<int[]> items) {
        for (int[] it : items) {
            String item = text.substring(it[0], it[1]);
            if (AREA_COUNT.matcher(item).lookingAt()) {
                return true;
            }
            int k = tokenBefore(tokens, it[0] + 1);
            if (k >= 0 && tokens.get(k).span().start() == it[0] && isVerb(tokens.get(k)) && it[1] - it[0] <= 4) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern AREA_COUNT = Pattern.compile("[0-9一二三四五六七八九十百千万]+[亩顷]");

    private static List<int[]> splitItems(String clause, int offset) {
        List<int[]> items = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= clause.length(); i++) {
            if (i == clause.length() || clause.charAt(i) == '、') {
                String part = clause.substring(s, i);
                int and = part.lastIndexOf('和');
                if (i == clause.length() && and > 0 && and < part.length() - 1) {
                    items.add(new int[] {offset + s, offset + s + and});
                    items.add(new int[] {offset + s + and + 1, offset + i});
                } else {
                    items.add(new int[] {offset + s, offset + i});
                }
                s = i + 1;
            }
        }
        return items;
    }

    private boolean hasStopWordInside(String item) {
        for (String w : List.of("已", "正在", "将", "的", "了", "其")) {
            if (item.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ names ending in a head word

    private void headed(String text, List<Token> tokens, List<ProjectMention> out) {
        LeadScan.Run mRun = headPatternScan.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            String head = m.group();
            int headStart = m.start();
            int end = m.end();
            Matcher phase = PHASE.matcher(text.substring(end, Math.min(text.length(), end + 6)));
            if (phase.find()) {
                end += phase.end();
            }
            if (head.equals("工程") && end < text.length() && ("师塑技学院系专研实国".indexOf(text.charAt(m.end())) >= 0
                    || ENGINEERING_FIRM.matcher(text).region(m.end(), text.length()).lookingAt())) {
                continue;  // 工程师, 工程塑料, 机械工程系, 工程研究中心, 工程咨询有限公司: words of their own
            }
            if (head.equals("工程") && DISCIPLINE.matcher(text).region(Math.max(0, headStart - 2), headStart).lookingAt()) {
                continue;  // 德国机械工程订单量: an industry
            }
            if (head.equals("中心") && headStart > 0 && text.charAt(headStart - 1) == '为') {
                continue;  // 以无为为中心: the idiom, no centre built
            }
            if (head.equals("项目") && GAMES.matcher(text.substring(Math.max(0, headStart - 16), headStart)).find()) {
                continue;  // 巴黎奥运会转播项目, 亚冬会…冰上项目: a games' events or services
            }
            if (DESIGNATION.matcher(text.substring(Math.max(0, headStart - 8), end)).find()) {
                continue;  // 北京城市副中心, 南亚东南亚辐射中心, 军事基地: a designation or a base, not a project
            }
            if ((head.equals("项目") || head.equals("工程")) && NOT_A_PROJECT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) {
                continue;  // 哈尔滨工程大学, 救济工程处, 项目区, 自由泳项目金牌: a body, an area or a sport
            }
            if (head.equals("项目") && SPORT_BEFORE_ITEM.matcher(text.substring(Math.max(0, headStart - 3), headStart)).find()) {
                continue;  // 棒球运动项目, 体育项目, 比赛项目: a discipline or a programme item
            }
            if (insideBookTitle(text, headStart)) {
                continue;
            }
            int start = leftEdge(text, tokens, headStart, headStart);
            if (start >= headStart || headStart - start > MAX_NAME) {
                continue;
            }
            start = afterTheClause(tokens, start, headStart);
            if (start >= headStart || start > 0 && "该此这那其".indexOf(text.charAt(start - 1)) >= 0) {
                continue;   // 该/线路站房工程: a word pointing back at a project named before, no name of its own
            }
            start = afterASplitVerb(tokens, start, headStart);
            int inner = Math.max(text.lastIndexOf("项目", headStart - 1), text.lastIndexOf("工程", headStart - 1));
            if (inner >= start && inner + 2 < headStart) {
                start = inner + 2;  // “一带一路”合作旗舰项目凤凰工业园: a category, then the project's own name
            }
            String name = clean(text.substring(start, end));
            String before = clean(text.substring(start, headStart));
            boolean oneThingWorkedOn = before.length() == 3 && (before.endsWith("建设") || before.endsWith("改造"));
            // 有关其核项目: a pronoun inside is the clause HanLP read into a "person" (关其/nr)
            if (before.length() < 3 || oneThingWorkedOn || before.indexOf('其') >= 0 || isGeneric(before)
                    || HERITAGE_PROJECT.matcher(before).find()) {
                continue;
            }
            if (isCategory(text, start, end) || COUNT_BEFORE_HEAD.matcher(before).find()) {
                continue;
            }
            if (heads.get(head) && !hasCue(text, start, end)) {
                continue;
            }
            add(out, text, new Span(start, end), name);
        }
    }

    /**
     * Where a name starts once the clause around it is cut off: after the last person or title
     * (市委书记李刚宣布项目, 陈曦认真了解项目), and past leading verbs, adverbs and prepositions
     * (积极帮助解决重点项目, 一定能够确保项目, 详细了解项目). A name is things, not who did what to them; verbs
     * further in stay (高素质农民培育实训基地).
     */
    private static int afterTheClause(List<Token> tokens, int start, int headStart) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (s.start() >= start && s.end() <= headStart) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return start;
        }
        int cut = start;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            boolean titleOfPerson = t.tag().equals("nnt") && i < last && tokens.get(i + 1).isPerson();
            // a person who does something (李刚宣布, 陈曦认真了解), not a name inside the project's (沃顿公学)
            // a one-character "verb" after a "person" is more often both inside a name HanLP misread (西气东/nr 输/v)
            boolean actingPerson = t.isPerson() && i < last && isActionWord(tokens.get(i + 1)) && tokens.get(i + 1).word().length() >= 2;
            if (actingPerson || titleOfPerson) {
                cut = t.span().end();
            }
        }
        // a run of two clause words or more with a verb in it (要积极帮助解决) is a predicate, unless it leads into the head (腾退搬迁改建)
        for (int i = first; i < last; i++) {
            int j = i;
            boolean verb = false;
            while (j <= last && isClauseWord(tokens.get(j))) {
                verb |= isVerb(tokens.get(j)) && tokens.get(j).word().length() >= 2;
                j++;
            }
            if (j - i >= 2 && j <= last && verb) {
                cut = Math.max(cut, tokens.get(j - 1).span().end());
            }
            i = Math.max(i, j);
        }
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.span().start() < cut) {
                continue;
            }
            if (!isClauseWord(t) || t.word().length() < 2) {
                break;      // 纳力新材料: a one-character "verb" is the name's own first character
            }
            cut = t.span().end();
        }
        return cut;
    }

    /**
     * Where a name starts after a listed verb HanLP split into characters (一批优质企业入/驻/科学园区): the verb
     * is the story's, the name what follows it. A verb HanLP read as one word was already a stop.
     */
    private int afterASplitVerb(List<Token> tokens, int start, int headStart) {
        int cut = start;
        for (int i = tokenBefore(tokens, start + 1); i >= 0 && i < tokens.size() && tokens.get(i).span().start() < headStart; i++) {
            Token t = tokens.get(i);
            if (t.word().length() != 1 || i + 1 >= tokens.size() || tokens.get(i + 1).word().length() != 1
                    || t.span().start() < start) {
                continue;
            }
            String pair = t.word() + tokens.get(i + 1).word();
            if (stopWords.contains(pair) && tokens.get(i + 1).span().end() < headStart) {
                cut = tokens.get(i + 1).span().end();
            }
        }
        return cut;
    }

    /** A verb, adverb or preposition: what a person in front of a name does (宣布, 认真, 到). */
    private static boolean isActionWord(Token t) {
        String tag = t.tag();
        return isVerb(t) || tag.startsWith("d") || tag.equals("ad") || tag.startsWith("p");
    }

    /** A verb, adverb, adjective or preposition: the words of a clause around a name. */
    private static boolean isClauseWord(Token t) {
        String tag = t.tag();
        return isVerb(t) || tag.startsWith("d") || tag.equals("ad") || tag.startsWith("p") || tag.equals("a") || tag.equals("b");
    }

    /** A verb as a verb (宣布, 了解): nominal verbs such as 建设 or 加工 (vn) name the thing's kind. */
    private static boolean isVerb(Token t) {
        String tag = t.tag();
        return tag.equals("v") || tag.equals("vi") || tag.equals("vf") || tag.equals("vx") || tag.equals("vl");
    }

    /** 投资30亿元的X: what an amount is invested in is a project, whether or not its name ends in 项目. */
    private static final Pattern INVESTED_IN = Pattern.compile("(?:总投资|计划投资|投资)(?:约|达|近|超过?)?\\s*[0-9.]+\\s*(?:万|亿)元的");
    /** Where the thing invested in ends: a break, a list joint, or a count of projects (生产六大项目). */
    private static final Pattern INVESTED_END = Pattern.compile(
            "[，。、；：,;（(\\n“”\"]|和|及|等|[0-9一二三四五六七八九十两]+(?:大|个|项|家)"
            + "|正式|开工|投产|签约|落户|建成|启动|集中|顺利|成功|落地|已经|目前|将于|不久前|近日|日前|近期|全面|已|正在|今年");

    private static final Pattern A_FIRM = Pattern.compile("企业|公司|集团|厂商");

    private void invested(String text, List<ProjectMention> out) {
        Matcher m = INVESTED_IN.matcher(text);
        while (m.find()) {
            int start = m.end();
            Matcher stop = INVESTED_END.matcher(text);
            stop.region(start, Math.min(text.length(), start + MAX_NAME));
            int end = stop.find() ? stop.start() : -1;
            if (end < 0) {
                continue;
            }
            Matcher headIn = headPattern.matcher(text).region(start, end);
            if (headIn.find()) {
                end = headIn.end();     // 投资2.5亿元的华岳冷链物流项目开工: the name ends with its head
            }
            String name = clean(text.substring(start, end));
            String head = endsWithHead(name);
            String before = head == null ? name : name.substring(0, name.length() - head.length());
            if (name.length() < 3 || isGeneric(before) || before.length() < 2 || !name.chars().allMatch(c -> Chars.isHan(c) || Character.isLetterOrDigit(c))
                    || head == null && A_FIRM.matcher(name).find()) {
                continue;   // 投资100亿元的轮胎生产企业: the firm that invests, not a project
            }
            add(out, text, new Span(start, end), name);
        }
    }

    /**
     * A count before the name (两个…项目, 首批…项目), 等 before it, a count after it, a copula or a
     * description (为一体的): a category.
     */
    private static boolean isCategory(String text, int start, int end) {
        String name = text.substring(start, end);
        if (OPENS_WITH_MEASURE.matcher(name).matches() || name.endsWith("开发园区") || name.endsWith("开发区")) {
            return true;
        }
        String left = text.substring(Math.max(0, start - 6), start).stripTrailing();
        if (COUNT_BEFORE.matcher(left).find() || left.endsWith("等")) {
            return true;
        }
        if (left.endsWith("为一体的")) {
            return true;  // 集A、B为一体的都市新型产业园: what a project is to become, said of one already named
        }
        if (COPULA_BEFORE.matcher(left).find()) {
            return true;
        }
        // 是山东省“十四五”首批…项目: a copula a little further left, across a place and a quoted tag
        String wider = text.substring(Math.max(0, start - 14), start);
        int copula = Math.max(wider.lastIndexOf('是'), wider.lastIndexOf("作为"));
        if (copula >= 0 && COPULA_ACROSS_QUOTE.matcher(wider.substring(copula)).matches()) {
            return true;
        }
        return COUNT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find();
    }

    /**
     * Where a name ending at {@code headStart} begins: walk left over the tokens while they may belong to a
     * name; stop at punctuation, particles, prepositions, pronouns, adverbs, times and listed verbs, and at a
     * count that is not a measure of the thing itself (343.75兆瓦 stays, 500亩 and 3个 stop).
     */
    int leftEdge(String text, List<Token> tokens, int limitLeft, int headStart) {
        int start = headStart;
        int i = tokenBefore(tokens, headStart);
        while (i >= 0 && headStart - start < MAX_NAME) {
            Token t = tokens.get(i);
            int ts = t.span().start();
            String word = text.substring(ts, Math.min(start, t.span().end()));
            int joined = joinedPlaceBefore(text, tokens, i, start);
            if (joined >= 0) {
                Token first = tokens.get(joined);
                // 中/哈（西安）: single characters before the bracket are one short name HanLP did not know
                start = first.word().length() == 1
                        ? Math.min(first.span().start(), brandRunStart(text, tokens, joined, first.span().end()))
                        : first.span().start();
                if (DASHES.contains(word)) {
                    i = tokenBefore(tokens, start);
                    continue;
                }
                break;      // a bracket follows the name's short first word (京东(齐河)…): nothing further left
            }
            if (word.isEmpty() || stopsName(word, t.tag(), start == headStart, text, start, headStart)) {
                break;
            }
            int inner = stopPrefix(word);
            if (inner > 0) {
                // HanLP glued a verb to the name (共建鲁北…中心): cut after it; 建设者 is a noun, the name starts after it
                start = "者们".indexOf(text.charAt(ts + inner)) >= 0 ? t.span().end() : ts + inner;
                break;
            }
            start = ts;
            i--;
        }
        start = Math.min(brandRunStart(text, tokens, tokenBefore(tokens, start), start), headStart);
        return bilateralStart(text, tokens, start);
    }

    /** One-character short names of states after 中 in the names of joint works (中老铁路, 中新互联互通项目). */
    private static final String STATE_SHORT = "老新欧泰俄巴哈吉蒙越缅尼斯印马柬孟法德英美日韩埃沙阿乌塞匈希土伊秘智墨古塔";

    /** 中/老500千伏联网工程: HanLP split the two states' short names; the name opens with both. */
    private static int bilateralStart(String text, List<Token> tokens, int start) {
        if (start < 1 || start >= text.length() || text.charAt(start - 1) != '中' || STATE_SHORT.indexOf(text.charAt(start)) < 0) {
            return start;
        }
        // both characters words of their own (中/老/500…), not 其中 or 老旧
        int before = tokenBefore(tokens, start);
        int at = tokenBefore(tokens, start + 1);
        boolean split = before >= 0 && tokens.get(before).word().equals("中") && at >= 0 && tokens.get(at).span().start() == start
                && tokens.get(at).word().length() == 1;
        return split ? start - 1 : start;
    }

    /**
     * Punctuation inside a name that joins places: the dash of a route between two places (大同—天津南特高压工程)
     * and a place in brackets after a short name (中哈（西安）商贸物流…项目). Returns the index of the name's
     * token before it, or -1 when the token at i is no such joint.
     */
    private static int joinedPlaceBefore(String text, List<Token> tokens, int i, int start) {
        String w = tokens.get(i).word();
        if (DASHES.contains(w) && i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).span().start() == start
                && isPlace(tokens.get(i + 1)) && isPlace(tokens.get(i - 1))) {
            return i - 1;
        }
        if (!w.equals("）") && !w.equals(")")) {
            return -1;
        }
        int open = i - 1;
        // HanLP reads a county as a person as often as not (京东(齐河/nr)…): the divisions decide
        while (open > i - 4 && open > 0 && (isPlace(tokens.get(open))
                || PeopleLexicon.get().divisionShortNames.contains(tokens.get(open).word()))) {
            open--;
        }
        boolean bracketOfPlaces = open < i - 1 && open > 0 && (tokens.get(open).word().equals("（") || tokens.get(open).word().equals("("));
        if (!bracketOfPlaces) {
            return -1;
        }
        Token name = tokens.get(open - 1);
        boolean nameBefore = Chars.isHan(name.word().charAt(0)) && !name.tag().startsWith("w") && !name.tag().startsWith("v")
                && !name.tag().startsWith("p") && !name.tag().startsWith("u");
        return nameBefore && name.span().end() == tokens.get(open).span().start() ? open - 1 : -1;
    }

    private static final Set<String> DASHES = Set.of("—", "——", "－", "-", "–");

    private static boolean isPlace(Token t) {
        return t.isPlace() && t.word().length() >= 2;
    }

    /**
     * 天/和/金属制品项目 after a clause break: single characters HanLP could not join, from the break to
     * the name, are a brand the dictionary does not know, and the name's first part.
     */
    private static int brandRunStart(String text, List<Token> tokens, int i, int start) {
        int run = start;
        while (i >= 0 && tokens.get(i).word().length() == 1 && Chars.isHan(tokens.get(i).word().charAt(0))
                && !RUN_TAGS.matcher(tokens.get(i).tag()).lookingAt()) {
            run = tokens.get(i).span().start();
            i--;
        }
        if (start - run < 2) {
            return start;
        }
        boolean afterBreak = run == 0 || PUNCT.indexOf(text.charAt(run - 1)) >= 0;
        String brand = text.substring(run, start);
        boolean plain = brand.chars().noneMatch(c -> RUN_STOPS.indexOf(c) >= 0) && "和及与".indexOf(brand.charAt(0)) < 0;
        return afterBreak && plain && CoreDictionary.get(brand) == null ? run : start;
    }

    /** Tags of a clause's words, never of a brand's characters (近/d 零碳, 充/v 换/v 电). */
    private static final Pattern RUN_TAGS = Pattern.compile("d|p|r|v|u|f|m");
    /** Characters of a clause, never of a brand (这是…, 也是以…, 充换电等…). */
    private static final String RUN_STOPS = "这那是也以在为将把被从对的了着等或就都还又再并其该此每各有";

    private boolean stopsName(String word, String tag, boolean adjacentToHead, String text, int start, int headStart) {
        if (word.equals("#") || DIGITS.matcher(word).matches() && start - word.length() > 0 && text.charAt(start - word.length() - 1) == '#') {
            return false;  // 北作业区#6泊位: a berth's number belongs to the name
        }
        if (word.equals(" ") && start < headStart && start >= 2 && isLatin(text.charAt(start)) && Chars.isHan(text.charAt(start - 2))) {
            return false;  // 富力新城 CBD项目: a space between Chinese and Latin inside the name
        }
        if (word.isBlank() || PUNCT.indexOf(word.charAt(word.length() - 1)) >= 0 || PUNCT.indexOf(word.charAt(0)) >= 0) {
            return true;
        }
        if (adjacentToHead && (word.equals("建设") || word.equals("改造") || word.equals("扩建"))) {
            return false;  // …建设项目, …改造工程
        }
        if (stopWords.contains(word)) {
            return true;
        }
        if (word.equals("及") || word.equals("暨")) {
            return false;
        }
        if (tag.startsWith("w") || tag.startsWith("u") || tag.startsWith("r")
                || tag.startsWith("c") || tag.startsWith("t")
                || tag.equals("vshi") || tag.equals("vyou")) {
            return true;
        }
        if (tag.startsWith("q") && !tag.startsWith("qt") && !precededByNumber(text, start - word.length())) {
            return false;  // 钢丝圈: a measure word used as a noun
        }
        int wordStart = start - word.length();
        if (tag.startsWith("m") && word.length() == 1 && ChineseNumerals.isChineseNumeralChar(word.charAt(0))
                && (wordStart == 0 || PUNCT.indexOf(text.charAt(wordStart - 1)) >= 0 || "和及与".indexOf(text.charAt(wordStart - 1)) >= 0)) {
            return false;  // 和亿/兆能源…: a brand's first character after a break, no count
        }
        if (tag.startsWith("m") || tag.startsWith("q") || Character.isDigit(word.charAt(0))) {
            // a measure of the thing (343.75兆瓦, 年产10万吨, 九标段) belongs to its name; a count does not
            String right = text.substring(start, Math.min(headStart, start + 4));
            return !OPENS_WITH_MEASURE_OF_THING.matcher(right).matches()
                    && !ENDS_WITH_UNIT.matcher(word).matches() && !OPENS_WITH_CODE.matcher(word).matches();
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean precededByNumber(String text, int pos) {
        if (pos == 0) {
            return false;
        }
        char c = text.charAt(pos - 1);
        return Character.isDigit(c) || ChineseNumerals.isChineseNumeralChar(c) || c == '多' || c == '余';
    }

    /** The length of the longest listed verb (two characters or more) that a word starts with, else 0. */
    private int stopPrefix(String word) {
        int best = 0;
        for (int n = 2; n < word.length() && n <= 5; n++) {
            if (stopWords.contains(word.substring(0, n))) {
                best = n;
            }
        }
        return best;
    }

    private static int tokenBefore(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ helpers

    private String endsWithHead(String name) {
        for (String h : heads.keySet()) {
            if (name.endsWith(h)) {
                return h;
            }
        }
        Matcher phase = PHASE_AT_END.matcher(name);
        return phase.find() ? phase.group() : null;
    }

    private boolean hasCue(String text, int start, int end) {
        String left = text.substring(Math.max(0, start - 12), start);
        int cut = Math.max(lastIndexOfAny(left, "。；;\n"), -1);
        left = left.substring(cut + 1);
        String right = text.substring(end, Math.min(text.length(), end + 6));
        int rcut = indexOfAny(right, "，。；,;\n");
        if (rcut >= 0) {
            right = right.substring(0, rcut);
        }
        for (String c : cues) {
            if (left.contains(c) || right.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before a head are descriptors only (省级重点, 该, 山东省标准化试点). */
    boolean isGeneric(String before) {
        String s = clean(before);
        Matcher place = PLACE_PREFIX.matcher(s);
        if (place.find() && place.end() < s.length()) {
            String rest = s.substring(place.end());
            if (coveredByGeneric(rest)) {
                return true;
            }
        }
        if (coveredByGeneric(s)) {
            return true;
        }
        // a country or a region and descriptors (参与苏丹建设项目, 东盟合作项目): a place's projects at large
        for (int k = 2; k < s.length() && k <= 8; k++) {
            if (coveredByGeneric(s.substring(k)) && isPlaceOnly(s.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceOnly(String s) {
        List<Token> words = HanlpSegmenter.instance().segment(s);
        return !words.isEmpty() && words.stream().allMatch(ProjectRecognizer::isPlace);
    }

    private boolean coveredByGeneric(String s) {
        if (s.isEmpty()) {
            return true;
        }
        boolean[] ok = new boolean[s.length() + 1];
        ok[0] = true;
        for (int i = 0; i < s.length(); i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= s.length() && j - i <= 8; j++) {
                if (generic.contains(s.substring(i, j))) {
                    ok[j] = true;
                }
            }
        }
        return ok[s.length()];
    }

    private static boolean insideBookTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        int close = text.lastIndexOf('》', pos);
        return open > close && pos - open < 60;
    }

    private static String clean(String s) {
        return LEADING_PUNCT.matcher(SPACES_AND_QUOTES.matcher(s).replaceAll("")).replaceAll("");
    }

    private static void add(List<ProjectMention> out, String text, Span span, String name) {
        for (ProjectMention p : out) {
            if (p.span().overlaps(span) && p.span().contains(span)) {
                return;
            }
        }
        out.add(new ProjectMention(span, name));
    }

    /** Later occurrences of a name already found elsewhere in the article are mentions of it too. */
    private static void repeated(String text, List<ProjectMention> found) {
        Set<String> names = new HashSet<>();
        for (ProjectMention p : found) {
            names.add(p.name());
        }
        for (String n : names) {
            if (n.length() < 4) {
                continue;
            }
            int at = 0;
            while ((at = text.indexOf(n, at)) >= 0) {
                Span s = new Span(at, at + n.length());
                boolean covered = found.stream().anyMatch(p -> p.span().overlaps(s));
                if (!covered) {
                    found.add(new ProjectMention(s, n));
                }
                at += n.length();
            }
        }
    }

    /** Of overlapping mentions keep the longest: 中科融合算力中心 inside 中科融合算力中心威海分中心. */
    private static List<ProjectMention> removeContained(List<ProjectMention> found) {
        List<ProjectMention> out = new ArrayList<>();
        for (ProjectMention p : found) {
            boolean inside = found.stream().anyMatch(o -> o != p && o.span().overlaps(p.span())
                    && o.span().length() > p.span().length());
            if (!inside) {
                out.add(p);
            }
        }
        return out;
    }

    static int lastIndexOfAny(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            best = Math.max(best, s.lastIndexOf(c));
        }
        return best;
    }

    static int indexOfAny(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
