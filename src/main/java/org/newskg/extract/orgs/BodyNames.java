package org.newskg.extract.orgs;

import org.newskg.extract.Chars;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.TokenIndex;
import org.newskg.nlp.Token;

/**
 * Whether a body's mention starts where a name can start: not inside a word (京 of 北京 in 京全国人大常委会,
 * 型 of 大型 in 型灌区…), and not with a verb, an adverb, a pronoun or a function word (用好合作委员会,
 * 要紧扣…, 每个县局), which are the clause before a body, not its name.
 */
public final class BodyNames {

    /** Single characters that open a clause, or end a date before the name (年该银行 of 2023年该银行). */
    private static final String CLAUSE_CHARS = "在对把将为与和同从向被让要就也都还又并及或应作年月日";

    /** Verbs of news stories that stand right before the body or company they act on. */
    private static final java.util.List<String> NEWS_VERBS = java.util.List.of("要求", "收购", "距离", "位于", "前往", "来到", "希望", "呼吁", "敦促", "指责",
            "批评", "起诉", "制裁", "宣布", "表示", "认为", "支持", "反对", "邀请", "会见", "会晤", "访问", "感谢", "祝贺", "欢迎",
            "致电", "致函", "通报", "据悉", "联手", "携手", "推动", "鼓励", "帮助", "指导", "扭住", "压实", "贡献",
            // verbs of policy talk before a body HanLP read into one word with it (用好政府/nt 间合作委员会)
            "用好", "抓好", "做好", "办好", "管好", "建好", "发挥", "加强", "深化", "落实", "贯彻", "围绕", "依托", "通过",
            "利用", "打造", "强化", "完善", "健全", "建议",
            // a career's verbs before the body a person went to (后任党委书记, 调任…)
            "后任", "调任", "改任", "转任", "历任", "曾任", "兼任", "出任");

    private BodyNames() {
    }

