package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
import org.newskg.extract.WordSet;
import org.newskg.nlp.CommonWords;

/**
 * China's divisions, province to town ({@code divisions.tsv}, made by {@code scripts/divisions.py}
 * from the 2023 statistical tables), and the functional zones papers treat as districts
 * ({@code cities.tsv}). Answers by full or short name; a name several divisions share gives all of them.
 */
public final class RegionGazetteer {

    /** Short names of counties that are everyday words far more often than places. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "东方", "城关", "城中", "城东", "城西", "城南", "城北", "开发", "高新", "经开", "江北", "江南", "河东", "河西",
            "市中", "和平", "长安", "新华", "白云", "南山", "北关", "永安", "大安", "安定", "宝山", "青山", "龙华",
            "新城", "新区", "郊区", "矿区", "城区", "中山", "海南", "普陀", "金山", "平安", "安宁", "永康", "长寿",
            "富民", "宁安", "兴安", "延长", "永和", "太和", "东区", "西区", "南区", "北区", "和田", "合作", "共和",
            "大方", "新兴", "乐业", "海城", "安图", "龙井", "华容", "新乐", "宁国", "明光", "通道", "凤凰", "高平",
            "武功", "仁和", "协和", "光明", "先锋", "民主", "团结", "文明", "向阳", "红旗", "胜利", "正安", "清河",
            "桥东", "桥西", "铁西", "铁东", "站前", "城厢", "东城", "西城", "市南", "市北", "沙市", "下城", "上城");

    /** States written by one character in pairs (美韩, 中俄, 俄乌). */
    private static final String STATE_CHARS = "中美日英法德俄韩朝印澳加意乌欧巴";

    private static final RegionGazetteer INSTANCE = new RegionGazetteer();

    private final Map<String, Division> byCode = new HashMap<>();
    /** full and short names of provinces, cities and counties → the divisions so named */
    private final Map<String, List<Division>> byName = new HashMap<>();
    /** full names of towns → the towns so named */
    private final Map<String, List<Division>> townsByName = new HashMap<>();
    /** province short forms of one character (鲁, 冀) */
    private final Map<String, String> provinceAbbreviations = new HashMap<>();
    private final Map<String, String> provinces = new LinkedHashMap<>();
    private final Map<String, String> cityProvince = new LinkedHashMap<>();
    private final Map<String, String> districtCity = new LinkedHashMap<>();
    /** what a page's text is scanned for: full names of provinces, cities, counties; short names of provinces and cities */
    private final WordSet scanNames;
    /** beside those, counties' short names: for datelines, where a place stands alone */
    private final WordSet datelineNames;
    private final WordSet townNames;
    /** foreign states by their usual names (美国, 日本, 刚果（金）) */
    private final WordSet countries;

    private RegionGazetteer() {
        for (String[] row : Resources.rows("divisions.tsv")) {
            Division.Level level = Division.Level.valueOf(row[1].toUpperCase(java.util.Locale.ROOT));
            List<String> shorts = row.length > 4 && !row[4].isBlank() ? Arrays.asList(row[4].split(" ")) : List.of();
            add(new Division(row[0], level, row[2], row.length > 3 ? row[3] : "", shorts));
        }
        for (String[] row : Resources.rows("provinces.txt")) {
            for (String name : row) {
                provinces.put(name, row[0]);
                if (name.length() == 1) {
                    provinceAbbreviations.put(name, row[0]);
                }
            }
        }
        for (String[] row : Resources.rows("cities.tsv")) {
            Optional<Division> city = firstOf(row[1], Division.Level.CITY);
            if (city.isEmpty() || row.length < 3) {
                continue;
            }
            for (String zone : row[2].split(" ")) {
                if (firstOf(zone, Division.Level.COUNTY).filter(d -> d.parentCode().equals(city.get().code())).isEmpty()) {
                    List<String> shorts = zone.endsWith("区") && zone.length() >= 4 && !zone.endsWith("新区")
                            ? List.of(zone.substring(0, zone.length() - 1)) : List.of();     // 临港区 is 临港
                    add(new Division(city.get().code() + ":" + zone, Division.Level.COUNTY, zone, city.get().code(), shorts));
                }
            }
        }
        Set<String> countryNames = new LinkedHashSet<>();
        for (String[] row : Resources.rows("countries.txt")) {
            for (String line : row) {
                countryNames.addAll(Arrays.asList(line.split(" ")));
            }
        }
        countryNames.remove("中国");
        this.countries = new WordSet(countryNames);
        Set<String> scan = new LinkedHashSet<>();
        Set<String> dateline = new LinkedHashSet<>();
        Set<String> towns = new LinkedHashSet<>();
        for (Division d : byCode.values()) {
            switch (d.level()) {
                case PROVINCE -> {
                    scan.add(d.name());
                    scan.addAll(d.shortNames());
                }
                case CITY -> {
                    scan.add(d.name());
                    d.shortNames().stream().filter(s -> !CommonWords.isEverydayWord(s)).forEach(scan::add);
                }
                case COUNTY -> {
                    // 城区, 郊区, 矿区, 东区 are counties somewhere, and common words everywhere
                    if (!(d.name().length() == 2 && d.name().endsWith("区"))) {
                        scan.add(d.name());
                    }
                    dateline.addAll(d.shortNames());
                }
                case TOWN -> towns.add(d.name());
            }
        }
        for (Division d : byCode.values()) {
            if (d.level() == Division.Level.COUNTY) {
                for (String s : d.shortNames()) {
                    // a county's short name counts where it names that county alone and is no common word
                    if ((named(s).size() == 1 || s.length() > 2) && !COMMON_WORDS.contains(s) && !CommonWords.isEverydayWord(s)) {
                        scan.add(s);
                    }
                }
            }
        }
        dateline.addAll(scan);
        this.scanNames = new WordSet(scan);
        this.datelineNames = new WordSet(dateline);
        this.townNames = new WordSet(towns);
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        if (d.level() == Division.Level.TOWN) {
            townsByName.computeIfAbsent(d.name(), k -> new ArrayList<>(1)).add(d);
            return;
        }
        byName.computeIfAbsent(d.name(), k -> new ArrayList<>(1)).add(d);
        for (String s : d.shortNames()) {
            byName.computeIfAbsent(s, k -> new ArrayList<>(1)).add(d);
        }
        switch (d.level()) {
            case PROVINCE -> {
                provinces.put(d.name(), d.name());
                d.shortNames().forEach(s -> provinces.put(s, d.name()));
                if (d.isMunicipality()) {
                    cityProvince.put(d.name(), d.name());
                }
            }
            case CITY -> cityProvince.put(d.name(), byCode.get(d.parentCode()).name());
            case COUNTY -> districtCity.putIfAbsent(d.name(), parent(d)
                    .filter(p -> p.level() == Division.Level.CITY || p.isMunicipality()).map(Division::name).orElse(""));
            default -> {
            }
        }
    }

