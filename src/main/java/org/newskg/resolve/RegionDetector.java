package org.newskg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.WordSet;
import org.newskg.text.Bylines;

/**
 * Works out which province, city and district a page, and an article on it, is about, anywhere in
 * China: the divisions its text names (each mention counts for the division and those above it),
 * its datelines (本报威海讯, 淄博3月19日讯, 大众网东营3月22日讯) and how it speaks of itself (我区, 区委
 * against 我市, 市委). A district the tables do not know (a development zone a paper treats as a
 * district, 临港区) is found by repetition: a name of the form X区/X县 named again and again.
 */
public final class RegionDetector {

    /** Endings of words for kinds of area (示范区, 社区): a name ending so is no district. */
    private static final Set<String> AREA_ENDINGS = Set.of(
            "示范区", "试验区", "开发区", "功能区", "先行区", "保护区", "集聚区", "核心区", "主城区", "产业区",
            "服务区", "生活区", "度假区", "风景区", "自贸区", "实验区", "经开区", "高新区", "综保区", "片区", "城区",
            "园区", "社区", "景区", "辖区", "小区", "库区", "矿区", "厂区", "校区", "市区", "郊区", "山区", "老区",
            "湾区", "街区", "展区", "营区", "灾区", "商区", "县区", "镇区", "市县", "区县", "郡县");
    /** Whole words that look like a district's name but are not one (港区 alone; 临港区 is fine). */
    private static final Set<String> NOT_DISTRICTS = Set.of(
            "全区", "我区", "本区", "该区", "各区", "港区", "新区", "全县", "我县", "本县", "该县", "各县");
    /** How a district's or county's outlet speaks of itself (我区, 区委), against how a city's does (我市, 市委). */
    private static final Pattern DISTRICT_SELF = Pattern.compile(
            "我区|全区|区委|区党工委|区管委|区领导|区政府|区直|区长|我县|全县|县委|县政府|县领导|县直|县长");
    private static final Pattern CITY_SELF = Pattern.compile("我市|全市|市委|市政府|市领导|市直|市长");
    /** How only a place's own outlet speaks: 我市, 全县, 本区. */
    private static final Pattern OWN_SELF = Pattern.compile("我市|全市|本市|我区|全区|本区|我县|全县|本县|我省|全省|本省|我镇|全镇|我州|全州");
    /** Without a place of its own, a page is about the place that takes this share of its mentions, and three at least. */
    private static final double DOMINANT_SHARE = 0.6;
    private static final int DOMINANT_MIN = 3;
    private static final Pattern NOT_A_PLACE_START = Pattern.compile("^(在|到|于|对|向|和|与|及|了|的|是|为|全|各|我|本|该|原|新|老|城|市|省)");
    /** A dateline's place counts as much as this many mentions in the text. */
    private static final int DATELINE_WEIGHT = 3;

    private final RegionGazetteer gazetteer;

