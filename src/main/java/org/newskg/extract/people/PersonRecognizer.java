package org.newskg.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.LeadScan;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.PersonMention;
import org.newskg.extract.TokenIndex;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Persons, by the grammar of the genre first (a name right after a title, in a list after 区领导,
 * before 表示 or 指出, in a byline after 记者) and by HanLP's name recognition second; every name
 * found once is then found wherever the article repeats it.
 */
public final class PersonRecognizer {

    private static final Pattern LEADERS = Pattern.compile("(省|市|区|县|镇|乡|街道|校|院|集团|公司|部|局|委)?领导(同志)?");
    private static final LeadScan LEADERS_SCAN = new LeadScan(LEADERS);
    private static final Pattern BYLINE = Pattern.compile("(本报记者|特约记者|见习记者|首席记者|记者|通讯员|实习生|摄影|摄)[\\s　]*");
    private static final LeadScan BYLINE_SCAN = new LeadScan(BYLINE);
    private static final List<String> BEFORE_CUES = List.of("表示", "指出", "强调", "介绍", "认为", "告诉", "坦言", "透露",
            "主持", "讲话", "致辞", "带队", "率队", "一行", "同志", "说：", "说，", "说。", "先生", "女士", "小姐", "等人",
            "对记者", "对本报", "接受", "称，", "回忆", "坦承", "笑称", "解释", "证实", "预计", "建议", "提醒");
    private static final Pattern CREDIT = Pattern.compile("([\\p{IsHan}]{2,3})[\\s　]*摄(?=[\\s　]*($|\\n|[）)]))");
    private static final LeadScan CREDIT_SCAN = new LeadScan(CREDIT);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");


    /** The most frequent surnames, whose characters seldom begin another word: 王某某 needs no further context. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾郝龚邵钱严覃戴莫孔汤牛查狄封鲁岳梅葛毛柳章聂庞倪翟殷耿焦俞祝鲍柯纪童凌毕裴霍苗盛翁骆蓝辛靳柴鞠丛栾隋";

    /** What follows a place's or a body's name (汪某镇, 金某购物): a reading before it is no person. */
    private static final String PLACE_OR_BODY_NEXT = "镇村区县市乡街路省州岛湖港湾桥园馆站场厂店局委办部会司购";

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;
    private final NameReader names;

    PersonRecognizer() {
        this(PeopleLexicon.get());
    }

    public PersonRecognizer(PeopleLexicon lex) {
        this.lex = lex;
        this.titles = new TitleVocabulary(lex);
        this.names = new NameReader(lex, titles);
    }

