package org.newskg.extract.projects;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.ProjectMention;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Whether a name the project readers found names one project, or several, a place's projects at
 * large or a kind of project a story talks about. National news speaks of kinds (煤制油项目,
 * 人工智能算力中心, 特高压交流输电工程) far more often than of one project; regional news names one with the
 * step of its life beside it (洽谈氧化铝项目, 开工, 签约) or in a sentence about projects being done.
 */
final class ProjectKinds {

    /**
     * Counts inside a name (总台多个科技文化项目, 五大海上风电基地首个项目): several projects; and the ranks a
     * programme gives its projects (江西省重点水利工程, 重大标志性工程): a class of them, not the name of one.
     */
    private static final Pattern COUNT_INSIDE = Pattern.compile(
            "多个|多项|几支|几个|首个|首批|大批|两重|[一二三四五六七八九十两]大|[一二三四五六七八九十两]个|[0-9]+[座个项批条家所处]|[一二两三四五][高低]"
            + "|第[一二三四五六七八九十0-9]+[个处批项座]|重点|重大|重要|骨干|标志性|同类|最"
            // a first of its kind, a class by size, works of several parties (首座, 亿元以上, 两国政府间)
            + "|首[座台套条家]|[一二三四五六七八九十两]项|[亿万]元(?:及)?以上|以上项目|两国|双方|多国|各国|一流"
            // a slogan of numbered parts (三区一中心, 一核两翼)
            + "|[一二两三四五六七八九十]\\p{IsHan}{1,2}[一二两三四五六七八九十]");
    /** A list closed by a class that is not one of projects (算力保障基地等产业集群, …等重点任务): its items are kinds. */
    private static final Pattern KINDS_LIST_AFTER = Pattern.compile("等[^，。；]{0,6}?(?:产业集群|集群|领域|方向|任务|行业|业态|载体|产业)");
    /**
     * Words of a sentence speaking of projects at large, nationwide or as a tally (全国新开工的重大水利工程项目累计达到42项,
     * 超八成的钢铁企业建设了智能集控中心, 签订…等一批项目): a name in common words there is a kind.
     */
    private static final Pattern AT_LARGE = Pattern.compile(
            "全国|我国|各地|各省|全省|全市|全区|累计|上百|数百|数千|多家|超[一二三四五六七八九]成|一系列|纷纷|相继|一批|多个|多项|多座|多处|各类|首个|首批|首座|首台");
    /** Steps of a project's life told right beside it (not 建设 or 规划, said of kinds too). */
    private static final Pattern PROJECT_STEP = Pattern.compile("开工|签约|签订|落户|落地|投产|竣工|开建|奠基|洽谈|对接|入驻|达产|引进");
    /** A sentence of projects being done: a sum of money or a step of a project's life. */
    private static final Pattern PROJECT_SENTENCE = Pattern.compile(
            "[0-9一二三四五六七八九十百千万亿.]+\\s*(?:亿|万)?元|开工|开[（(]复[)）]工|复工|动工|(?<!正)在建|签约|签订|落户|落地|投产|竣工|开建|奠基|洽谈|对接"
            + "|入驻|达产");
    /** A name this short before its head, in common words only, is a kind unless a step is told beside it. */
    private static final int SHORT = 4;

    private final Set<String> stopWords;