    public RegionDetector(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The page's context: its dateline places, the divisions it names most, and whether it speaks
     * as a district's or county's outlet.
     *
     * @param datelines places named in datelines of the page's articles (本报X讯 → X)
     */
    public RegionContext forPage(String pageText, Collection<String> datelines) {
        Map<Division, Integer> score = new HashMap<>();
        countNames(pageText, gazetteer.scanNames(), 1, score);
        for (String d : datelines) {
            gazetteer.named(d).forEach(div -> credit(div, DATELINE_WEIGHT, score));
        }
        String credit = openingCredit(pageText);
        Map<Division, Integer> credited = new HashMap<>();
        if (!credit.isEmpty()) {
            countNames(credit, gazetteer.datelineNames(), DATELINE_WEIGHT, credited);
            credited.forEach((d, n) -> score.merge(d, n, Integer::sum));
        }
        // a page has a place of its own when a dateline names it or it speaks as a place's outlet (我市, 全县);
        // a national outlet's story names places it is not from, and gets one only when one place dominates
        boolean own = datelines.stream().anyMatch(d -> !gazetteer.named(d).isEmpty()) || !credited.isEmpty()
                || count(pageText, OWN_SELF) > 0;
        Optional<Division> province = best(score, Division.Level.PROVINCE, null).filter(p -> own || dominant(p, score));
        Optional<Division> city = province.filter(Division::isMunicipality)
                .or(() -> best(score, Division.Level.CITY, province.orElse(null))).filter(c -> own || dominant(c, score));
        Optional<Division> county = own ? best(score, Division.Level.COUNTY, city.or(() -> province).orElse(null)) : Optional.empty();
        int districtSelf = count(pageText, DISTRICT_SELF);
        int citySelf = count(pageText, CITY_SELF);
        Optional<String> district = Optional.empty();
        Optional<String> cityName = city.map(Division::name);
        if (districtSelf > citySelf) {
            district = county.map(Division::name).or(() -> repeatedDistrict(pageText, 3));
            if (cityName.isEmpty()) {
                cityName = district.flatMap(gazetteer::cityOfDistrict);
            }
        } else if (county.isPresent() && county.get().name().endsWith("市") && citySelf > 0
                && (credited.containsKey(county.get())
                        || score.get(county.get()) >= city.map(c -> direct(c, score, pageText)).orElse(0))) {
            // a county-level city's own outlet (its credit names it: 青州新闻网2月15日讯, or it outnumbers its
            // prefecture): its 市委 and 市政府 are the county-level city's
            cityName = county.map(Division::name);
        }
        Optional<String> chosenCity = cityName;
        Optional<String> provinceName = province.map(Division::name)
                .or(() -> chosenCity.flatMap(gazetteer::provinceOfCity));
        return new RegionContext(provinceName, chosenCity, district);
    }

    /** How far into a page its body may start: a web page's headline and 来源/时间 lines come first. */
    private static final int CREDIT_SEARCH = 400;

    /** The credit opening the page's body (青州新闻网2月15日讯, 本报讯), at the start of one of its first lines, or "". */
    private static String openingCredit(String pageText) {
        for (int at = 0; at >= 0 && at < Math.min(CREDIT_SEARCH, pageText.length()); at = pageText.indexOf('\n', at + 1)) {
            int from = at == 0 ? 0 : at + 1;
            int end = Bylines.openingCreditEnd(pageText.substring(from));
            if (end > 0) {
                return pageText.substring(from, from + end);
            }
        }
        return "";
    }

    /** An article's own context: a district the article itself keeps naming overrides the page's. */
    public RegionContext forArticle(String articleText, RegionContext page) {
        Optional<String> own = dominantDistrict(articleText, 3);
        // a county-level city the page already speaks for (桐城市 of 桐城新闻) is the article's city, not a district in it
        if (own.isEmpty() || own.equals(page.district()) || own.equals(page.city())) {
            Optional<String> named = page.district().isPresent() ? Optional.empty() : dominantDistrict(articleText, 1);
            return new RegionContext(page.province(), page.city(), page.district(), named);
        }
        Optional<String> city = gazetteer.cityOfDistrict(own.get()).or(page::city);
        Optional<String> province = city.flatMap(gazetteer::provinceOfCity).or(page::province);
        return new RegionContext(province, city, own, own);
    }

    /** Counts each name of {@code names} in the text, longest first at each offset, for the divisions it names. */
    private void countNames(String text, WordSet names, int weight, Map<Division, Integer> score) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            int len = names.longestStartingAt(text, i, n);
            if (len < 2) {
                i++;
                continue;
            }
            for (Division d : gazetteer.named(text.substring(i, i + len))) {
                credit(d, weight, score);
            }
            i += len;
        }
    }

    /** A mention of a division counts for it and for every division above it. */
    private void credit(Division d, int weight, Map<Division, Integer> score) {
        for (Division at : gazetteer.chain(d)) {
            score.merge(at, weight, Integer::sum);
        }
    }

    /** Whether the division takes most of the mentions of its level on the page. */
    private static boolean dominant(Division d, Map<Division, Integer> score) {
        int own = score.getOrDefault(d, 0);
        int all = 0;
        for (Map.Entry<Division, Integer> e : score.entrySet()) {
            if (e.getKey().level() == d.level() || d.isMunicipality() && e.getKey().level() == Division.Level.CITY) {
                all += e.getValue();
            }
        }
        return own >= DOMINANT_MIN && own >= DOMINANT_SHARE * all;
    }

    /** How often the city itself is named, not through its counties. */
    private int direct(Division city, Map<Division, Integer> score, String text) {
        int full = count(text, city.name());
        int own = full;
        for (String s : city.shortNames()) {
            // 黄石 inside 黄石市 is the same mention
            own += count(text, s) - (city.name().startsWith(s) ? full : 0);
        }
        return Math.min(own, score.getOrDefault(city, 0));
    }

    /** The division of that level, under {@code within} when given, that scores highest (ties: the lower code). */
    private Optional<Division> best(Map<Division, Integer> score, Division.Level level, Division within) {
        Division best = null;
        int bestScore = 0;
        for (Map.Entry<Division, Integer> e : score.entrySet()) {
            Division d = e.getKey();
            if (d.level() != level || within != null && !gazetteer.chain(d).contains(within)) {
                continue;
            }
            if (e.getValue() > bestScore || e.getValue() == bestScore && best != null && d.code().compareTo(best.code()) < 0) {
                best = d;
                bestScore = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> dominantDistrict(String text, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        Map<Division, Integer> score = new HashMap<>();
        countNames(text, gazetteer.scanNames(), 1, score);
        score.forEach((d, n) -> {
            if (d.level() == Division.Level.COUNTY && n >= minCount) {
                counts.merge(d.name(), n, Math::max);
            }
        });
        repeatedDistrict(text, minCount).ifPresent(d -> counts.putIfAbsent(d, count(text, d)));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** A name of the form X区/X县 the tables lack, named at least {@code minCount} times (the longest on equal counts). */
    private Optional<String> repeatedDistrict(String text, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : districtLikeNames(text)) {
            if (!gazetteer.isDistrict(name)) {
                int n = count(text, name);
                if (n >= minCount) {
                    counts.put(name, n);
                }
            }
        }
        return counts.entrySet().stream()
                // on equal counts the longer name is the whole one (滨海新港区, not 海新港区)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static Set<String> districtLikeNames(String text) {
        Set<String> names = new HashSet<>();
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '区' && c != '县') {
                continue;
            }
            for (int len = 2; len <= 4 && i - len >= 0; len++) {
                String name = text.substring(i - len, i + 1);
                if (!name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    break;
                }
                if (!NOT_DISTRICTS.contains(name) && !endsAsArea(name) && !NOT_A_PLACE_START.matcher(name).find()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean endsAsArea(String name) {
        for (int k = 2; k <= 3 && k <= name.length(); k++) {
            if (AREA_ENDINGS.contains(name.substring(name.length() - k))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
