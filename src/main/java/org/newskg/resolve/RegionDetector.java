package org.newskg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which province, city and district a page, and an article on it, is about: the
 * dateline ({@code 本报威海讯}), the places the text repeats, and the gazetteer. A district the
 * gazetteer does not know (a development zone a paper treats as a district, 临港区) is found by
 * repetition: a name of the form X区/X县 named again and again is the page's own district.
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
    /** How a district's paper speaks of itself (我区, 区委), against how a city's does (我市, 市委). */
    private static final Pattern DISTRICT_SELF = Pattern.compile("我区|全区|区委|区党工委|区管委|区领导|区政府|区直|我县|全县|县委|县政府|县领导|县直");
    private static final Pattern CITY_SELF = Pattern.compile("我市|全市|市委|市政府|市领导|市直");
    private static final Pattern NOT_A_PLACE_START = Pattern.compile("^(在|到|于|对|向|和|与|及|了|的|是|为|全|各|我|本|该|原|新|老|城|市|省)");

    private final RegionGazetteer gazetteer;

    public RegionDetector(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The page's context: its dateline place, the district and city it names most.
     *
     * @param datelines places named in datelines of the page's articles (本报X讯 → X)
     */
    public RegionContext forPage(String pageText, Collection<String> datelines) {
        // a city's paper names districts too, but speaks of itself as 我市 and 市委
        Optional<String> district = count(pageText, DISTRICT_SELF) > count(pageText, CITY_SELF)
                ? dominantDistrict(pageText, 3) : Optional.empty();
        Optional<String> city = Optional.empty();
        for (String d : datelines) {
            city = gazetteer.city(d);
            if (city.isPresent()) {
                break;
            }
        }
        if (city.isEmpty()) {
            city = district.flatMap(gazetteer::cityOfDistrict);
        }
        if (city.isEmpty()) {
            city = dominantCity(pageText);
        }
        Optional<String> province = city.flatMap(gazetteer::provinceOfCity).or(() -> dominantProvince(pageText));
        return new RegionContext(province, city, district);
    }

    /** An article's own context: a district the article itself keeps naming overrides the page's. */
    public RegionContext forArticle(String articleText, RegionContext page) {
        Optional<String> own = dominantDistrict(articleText, 3);
        if (own.isEmpty() || own.equals(page.district())) {
            Optional<String> named = page.district().isPresent() ? Optional.empty() : dominantDistrict(articleText, 1);
            return new RegionContext(page.province(), page.city(), page.district(), named);
        }
        Optional<String> city = gazetteer.cityOfDistrict(own.get()).or(page::city);
        Optional<String> province = city.flatMap(gazetteer::provinceOfCity).or(page::province);
        return new RegionContext(province, city, own, own);
    }

    private Optional<String> dominantDistrict(String text, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (String d : gazetteer.districts()) {
            int n = count(text, d);
            if (n > 0) {
                counts.merge(d, n, Integer::sum);
            }
        }
        // every name of the form X区/X县 ending where a 区 or 县 stands, counted wherever it occurs
        for (String name : districtLikeNames(text)) {
            if (!gazetteer.isDistrict(name)) {
                int n = count(text, name);
                if (n >= minCount) {
                    counts.put(name, n);
                }
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                // on equal counts the longer name is the whole one (滨海新港区, not 海新港区)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static Set<String> districtLikeNames(String text) {
        Set<String> names = new java.util.HashSet<>();
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
        for (int k = 2; k <= 3 && k < name.length(); k++) {
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

    private Optional<String> dominantCity(String text) {
        String best = null;
        int bestCount = 1;
        for (String city : gazetteer.cities()) {
            int n = count(text, RegionGazetteer.shortName(city));
            if (n > bestCount) {
                best = city;
                bestCount = n;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> dominantProvince(String text) {
        String best = null;
        int bestCount = 0;
        for (String province : gazetteer.provinces()) {
            int n = count(text, province);
            if (n > bestCount) {
                best = province;
                bestCount = n;
            }
        }
        return Optional.ofNullable(best);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