    /**
     * Shapes that name no body whatever their words: a session (第二十四次常委会), an ordinal (第二部), a count (一处海军, 两架空军), a spot (取水口处), the
     * clause before a body (领导下人民政协), and two things joined by 和 where the second is a bare part
     * (武器库和指挥部, 战机和部) or the first a meeting (三中全会和中央政治局). Ministries of two fields
     * (发展和改革局, 工业和信息化部) are names.
     */
    /**
     * The fields a ministry of two names before its 和 (发展和改革局, 工业和信息化部): one body, not two things joined.
     * Shared with {@link JointBodies}.
     */
    static final String TWO_FIELD_WORDS = "发展|科学|技术|工业|住房|城乡|资源|社会|文化|卫生|商务|交通|农业|应急|生态|环境|教育|体育|旅游|广播|新闻|民族|财政|规划|改革|信息";

    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "^第[0-9一二三四五六七八九十百]+[次届]|第[0-9一二三四五六七八九十百]+[部处司局]$|^[一二三四五六七八九十两几多][处个支名座]|[一二三四五六七八九十两几多][架艘]|[口界之]处$|^领导下|^下的?"
            + "|(?<!" + TWO_FIELD_WORDS + ")和\\p{IsHan}{1,3}$|全会和|会议和"
            // each of many (北京市各社区卫生服务中心), a single character glued before a level's committee (好/县委)
            + "|\\p{IsHan}各|^[\\p{IsHan}](?:省委|市委|县委|区委)$"
            // bodies joined (古巴共产党与政府, 中国-澳大利亚海关), levels at large (市县党委), a count of units (五支舰队),
            // a kind (新型陆军, 区域科技创新中心)
            + "|(?<!" + TWO_FIELD_WORDS + ")与\\p{IsHan}{1,3}$|\\p{IsHan}[-－—]\\p{IsHan}|(?:市县|县区|区县|省市)(?:党委|政府|两级|纪委)|前政府$|^属地"
            + "|[一二三四五六七八九十两几多]支|^新(?:型|时代|征程)|^区域|区域性|总书记|重要讲话"
            // levels at large (省区党委, 乡镇政府), one of a kind counted inside (加利福尼亚州一名联邦地区法院), a former
            // post's 前 read into its body (玻利维亚前陆军司令), a unit of a theatre or a street named bare (战区空军, 街道党群服务中心)
            + "|(?:省区|县乡|县市|乡镇)(?:党委|政府|纪委)|\\p{IsHan}一[名位家个所]|前(?=政府|陆军|海军|空军|军队|国防|外交|内阁|议会)"
            + "|^战区|^(?:街道|社区|乡镇|村)\\p{IsHan}{0,4}(?:服务中心|服务站|党委|党支部|居委会|村委会)$|跨部门|跨区域"
            // a community's service units (社区医疗卫生服务中心), a venue's hall (会展中心雄安厅)
            + "|社区\\p{IsHan}{0,8}中心$|(?:中心|会展|酒店|宾馆|会堂|大厦|[^文]馆)\\p{IsHan}{1,4}厅$"
            // a state (泰王国, 菲律宾共和国) is a place; a newly elected member's 新进 no part of a body; venues (会议中心, 体育中心)
            + "|(?:共和国|王国|合众国|公国)$|新进|新当选|(?:会议|会展|体育|展览|演艺|购物|新闻)中心$");

    public static boolean hasTheShapeOfAName(String name) {
        return !NOT_A_NAME.matcher(name).find() && !endsInAnEverydayWord(name) && !aBareSectionOf(name);
    }

    /** 葡萄牙部, 最高检部: a state or a known body and a bare 部 name no ministry (外交部 names its field). */
    private static boolean aBareSectionOf(String name) {
        if (!name.endsWith("部") || name.length() < 3) {
            return false;
        }
        String whose = name.substring(0, name.length() - 1);
        PeopleLexicon lex = PeopleLexicon.get();
        return lex.states.contains(whose) || lex.governmentNames.contains(whose);
    }

    /** Opening words that place a body in the state whatever follows (国家统计局, 中央网信办, 全国妇联). */
    private static final java.util.regex.Pattern STATE_OPENING = java.util.regex.Pattern.compile("国家|中央|国务院|全国|中共|中国|中华");

    /** How the names of development zones end (东营港经济开发区, 青岛西海岸新区, 综合保税区). */
    public static final String ZONE_ENDINGS = "开发区|高新区|经开区|新区|示范区|综合保税区|自贸区";
    private static final java.util.regex.Pattern ZONE_ADMINISTRATION = java.util.regex.Pattern.compile("管委会|管理委员会|党工委|工委");

    /** Whether a name is a development zone's administration named bare (管委会, 党工委). */
    public static boolean isZoneAdministration(String name) {
        return ZONE_ADMINISTRATION.matcher(name).matches();
    }

    /** A company's party organ (…有限公司党委, 中国石油化工集团党组): the company's, no body of the state; a firm's 局 a company. */
    private static final java.util.regex.Pattern COMPANY_PARTY_ORGAN = java.util.regex.Pattern.compile(
            "(?:公司|集团|银行|企业|股份)(?:党委|党组|党总支|党支部|纪委)$");

    /**
     * The numbered or regional bureaux of state-owned builders and railways (中铁十四局, 中建八局, 国铁广州局,
     * 中煤地质总局): companies, though named 局 as bodies are.
     */
    private static final java.util.regex.Pattern STATE_FIRM_BUREAU = java.util.regex.Pattern.compile(
            "^(?:中铁|中建|中交|中冶|中煤|中水|中核|中化|中电建|中国电建|中国中铁|中国铁建|中铁建|国铁|中国铁路)\\p{IsHan}{0,8}局$");

    /**
     * International and intergovernmental bodies (国际大坝委员会, 保护非物质文化遗产政府间委员会) and the organising
     * committees of games: organisations of their members, not of one state.
     */
    private static final java.util.regex.Pattern INTERNATIONAL_BODY = java.util.regex.Pattern.compile(
            "^国际\\p{IsHan}*(?:委员会|组织|联合会|协会|机构|联盟|理事会|中心)$|政府间\\p{IsHan}*委员会$"
            + "|(?:奥运会|冬奥会|残奥会|亚运会|亚冬会|大运会|全运会|世博会|博览会)\\p{IsHan}{0,4}(?:组织委员会|组委会|执委会)$");

    /** Whether a body's name is the first part of a longer word (东非政府/间发展组织: intergovernmental). */
    public static boolean opensALongerWord(OrgMention o, String text) {
        int end = o.span().end();
        if (o.name().endsWith("政府") && end < text.length() && text.charAt(end) == '间') {
            return true;
        }
        // 乌代德空军/基地, 诺福克海军/航空站: the branch names a base
        return o.name().endsWith("军") && MILITARY_SITE.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern MILITARY_SITE = java.util.regex.Pattern.compile("基地|航空站|机场|港|造船厂");

    public static OrgMention companysOrganAsOrganisation(OrgMention o) {
        if (o.kind() == OrgKind.GOVERNMENT && INTERNATIONAL_BODY.matcher(o.name()).find()) {
            return new OrgMention(o.span(), o.name(), OrgKind.OTHER);
        }
        if (o.kind() == OrgKind.GOVERNMENT && STATE_FIRM_BUREAU.matcher(o.name()).find()) {
            return new OrgMention(o.span(), o.name(), OrgKind.COMPANY);
        }
        return o.kind() == OrgKind.GOVERNMENT && COMPANY_PARTY_ORGAN.matcher(o.name()).find()
                ? new OrgMention(o.span(), o.name(), OrgKind.OTHER) : o;
    }

    /**
     * A verb of the story inside a body's name (巴勒斯坦要求美国政府, 扭住高层党委): the body is what follows it.
     */
    public static OrgMention afterAStoryVerb(OrgMention o, TokenIndex idx) {
        String n = o.name();
        if (!n.equals(o.span().of(idx.text))) {
            return o;
        }
        int cut = -1;
        for (String v : NEWS_VERBS) {
            int at = n.lastIndexOf(v);
            if (at > 0 && at + v.length() > cut) {
                cut = at + v.length();
            }
        }
        if (cut < 0 || n.length() - cut < 2) {
            return o;
        }
        return new OrgMention(new org.newskg.text.Span(o.span().start() + cut, o.span().end()), n.substring(cut), o.kind());
    }

    /**
     * A clause's character HanLP glued to a body of the state (作/全国政协常委会, 应/越南…): the body starts after it.
     */
    public static OrgMention withoutLeadingClauseChar(OrgMention o, TokenIndex idx) {
        String n = o.name();
        if (n.length() < 5 || !n.equals(o.span().of(idx.text)) || CLAUSE_CHARS.indexOf(n.charAt(0)) < 0) {
            return o;
        }
        String rest = n.substring(1);
        PeopleLexicon lex = PeopleLexicon.get();
        boolean named = opensAsTheState(rest) || lex.places.longestStartingAt(rest, 0, rest.length()) >= 2
                || lex.states.longestStartingAt(rest, 0, rest.length()) >= 2;
        return named ? new OrgMention(new org.newskg.text.Span(o.span().start() + 1, o.span().end()), rest, o.kind()) : o;
    }

    /** Whether a name opens with a word of the state (国家, 中央, 国务院, 全国, 中共, 中国, 中华). */
    public static boolean opensAsTheState(String name) {
        return STATE_OPENING.matcher(name).lookingAt();
    }

    /**
     * Whether a body's name of three characters or more holds nothing of its own: no place, level, person, body,
     * abbreviation or state opening, only common words (内政部, 交通管理局, 最高委员会, 拓展专门委员会). In a story of
     * no region it tells no reader which body is meant.
     */
    public static boolean namesNothing(String name) {
        if (name.length() < 3 || Chars.isLevel(name.charAt(0)) || opensAsTheState(name)) {
            return false;
        }
        for (Token t : org.newskg.nlp.HanlpSegmenter.dictionaryOnly().segment(name)) {
            String tag = t.tag();
            if (tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("j") || tag.equals("nx")
                    || !Chars.isHan(t.word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the last two characters, which hold the body's suffix, are an everyday word the dictionary knows as a
     * number, a direction, a pronoun or an adverb (江淮大部, 军事航天部队某部, 企业内部, 各处): no suffix of a body.
     */
    private static boolean endsInAnEverydayWord(String name) {
        if (name.length() < 2) {
            return false;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(name.substring(name.length() - 2));
        return a != null && 2 * org.newskg.nlp.CommonWords.frequency(a, tag -> "mfrd".indexOf(tag.charAt(0)) >= 0)
                > org.newskg.nlp.CommonWords.frequency(a, tag -> true);
    }

    /** 大连海关原党委: the former committee is the committee (when it held a post is another fact). */
    private static final java.util.regex.Pattern FORMER_UNIT = java.util.regex.Pattern.compile("原(?=党委|党组|纪委|党工委|领导班子$)");

    /** 斯洛伐克新一届政府, 泰国新政府: the new government is the state's government. */
    private static final java.util.regex.Pattern NEW_GOVERNMENT = java.util.regex.Pattern.compile("(?<=\\p{IsHan})(?:新一届|新一任|新)(?=政府$|内阁$)");
    /** 澳门全国人大(代表): a place before the nation's congress is where its deputy comes from, not whose congress it is. */
    private static final java.util.regex.Pattern PLACE_BEFORE_THE_NATION = java.util.regex.Pattern.compile(
            "^(\\p{IsHan}{2,6}?)(?=全国(?:人民代表大会|人大|政协|委员会))");

    /** 九位全国政协(委员), 历届全国政协: a count of members or of sessions before a body is none of its name. */
    private static final java.util.regex.Pattern COUNT_OR_SESSIONS_BEFORE = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十两几多数]+[位名]|历届|各届|本届|历任)(?=\\p{IsHan}{2})");

    /** The body without what a story says of it (原, 新一届, a count of its members, the deputy's home place). */
    public static OrgMention withoutModifiers(OrgMention o) {
        java.util.regex.Matcher count = COUNT_OR_SESSIONS_BEFORE.matcher(o.name());
        if (count.find()) {
            int cut = count.end();
            o = new OrgMention(new org.newskg.text.Span(o.span().start() + cut, o.span().end()), o.name().substring(cut), o.kind());
        }
        java.util.regex.Matcher m = FORMER_UNIT.matcher(o.name());
        if (m.find() && m.start() > 0) {
            return new OrgMention(o.span(), m.replaceFirst(""), o.kind());
        }
        java.util.regex.Matcher fresh = NEW_GOVERNMENT.matcher(o.name());
        if (fresh.find()) {
            return new OrgMention(o.span(), fresh.replaceFirst(""), o.kind());
        }
        java.util.regex.Matcher nation = PLACE_BEFORE_THE_NATION.matcher(o.name());
        if (nation.find() && !opensAsTheState(o.name()) && PeopleLexicon.get().places.contains(nation.group(1))) {
            int cut = nation.end();
            return new OrgMention(new org.newskg.text.Span(o.span().start() + cut, o.span().end()), o.name().substring(cut), o.kind());
        }
        return o;
    }

    /**
     * Whether the mention starts like a name. A name a reader carried a level into (区 of 区党工委 before 管委会)
     * is not the text at its span, and starts as the reader read it.
     */
    public static boolean startsLikeAName(OrgMention o, TokenIndex idx) {
        if (!o.name().equals(o.span().of(idx.text))) {
            return true;
        }
        int k = idx.at(o.span().start());
        if (k < 0) {
            return true;
        }
        Token first = idx.token(k);
        if (first.span().start() < o.span().start() && !idx.text.substring(first.span().start(), o.span().start()).isBlank()) {
            // inside a word, unless HanLP took two bodies joined by 和 for one (县农业农村局和县交通运输局)
            return "和与及、".indexOf(idx.text.charAt(o.span().start() - 1)) >= 0;
        }
        if (first.word().length() == 1) {
            // a single character is a clause word only if it is one of these (经 of 经/开区 is a zone's start)
            return CLAUSE_CHARS.indexOf(first.word().charAt(0)) < 0;
        }
        String tag = first.tag();
        if (NEWS_VERBS.stream().anyMatch(first.word()::startsWith)) {
            return false;   // 要求/n 美国苹果公司, 收购瑞信银行: a verb of the story HanLP read as a noun or into the name
        }
        // a transitive verb only: 退役/vi opens 退役军人事务局
        boolean clauseWord = tag.equals("v") || tag.startsWith("d") || tag.startsWith("r") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || tag.startsWith("y") || tag.startsWith("e");
        return !clauseWord;
    }
}