    public static RegionGazetteer instance() {
        return INSTANCE;
    }

    /** Provinces, cities and counties of that full or short name. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Towns (镇, 乡, 街道) of that full name. */
    public List<Division> townsNamed(String name) {
        return townsByName.getOrDefault(name, List.of());
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Division> parent(Division d) {
        return Optional.ofNullable(byCode.get(d.parentCode()));
    }

    /** The division and those it belongs to, up to its province. */
    public List<Division> chain(Division d) {
        List<Division> out = new ArrayList<>(4);
        for (Division at = d; at != null; at = byCode.get(at.parentCode())) {
            out.add(at);
        }
        return out;
    }

    private Optional<Division> firstOf(String name, Division.Level level) {
        return named(name).stream().filter(d -> d.level() == level).findFirst();
    }

    public WordSet scanNames() {
        return scanNames;
    }

    public WordSet datelineNames() {
        return datelineNames;
    }

    /** Whether the name is a foreign state's (日本, 加拿大). */
    public boolean isCountry(String name) {
        if (countries.contains(name)) {
            return true;
        }
        // the state's full name: 厄瓜多尔共和国, 丹麦王国, 印度尼西亚共和国, 俄罗斯联邦
        Matcher full = STATE_FORM.matcher(name);
        return full.find() && full.start() >= 2 && countries.contains(name.substring(0, full.start()));
    }

    private static final java.util.regex.Pattern STATE_FORM = java.util.regex.Pattern.compile(
            "(?:民主共和国|人民共和国|联邦共和国|伊斯兰共和国|阿拉伯共和国|社会主义共和国|共和国|联合王国|王国|联邦|合众国|大公国|公国|苏丹国)$");

    /** Whether a name starts with a foreign state's (日本政府, 加拿大财政部, 美韩军方). */
    public boolean startsWithCountry(String name) {
        // two states by their one-character names: 美韩军方, 中俄, 俄乌
        return countries.longestStartingAt(name, 0, name.length()) > 0 || name.length() >= 3
                && STATE_CHARS.indexOf(name.charAt(0)) >= 0 && STATE_CHARS.indexOf(name.charAt(1)) >= 0 && name.charAt(0) != name.charAt(1);
    }

    public WordSet townNames() {
        return townNames;
    }

    /** The full province name for 山东, 山东省 or 鲁; empty for anything else. */
    public Optional<String> province(String name) {
        return Optional.ofNullable(provinces.get(name));
    }

    /** The full city name for 威海 or 威海市 (a municipality is its own city). */
    public Optional<String> city(String name) {
        if (cityProvince.containsKey(name)) {
            return Optional.of(name);
        }
        return named(name).stream()
                .filter(d -> d.level() == Division.Level.CITY || d.isMunicipality())
                .map(Division::name).findFirst();
    }

    public Optional<String> provinceOfCity(String city) {
        return Optional.ofNullable(cityProvince.get(city));
    }

    /** The city a county belongs to (its province where the province governs it directly). */
    public Optional<String> cityOfDistrict(String district) {
        return Optional.ofNullable(districtCity.get(district)).filter(c -> !c.isEmpty());
    }

    public boolean isDistrict(String name) {
        return districtCity.containsKey(name);
    }

    /** Full names of the provinces. */
    public Iterable<String> provinces() {
        return new java.util.TreeSet<>(provinces.values());
    }

    public Iterable<String> cities() {
        return cityProvince.keySet();
    }

    public Iterable<String> districts() {
        return districtCity.keySet();
    }

    /** 威海市 → 威海; 东昌府区 stays (districts are named whole). */
    public static String shortName(String city) {
        return city.endsWith("市") && city.length() > 2 ? city.substring(0, city.length() - 1) : city;
    }
}