    /** stopWords: the words that end a project's name on its left (a verb HanLP read into a name). */
    ProjectKinds(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    /**
     * Several projects (多个…项目), a place's projects at large (俄罗斯项目, 辽中区项目), or a name starting
     * inside a HanLP word (一/体海上风电…工程). head: the name's head word, or null.
     */
    boolean namesNoOneProject(ProjectMention p, String text, List<Token> tokens, String head) {
        String name = p.name();
        return COUNT_INSIDE.matcher(name).find() || name.indexOf('的') >= 0 || name.indexOf('+') >= 0
                || KINDS_LIST_AFTER.matcher(text).region(p.span().end(), text.length()).lookingAt() || placeOnly(name, head)
                || startsInsideAWord(text, tokens, p.span().start()) || afterAFigure(text, p.span().start())
                || ALL_OF_THEM_AFTER.matcher(text).region(p.span().end(), text.length()).lookingAt()
                || officeOfAnOrganisation(name, head) || worksOfARiver(name, head);
    }

    /** A river's stretch or basin before the kind of works (长江流域水工程, 黄河中游水利工程): a class of works there. */
    private static final Pattern RIVER_STRETCH = Pattern.compile("流域|中游|上游|下游|沿线|沿岸");
    private static final Pattern ALONG = Pattern.compile("沿江|沿海|沿边|沿线|沿黄");

    private static boolean worksOfARiver(String name, String head) {
        if (ALONG.matcher(name).lookingAt()) {
            return true;    // 沿江沿海高铁, 沿边铁路: corridors, a class of lines
        }
        String before = head == null ? name : name.substring(0, name.length() - head.length());
        Matcher m = RIVER_STRETCH.matcher(before);
        if (!m.find() || m.end() >= before.length()) {
            return false;
        }
        String rest = before.substring(m.end());
        return !ProjectNames.hasOwnName(rest, HanlpSegmenter.instance().segment(rest));
    }

    /** Right after a name, words saying it is many (…施工作业项目已全部停工, …项目均已开工). */
    private static final Pattern ALL_OF_THEM_AFTER = Pattern.compile("(?:已|也|都)?(?:全部|全都|均)");
    /** An organisation's name before 中心: its office or branch (国际货币基金组织上海区域中心), not a project. */
    private static final Pattern ORGANISATION_IN_NAME = Pattern.compile("组织|基金会?|联合国|委员会|协会|学会|联盟|银行");

    private static boolean officeOfAnOrganisation(String name, String head) {
        return head != null && head.endsWith("中心") && ORGANISATION_IN_NAME.matcher(name.substring(0, name.length() - head.length())).find();
    }

    /**
     * A name right after a figure starts inside its measure (10万千/瓦光热电站, 10万千瓦/及以上项目) or after the
     * amount of a project whose name is further left (宝马百亿元/动力电池项目).
     */
    private static boolean afterAFigure(String text, int offset) {
        return offset > 0 && (Character.isDigit(text.charAt(offset - 1)) || "万千百亿元一二三四五六七八九十两".indexOf(text.charAt(offset - 1)) >= 0);
    }

    /**
     * A kind of project: common words only before the head, and, for a short name, no step of its life
     * beside it, for a longer one no sentence of projects being done, or one that speaks of them at large.
     * Being built or planned (建设, 打造, 规划) is said of kinds as much as of projects: it does not count.
     */
    boolean isAKind(ProjectMention p, String text, String head) {
        String before = head == null ? p.name() : p.name().substring(0, p.name().length() - head.length());
        if (before.isEmpty() || ProjectNames.hasOwnName(before, HanlpSegmenter.instance().segment(before))) {
            return false;
        }
        String sentence = sentenceOf(text, p.span());
        if (AT_LARGE.matcher(sentence).find()) {
            return true;
        }
        return before.length() <= SHORT ? !stepBeside(text, p.span()) : !PROJECT_SENTENCE.matcher(sentence).find();
    }

    /** A place and the head (俄罗斯项目), or a list's item that is a place alone (来自巴西、马来西亚和南非的三个项目). */
    private static boolean placeOnly(String name, String head) {
        if (head != null && head.length() == name.length()) {
            return false;
        }
        String words = head == null ? name : name.substring(0, name.length() - head.length());
        if (PeopleLexicon.get().knownOrganizations.containsKey(words)) {
            return true;    // an organisation's projects at large (联合国项目)
        }
        List<Token> before = HanlpSegmenter.instance().segment(words);
        return !before.isEmpty() && before.stream().allMatch(t -> t.tag().startsWith("ns"));
    }

    /** A name cannot start inside a word, unless after the 和 of a list or a verb HanLP read into it (和日照西…, 共建鲁北…). */
    private boolean startsInsideAWord(String text, List<Token> tokens, int offset) {
        if (offset > 0 && "和及与".indexOf(text.charAt(offset - 1)) >= 0) {
            return false;
        }
        for (Token t : tokens) {
            if (t.span().start() >= offset) {
                return false;
            }
            if (t.span().end() > offset) {
                return Chars.isHan(t.word().charAt(0)) && t.tag().charAt(0) != 'w'
                        && !stopWords.contains(text.substring(t.span().start(), offset));
            }
        }
        return false;
    }

    /**
     * Whether the sentence tells projects being done: a sum or a step of their life. A list's items without
     * a head, closed by a count, are projects only there (…和上堡梯田四个工程全部申报成功 lists heritage sites).
     */
    boolean inASentenceOfProjects(String text, Span s) {
        return PROJECT_SENTENCE.matcher(sentenceOf(text, s)).find();
    }

    private static String sentenceOf(String text, Span s) {
        int from = Math.max(ProjectRecognizer.lastIndexOfAny(text.substring(0, s.start()), "。；;\n!?！？") + 1, 0);
        int stop = ProjectRecognizer.indexOfAny(text.substring(s.end()), "。；;\n!?！？");
        int to = stop < 0 ? text.length() : s.end() + stop;
        return text.substring(from, to);
    }

    private static boolean stepBeside(String text, Span s) {
        String left = text.substring(Math.max(0, s.start() - 8), s.start());
        left = left.substring(ProjectRecognizer.lastIndexOfAny(left, "，。；,;\n") + 1);
        String right = text.substring(s.end(), Math.min(text.length(), s.end() + 6));
        int cut = ProjectRecognizer.indexOfAny(right, "，。；,;\n");
        right = cut < 0 ? right : right.substring(0, cut);
        return PROJECT_STEP.matcher(left).find() || PROJECT_STEP.matcher(right).find();
    }
}