    /** The persons of a text, none overlapping {@code blocked} (organisation spans). */
    public List<PersonMention> find(TokenIndex idx, List<Span> blocked) {
        String text = idx.text;
        List<PersonMention> strong = new ArrayList<>();
        // after a title or an occupation: 主任宫本杲, 记者王某
        for (int end = 2; end < text.length(); end++) {
            int len = titles.anyEndingAt(text, end);
            if (len > 0 && !longerTitleGoesOn(text, end, len) && !insideLongerWord(idx, end - len, end)) {
                Optional<PersonMention> name = names.read(idx, end, true);
                if (name.isEmpty()) {
                    name = foreignAfterTitle(idx, end);
                }
                name.ifPresent(strong::add);
            }
        }
        // lists of officials: 区领导王某、李某、赵某参加
        LeadScan.Run lmRun = LEADERS_SCAN.in(text);
        while (lmRun.find()) {
            Matcher lm = lmRun.matcher();
            names.read(idx, lm.end(), true).ifPresent(strong::add);
        }
        bylines(idx, strong);
        beforeCues(idx, strong, blocked);
        // a name followed by 、 and another name: the list goes on
        List<PersonMention> listed = new ArrayList<>();
        for (PersonMention m : strong) {
            continueList(idx, m, listed);
        }
        strong.addAll(listed);
        strong.replaceAll(m -> wholeTransliteration(idx, m));
        List<PersonMention> weak = fromHanlp(idx);
        List<PersonMention> chosen = choose(strong, weak, blocked);
        chosen = repeated(idx, chosen, blocked);
        chosen.sort(Comparator.comparing(PersonMention::span));
        return chosen;
    }

    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,15}(?![A-Za-z0-9])");

    /**
     * 助教休顿, 制片人Steven, 外长拉夫罗夫: after a title a foreign name has no surname to start it; it is
     * HanLP's transliterated name, a run of transliterating characters that ends where names end, or a
     * word in Latin letters.
     */
    private Optional<PersonMention> foreignAfterTitle(TokenIndex idx, int p) {
        String text = idx.text;
        if (p >= text.length()) {
            return Optional.empty();
        }
        Matcher latin = LATIN_NAME.matcher(text).region(p, text.length());
        if (latin.lookingAt()) {
            return Optional.of(new PersonMention(new Span(p, latin.end()), latin.group()));
        }
        int t = idx.at(p);
        int end = p;
        if (t >= 0 && idx.token(t).span().start() == p && idx.token(t).tag().equals("nrf")) {
            end = idx.token(t).span().end();
        }
        Matcher dotted = DOTTED.matcher(text).region(p, text.length());
        if (dotted.lookingAt() && cleanRight(idx, dotted.end())) {
            return Optional.of(new PersonMention(new Span(p, dotted.end()), dotted.group()));
        }
        int run = p;
        while (run < text.length() && run - p < 6 && TRANSLIT.indexOf(text.charAt(run)) >= 0) {
            run++;
        }
        for (int e = run; e > Math.max(end, p + 1); e--) {
            if (names.cueStrength(idx, e) >= 1 && idx.isBoundary(e)) {
                end = e;
                break;
            }
        }
        if (end - p < 2) {
            return Optional.empty();
        }
        String name = text.substring(p, end);
        if (lex.nameStopwords.contains(name) || lex.places.contains(name) || titles.isTitle(name) || titles.isOccupation(name)) {
            return Optional.empty();
        }
        return Optional.of(new PersonMention(new Span(p, end), name));
    }

    private boolean cleanRight(TokenIndex idx, int end) {
        return names.cueStrength(idx, end) >= 1 || end < idx.text.length() && !Chars.isHan(idx.text.codePointAt(end));
    }

    /** 博士后研究, 成员国施压: the title is the head of a longer word HanLP reads as one title or trade. */
    private static boolean insideLongerWord(TokenIndex idx, int titleStart, int end) {
        if (idx.isBoundary(end)) {
            return false;
        }
        Token t = idx.token(idx.at(end));
        String tag = t.tag();
        // 成员国施压: the title's end lies inside an ordinary word that runs on past it
        return tag.equals("nnt") || tag.equals("nnd") || t.span().start() <= titleStart && (tag.equals("n") || tag.equals("vn"));
    }

    /** 董事长孙某: the title is 董事长, not 董事 followed by a name 长孙某. */
    private boolean longerTitleGoesOn(String text, int end, int len) {
        for (int k = 1; k <= 3 && end + k <= text.length(); k++) {
            int l2 = titles.anyEndingAt(text, end + k);
            if (l2 > 0 && end + k - l2 <= end - len) {
                return true;
            }
        }
        return false;
    }

    private void bylines(TokenIndex idx, List<PersonMention> out) {
        String text = idx.text;
        LeadScan.Run mRun = BYLINE_SCAN.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            if (m.group(1).equals("摄") || m.group(1).equals("摄影") && m.end() == m.start() + 2
                    && !text.startsWith("记者", m.end())) {
                continue;
            }
            int p = m.end();
            // space-separated names, a one-character chunk joined to the next (郑 莉)
            while (p < text.length()) {
                List<int[]> run = NameReader.hanRun(text, p, 4);
                if (run.isEmpty()) {
                    break;
                }
                int runEnd = NameReader.endOf(run, run.size());
                String chunk = WHITESPACE.matcher(text.substring(p, runEnd)).replaceAll("");
                if (BYLINE.matcher(chunk).matches()) {
                    p = skipSpace(text, runEnd);
                    continue;
                }
                Optional<PersonMention> n = names.read(idx, p, true);
                if (n.isEmpty()) {
                    break;
                }
                out.add(n.get());
                p = skipSpace(text, n.get().span().end());
                if (p < text.length() && (text.charAt(p) == '、' || text.charAt(p) == '，' || text.charAt(p) == ',')) {
                    p = skipSpace(text, p + 1);
                }
            }
        }
        if (text.indexOf('摄') < 0) {
            return; // every credit holds 摄; the pattern is slow to fail at each character of a text without it
        }
        LeadScan.Run cRun = CREDIT_SCAN.in(text);
        while (cRun.find()) {
            Matcher c = cRun.matcher();
            names.read(idx, c.start(1), true).filter(n -> n.span().end() == c.end(1)).ifPresent(out::add);
        }
    }

    private static int skipSpace(String text, int p) {
        while (p < text.length() && Chars.isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** 张某表示 / ，李某指出: a name right before a verb of speech, with a clean left edge. */
    private void beforeCues(TokenIndex idx, List<PersonMention> out, List<Span> blocked) {
        String text = idx.text;
        for (String cue : BEFORE_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                boolean honorific = HONORIFICS.contains(cue);
                for (int len = 3; len >= 2; len--) {
                    int p = at - len;
                    if (p < 0 || !cleanLeft(idx, p, blocked) && !(honorific && honorificLeft(idx, p, len, blocked))) {
                        continue;
                    }
                    Optional<PersonMention> n = names.read(idx, p, false);
                    if (n.isPresent() && n.get().span().end() == at) {
                        out.add(n.get());
                        break;
                    }
                }
            }
        }
    }

    /** Forms of address that follow a full name (火某某先生): the name's left edge need only be a word boundary. */
    private static final Set<String> HONORIFICS = Set.of("先生", "女士", "小姐");

    private static boolean honorificLeft(TokenIndex idx, int p, int len, List<Span> blocked) {
        if (!idx.isBoundary(p) || blocked.stream().anyMatch(b -> b.start() < p && b.end() > p)) {
            return false;
        }
        Token first = idx.token(idx.at(p));
        // 向陈先生: a one-character preposition or verb before a surname is no surname of a two-character name
        return len == 3 || first.word().length() > 1 || !NameReader.SENTENCE_TAGS.contains(first.tag()) && !first.tag().startsWith("u");
    }

    private boolean cleanLeft(TokenIndex idx, int p, List<Span> blocked) {
        if (p == 0) {
            return true;
        }
        char c = idx.text.charAt(p - 1);
        if (Chars.isBreak(c) || Chars.isSpace(c) || c == '和' || c == '与' || c == '及') {
            return true;
        }
        if (titles.anyEndingAt(idx.text, p) > 0) {
            return true;
        }
        return blocked.stream().anyMatch(s -> s.end() == p);
    }

    private void continueList(TokenIndex idx, PersonMention m, List<PersonMention> out) {
        String text = idx.text;
        int p = m.span().end();
        while (p < text.length() && (text.charAt(p) == '、' || text.charAt(p) == '和' || text.charAt(p) == '及')) {
            Optional<PersonMention> next = names.read(idx, skipSpace(text, p + 1), true);
            if (next.isEmpty() || !names.endsName(idx, next.get().span().end())) {
                return;
            }
            out.add(next.get());
            p = next.get().span().end();
        }
    }

    /** HanLP's person words, a split rare-character name put back together (宫本/nr 杲/nr). */
    /** Characters that transliterate foreign names (斯, 尔, 德, 克 …). */
    private static final String TRANSLIT = "阿埃艾安奥巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜顿多厄恩法菲费芬丰弗福夫盖甘高戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康科克库拉莱赖兰朗劳勒雷蕾里利莉丽林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米敏莫穆纳娜南内尼涅纽诺欧帕佩彭皮普奇齐乔切琼丘萨塞桑瑟森沙莎史斯松苏索塔泰坦汤唐特提图托瓦万威维温沃乌西希夏谢辛休雅亚扬伊因英尤约泽扎詹朱佐茱姆莱各蓬亭尔珀瑞娃丝妮黛琪芙雯薇柯嘉珊琦露缇妲弥赛勃裘洁密美廉文伍耶默历";
    private static final String T = "[" + TRANSLIT + "]";
    /** What joins the parts of a transliterated name: every dotted name holds one of them. */
    private static final String JOINERS = "·•・-";
    private static final Pattern DOTTED = Pattern.compile(T + "{1,7}(?:[" + Pattern.quote(JOINERS) + "]" + T + "{1,7})+");

    /**
     * A name read after a title that is the first part of a dotted transliteration (总书记马西米/利亚诺·阿伊,
     * 国家主席米格尔·迪亚斯-卡内尔): the whole dotted name.
     */
    private static PersonMention wholeTransliteration(TokenIndex idx, PersonMention m) {
        String text = idx.text;
        int after = m.span().end();
        boolean goesOn = after < text.length() && (JOINERS.indexOf(text.charAt(after)) >= 0 || TRANSLIT.indexOf(text.charAt(after)) >= 0);
        if (!goesOn) {
            return m;
        }
        Matcher dotted = DOTTED.matcher(text).region(m.span().start(), text.length());
        if (!dotted.lookingAt() || dotted.end() <= after) {
            return m;
        }
        int end = endOfLastWord(idx, dotted.end());
        return new PersonMention(new Span(m.span().start(), end), text.substring(m.span().start(), end));
    }

    /** Where a dotted name starts: at the start of HanLP's transliterated word it starts inside (道/格拉斯·亚历山大). */
    private static int startOfFirstWord(TokenIndex idx, int start) {
        int k = idx.at(start);
        if (k < 0) {
            return start;
        }
        Token t = idx.token(k);
        return t.tag().equals("nrf") && t.span().start() < start && start - t.span().start() <= 2 ? t.span().start() : start;
    }

    /** Where a dotted name ends: at the end of HanLP's name or place word it stops inside (艾丹·亚历/山大 → 亚历山大). */
    private static int endOfLastWord(TokenIndex idx, int end) {
        int k = idx.at(end - 1);
        if (k < 0) {
            return end;
        }
        Token t = idx.token(k);
        boolean name = t.tag().startsWith("nr") || t.tag().startsWith("ns");
        int limit = t.tag().equals("nrf") ? 12 : 5;   // HanLP's transliteration holds its dots (道格拉斯·亚历山大/nrf)
        return name && t.span().end() > end && t.span().end() - t.span().start() <= limit ? t.span().end() : end;
    }

    /** 菲利普·罗斯, 某某-某某: a transliterated name in parts joined by a middle dot or a hyphen. */
    private List<PersonMention> dotted(TokenIndex idx) {
        List<PersonMention> out = new ArrayList<>();
        if (idx.text.chars().noneMatch(c -> JOINERS.indexOf(c) >= 0)) {
            return out;
        }
        String text = idx.text;
        Matcher m = DOTTED.matcher(text);
        // a dotted name's first joiner has one to seven transliterating characters before it: the
        // match is tried only there, at the earliest such start, as a search from the left finds it
        int from = 0;
        for (int j = 0; j < text.length(); j++) {
            if (JOINERS.indexOf(text.charAt(j)) < 0 || j <= from) {
                continue;
            }
            int start = j;
            while (start > from && start > j - 7 && TRANSLIT.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start == j || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            int end = m.end();
            from = end;
            j = end - 1;
            boolean person = false;
            for (int c = start; c < end; c++) {
                int t = idx.at(c);
                person |= t >= 0 && idx.token(t).isPerson();
            }
            if (person && end - start >= 3) {
                end = endOfLastWord(idx, end);
                start = startOfFirstWord(idx, start);
                out.add(new PersonMention(new Span(start, end), idx.text.substring(start, end)));
            }
        }
        return out;
    }

    private List<PersonMention> fromHanlp(TokenIndex idx) {
        List<PersonMention> out = new ArrayList<>(dotted(idx));
        List<Token> toks = idx.tokens;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isPerson()) {
                continue;
            }
            int start = t.span().start();
            int end = t.span().end();
            String w = t.word();
            if (t.tag().equals("nrf") || t.tag().equals("nrj")) {
                // 丹尼斯·霍珀: foreign names written in parts joined by a middle dot or a hyphen
                int j = i;
                while (j + 2 < toks.size() && "·•・-‧".contains(toks.get(j + 1).word())
                        && toks.get(j + 2).tag().startsWith("nr")) {
                    j += 2;
                }
                end = toks.get(j).span().end();
                // 雷德克/nrf 纳普: a transliteration HanLP cut short goes on over single transliterating characters
                while (end < idx.text.length() && end - start < 6 && TRANSLIT.indexOf(idx.text.charAt(end)) >= 0
                        && idx.at(end) >= 0 && idx.token(idx.at(end)).word().length() == 1) {
                    end++;
                }
                String full = text(idx, start, end);
                int cue = names.cueStrength(idx, end);
                boolean context = cue >= 2 || cue >= 1 && cleanLeft(idx, start, List.of());
                if (context && full.length() >= 2 && !lex.nameStopwords.contains(full) && !lex.places.contains(full)) {
                    out.add(new PersonMention(new Span(start, end), full));
                }
                i = j;
                continue;
            }
            if (w.length() == 2 && i + 1 < toks.size()) {
                Token next = toks.get(i + 1);
                if (next.word().length() == 1 && Chars.isHan(next.word().codePointAt(0))
                        && "的了在和与及等是为对也都就将把被从向到说率赴来年月日".indexOf(next.word().charAt(0)) < 0
                        && (next.isPerson() || next.tag().equals("nz") || next.tag().equals("ng") || next.tag().equals("x"))
                        && names.endsName(idx, next.span().end())) {
                    end = next.span().end();
                }
            }
            if (end - start < 2 || end - start > 4 || !lex.isSurname(text(idx, start, start + 1))
                    && !lex.isSurname(text(idx, start, Math.min(end, start + 2)))) {
                continue;
            }
            String name = text(idx, start, end);
            int cue = names.cueStrength(idx, end);
            boolean usual = end - start == 3 && COMMON_SURNAMES.indexOf(idx.text.charAt(start)) >= 0;
            boolean context = cue >= 2 || cue >= 1 && cleanLeft(idx, start, List.of());
            boolean rareTwo = end - start == 2 && COMMON_SURNAMES.indexOf(idx.text.charAt(start)) < 0;
            boolean placeNext = end < idx.text.length() && PLACE_OR_BODY_NEXT.indexOf(idx.text.charAt(end)) >= 0;
            boolean usualTwo = end - start == 2 && !rareTwo && !placeNext && (cue >= 1 || cleanLeft(idx, start, List.of()))
                    && idx.text.charAt(start) != idx.text.charAt(start + 1) && idx.text.charAt(start + 1) != '方';
            if (!usual && !usualTwo && !context || rareTwo) {
                continue; // HanLP's guess alone is too loose in this genre: it needs a context
            }
            if (!names.plausibleShape(name) || NameReader.countedAfterNumber(idx.text, start) || lex.nameStopwords.contains(name) || lex.places.contains(name) || titles.isTitle(name)
                    || titles.isOccupation(name) || notAGuessedName(idx, start, name)) {
                continue;
            }
            out.add(new PersonMention(new Span(start, end), name));
        }
        return out;
    }

    /**
     * A guessed name whose surname closes a word with the character before it (如何讲好, 共祝祖国, 国王西哈莫尼).
     */
    private static boolean notAGuessedName(TokenIndex idx, int start, String name) {
        if (start > 0 && Chars.isHan(idx.text.codePointAt(start - 1))) {
            String word = idx.text.substring(start - 1, start + 1);
            return com.hankcs.hanlp.dictionary.CoreDictionary.contains(word);
        }
        return false;
    }

    private static String text(TokenIndex idx, int s, int e) {
        return idx.text.substring(s, e);
    }

    /** Strong readings first, then HanLP's where they overlap nothing already taken. */
    private static List<PersonMention> choose(List<PersonMention> strong, List<PersonMention> weak, List<Span> blocked) {
        List<PersonMention> out = new ArrayList<>();
        List<PersonMention> sorted = new ArrayList<>(strong);
        sorted.sort(Comparator.comparing(PersonMention::span));
        for (List<PersonMention> group : List.of(sorted, weak)) {
            for (PersonMention m : group) {
                boolean free = out.stream().noneMatch(o -> o.span().overlaps(m.span()))
                        && blocked.stream().noneMatch(b -> b.overlaps(m.span()));
                if (free) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Every other place the article writes a name it has already given. */
    private List<PersonMention> repeated(TokenIndex idx, List<PersonMention> found, List<Span> blocked) {
        String text = idx.text;
        Set<String> known = new LinkedHashSet<>();
        for (PersonMention m : found) {
            if (m.name().length() >= 2) {
                known.add(m.name());
            }
        }
        List<PersonMention> out = new ArrayList<>(found);
        for (String n : known) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                Span s = new Span(at, at + n.length());
                if (out.stream().noneMatch(o -> o.span().overlaps(s)) && blocked.stream().noneMatch(b -> b.overlaps(s))
                        && (n.length() >= 3 || names.endsName(idx, s.end()))
                        && (at == 0 || !Chars.isHan(text.codePointAt(at - 1)) || idx.isBoundary(at))) {
                    out.add(new PersonMention(s, n));
                }
            }
        }
        return out;
    }
}
