package org.newskg.extract.places;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Chars;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.SpanCoverage;
import org.newskg.extract.TokenIndex;
import org.newskg.extract.WordSet;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Places: HanLP's place words, the gazetteer of provinces and cities, and names ending in an
 * administrative or development-zone suffix (…镇, …街道, …村, …高新区) read back over the tokens.
 */
public final class PlaceRecognizer {

    private static final List<String> ENDINGS = List.of("经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区",
            "自治区", "自治州", "街道", "省", "市", "区", "县", "镇", "乡", "村", "州");
    /** The last characters of the endings: where the text has none of them, no ending needs trying. */
    private static final String ENDING_LAST_CHARS = ENDINGS.stream()
            .map(e -> e.substring(e.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());

    private final PeopleLexicon lex;

    PlaceRecognizer() {
        this(PeopleLexicon.get());
    }

    public PlaceRecognizer(PeopleLexicon lex) {
        this.lex = lex;
    }

    public List<PlaceMention> find(TokenIndex idx, List<Span> blocked) {
        String text = idx.text;
        List<PlaceMention> all = new ArrayList<>();
        for (int i = 0; i < idx.tokens.size(); i++) {
            Token t = idx.tokens.get(i);
            if (t.isPlace() && t.word().length() >= 2 && !lex.nameStopwords.contains(t.word())
                    && !inForeignName(text, t.span()) && !isVerbAndObject(t.word())) {
                all.add(new PlaceMention(t.span(), t.word()));
            }
        }
        for (int end = 1; end <= text.length(); end++) {
            if (!idx.isBoundary(end)) {
                continue;
            }
            // the longest place of the gazetteer that ends here and starts where a word starts
            for (long lengths = lex.places.endingAt(text, end, end - 9) & ~0b11L; lengths != 0; ) {
                int len = WordSet.highest(lengths);
                lengths &= ~(1L << len);
                if (idx.isBoundary(end - len)) {
                    all.add(new PlaceMention(new Span(end - len, end), text.substring(end - len, end)));
                    break;
                }
            }
            if (ENDING_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) {
                continue;
            }
            for (String suffix : ENDINGS) {
                if (end >= suffix.length() && text.startsWith(suffix, end - suffix.length())) {
                    if (!endsAPlace(idx, end)) {
                        break;      // 村山富市/nrj, 老乡, 城市: the suffix ends a person or a common word
                    }
                    int start = leftEdge(idx, end - suffix.length(), suffix.endsWith("区") && suffix.length() > 1);
                    if (end - suffix.length() - start >= 1 && end - start >= 2) {
                        all.add(new PlaceMention(new Span(start, end), text.substring(start, end)));
                    }
                    break;
                }
            }
        }
        all.sort(Comparator.comparingInt((PlaceMention m) -> -m.span().length()).thenComparing(PlaceMention::span));
        List<PlaceMention> out = new ArrayList<>();
        SpanCoverage chosen = new SpanCoverage(text.length());
        SpanCoverage taken = new SpanCoverage(text.length());
        blocked.forEach(taken::add);
        for (PlaceMention m : all) {
            if (!lex.orgLeftStops.contains(m.name()) && !chosen.overlaps(m.span()) && !taken.overlaps(m.span())) {
                out.add(m);
                chosen.add(m.span());
            }
        }
        out.sort(Comparator.comparing(PlaceMention::span));
        return out;
    }

    /** Common words ending as a place does that still name places (幸福社区, 阳光小区, 滨江新区). */
    private static final Set<String> PLACE_WORDS = Set.of("社区", "小区", "新村", "新区", "新城", "景区", "街区", "园区");

    /**
     * Whether the word that ends at {@code end} may end a place: not a foreign person HanLP recognised (村山富市/nrj), not a
     * common word of two characters (老乡, 城乡, 农村, 城市, 超市).
     */
    private static boolean endsAPlace(TokenIndex idx, int end) {
        int k = idx.at(end - 1);
        if (k < 0) {
            return true;
        }
        Token t = idx.token(k);
        if (t.span().end() != end) {
            return true;
        }
        if (t.tag().equals("nrj") || t.tag().equals("nrf")) {
            return false;   // a Japanese or transliterated name; a Chinese one may be a town HanLP misread (蒲台镇/nr)
        }
        if (t.word().length() != 2 || PLACE_WORDS.contains(t.word())) {
            return true;
        }
        // a word of the core dictionary never a place there (老乡, 城乡, 农村), not what HanLP glued (蒲/台镇)
        CoreDictionary.Attribute a = CoreDictionary.get(t.word());
        return a == null || java.util.Arrays.stream(a.nature).anyMatch(n -> n.toString().startsWith("ns"));
    }

    /** A place word beside the dot of a transliterated name (博拉·提努布) is part of the person's name. */
    private static boolean inForeignName(String text, Span s) {
        return s.end() < text.length() && "·•・".indexOf(text.charAt(s.end())) >= 0
                || s.start() > 0 && "·•・".indexOf(text.charAt(s.start() - 1)) >= 0;
    }

    /**
     * A "place" HanLP made of a verb and its object (在海底建/大桥): a one-character verb before a common noun
     * of the dictionary, neither a place there.
     */
    private static boolean isVerbAndObject(String word) {
        if (word.length() != 3) {
            return false;
        }
        CoreDictionary.Attribute verb = CoreDictionary.get(word.substring(0, 1));
        CoreDictionary.Attribute noun = CoreDictionary.get(word.substring(1));
        return verb != null && noun != null && verb.nature[0].toString().equals("v") && noun.nature[0].toString().equals("n")
                && CoreDictionary.get(word) == null;
    }

    /** Start of a place name whose suffix starts at {@code suffixStart}: place and plain noun tokens, at most six characters. */
    private int leftEdge(TokenIndex idx, int suffixStart, boolean zone) {
        int k = idx.at(suffixStart);
        if (k < 0) {
            return suffixStart;
        }
        int start = idx.token(k).span().start();
        if (idx.token(k).isPlace() && idx.token(k).word().length() >= 2 && lex.places.contains(idx.token(k).word())) {
            return start;   // 兰州, 贵州: a whole known place takes no words before it (高铁/兰州)
        }
        for (int j = k - 1; j >= 0; j--) {
            Token t = idx.token(j);
            String tag = t.tag();
            if (suffixStart - t.span().start() > 6 || lex.orgLeftStops.contains(t.word())
                    || !zone && lex.places.contains(t.word())
                    || "省市区县镇乡村".indexOf(t.word().charAt(t.word().length() - 1)) >= 0
                    || !(tag.startsWith("ns") || tag.equals("n") || tag.equals("nz") || tag.equals("ng") || tag.equals("j"))
                    || lex.orgEndings.containsKey(t.word()) || t.word().length() > 4) {
                break;
            }
            start = t.span().start();
        }
        String tokenHead = idx.text.substring(start, suffixStart);
        return tokenHead.chars().allMatch(Chars::isHan) ? start : suffixStart;
    }
}
