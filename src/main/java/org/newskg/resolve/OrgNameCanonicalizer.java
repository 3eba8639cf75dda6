package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.orgs.OrgKind;

/**
 * The full, canonical name of an organisation as the page makes it certain: bare levels expanded
 * to the places the article covers (区市场监管局 → 临港区市场监督管理局, 省委统战部 → 中共山东省委统战部),
 * standard abbreviations of body names from a curated table, a local body named without a place
 * (党群工作部) placed in the article's district, national ministries named in full.
 */
public final class OrgNameCanonicalizer {

    /** A level character standing for the place the article covers, not the start of a word. */
    private static final Pattern LEADING_LEVEL = Pattern.compile("^(省|市|区|县)(?!场|民|区|域|城|份|级|直属|外)");
    /** Whether a name opens with a bare level, after 中共 if any (区商务服务中心, 中共县委; not 市场监管总局). */
    static boolean opensWithALevel(String name) {
        return LEADING_LEVEL.matcher(name.startsWith("中共") ? name.substring(2) : name).find();
    }

    /** 市统战部 is the department of the 市委. */
    private static final Pattern PARTY_DEPARTMENT = Pattern.compile("^(.*[省市区县])(统战部|宣传部|组织部|政法委|群众工作部)$");
    /** X省委, X市委, X区委, X县委 and their departments are committees of the Communist Party. */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^.+[省市区县]委(统战部|宣传部|组织部|政法委员会|办公室|.*)?$");
    private static final Pattern DOUBLED_LEVEL = Pattern.compile("^(\\p{IsHan}{2,})([区县市])\\2委");
    /** The other parties of China and their committees (民革北京市委员会): no committee of the Communist Party. */
    private static final Pattern OTHER_PARTY = Pattern.compile("国民党|革命委员会|民主同盟|民盟|民主建国会|民建|民主促进会|民进|农工|致公党|九三学社|台湾民主自治同盟|台盟");
    /** 县政府 is 县人民政府; 地区 is no level of its own (华盛顿地区政府, 和田地区行政公署). */
    private static final Pattern GOVERNMENT_SHORT = Pattern.compile("(?<=[省市县镇乡]|(?<!地)区)政府");
    /** A body of a local government or party committee, named by its function only. */
    private static final Pattern LOCAL_BODY = Pattern.compile(
            ".{0,7}(局|委|办|部|中心|管委会|党工委|工委|政府|人大常委会|政协|纪委监委|办公室|委员会|总工会|工会|法院|检察院|专班)$");
    private static final Pattern STARTS_WITH_PLACE = Pattern.compile(
            "^(中共|中国|全国|国家|国务院|中央|中华|[\\p{IsHan}]{2,4}?(省|市|区|县|镇|街道|自治州))");
    /** A task force (专班), named by a topic of any length: the district's or the city's that set it up. */
    /**
     * Bodies of the central state whatever page names them: ministries (文旅部, 住房城乡建设部), 总局, 总署,
     * the supreme court and procuracy. A 部 of a party committee (统战部, 党群工作部) is local.
     */
    private static final Pattern CENTRAL_BODY = Pattern.compile(
            "(?<!统战|宣传|组织|工作|武装|人武|联络|政法|办公|事业|营销|项目|管理|业务|财务)(?<!(?<!科学)技术)部$|总局$|总署$|最高人民(法院|检察院)$|^国务院|^国家|^中央|^全国"
                    // bodies of international organisations: 欧盟委员会, 联合国安理会, 东盟秘书处
                    + "|^(欧盟|欧洲联盟|联合国|东盟|非盟|北约|上合组织|世界|国际)");
    private static final Pattern TASK_FORCE = Pattern.compile(".{2,24}专班$");
    /** Party branches and committees belong to an organisation, not to the district. */
    private static final Pattern PART_OF_AN_ORGANISATION = Pattern.compile("(支部|总支|党委|党组)$");
    /** A city's development zone is named after the city without 市: 日照市高新区 is 日照高新技术产业开发区. */
    private static final Pattern CITY_ZONE = Pattern.compile("^(\\p{IsHan}{2,3})市(经济技术开发区|高新技术产业开发区)");
    private static final Pattern ZONE_START = Pattern.compile("^(经济技术开发区|高新技术产业开发区)");

    private final RegionGazetteer gazetteer;
    private final List<String[]> abbreviations;
    private final Map<String, String> nationalBodies = new HashMap<>();

    public OrgNameCanonicalizer(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String[]> rows = new ArrayList<>(Resources.rows("body-abbreviations.tsv"));
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        this.abbreviations = List.copyOf(rows);
        for (String[] row : Resources.rows("national-bodies.txt")) {
            nationalBodies.put(row[0], row[1]);
        }
    }

    public String canonical(String name, OrgKind kind, RegionContext region) {
        String n = name.strip().replaceAll("\\s+", "");
        if (n.endsWith("机关") && n.length() > 4) {
            n = n.substring(0, n.length() - 2);
        }
        if (n.startsWith("原") && n.length() >= 6 && !startsWithDivision(n)) {
            n = n.substring(1);     // 原枣庄市信能水泥有限公司: the body's former name is still its name
        }
        if (gazetteer.startsWithCountry(n)) {
            return n;   // a foreign state's body (日本政府, 加拿大财政部) takes no Chinese place or party prefix
        }
        if (kind == OrgKind.GOVERNMENT) {
            n = withoutPlaceGluedToCentralBody(n);
        }
        String national = nationalBodies.get(n);
        if (national != null) {
            return national;
        }
        if (kind == OrgKind.COMPANY) {
            return expandLeadingLevel(n, region);
        }
        if (org.newskg.extract.orgs.BodyNames.isZoneAdministration(n) && region.zone().isPresent()) {
            n = region.zone().get() + n;     // 管委会 in a story of 东营港经济开发区 is its 管委会
        }
        n = expandAbbreviations(n);
        Matcher dept = PARTY_DEPARTMENT.matcher(n);
        if (dept.matches() && !dept.group(1).endsWith("委")) {
            n = dept.group(1) + "委" + dept.group(2);
        }
        n = expandLeadingLevel(n, region);
        if (ZONE_START.matcher(n).find() && region.city().isPresent()) {
            n = RegionGazetteer.shortName(region.city().get()) + n;
        } else if (kind == OrgKind.GOVERNMENT && !startsWithPlace(n) && !LEADING_LEVEL.matcher(n).find()
                && (LOCAL_BODY.matcher(n).matches() || TASK_FORCE.matcher(n).matches())
                && !PART_OF_AN_ORGANISATION.matcher(n).find() && !CENTRAL_BODY.matcher(n).find() && region.local().isPresent()) {
            n = region.local().get() + n;
            Matcher placedDept = PARTY_DEPARTMENT.matcher(n);
            if (placedDept.matches()) {
                n = placedDept.group(1) + "委" + placedDept.group(2);   // 群工部 of the district is the 区委's
            }
        }
        if (kind == OrgKind.GOVERNMENT && n.endsWith("厅") && !startsWithPlace(n) && region.province().isPresent()) {
            n = region.province().get() + n;     // a 厅 is a department of the province's government
        }
        n = DOUBLED_LEVEL.matcher(n).replaceFirst("$1$2委");   // 山亭区区委 is 山亭区委
        n = placeOfTown(n, region);
        n = withoutUpperLevel(n);
        n = officialCountyName(n);
        n = CITY_ZONE.matcher(n).replaceFirst("$1$2");
        if (startsWithDivision(n) || LEADING_LEVEL.matcher(n).find()) {
            n = GOVERNMENT_SHORT.matcher(n).replaceAll("人民政府");   // a Chinese place's; 麦加省政府 keeps its name
        }
        if (PARTY_COMMITTEE.matcher(n).matches() && !n.startsWith("中共") && !OTHER_PARTY.matcher(n).find()) {
            n = "中共" + n;
        }
        return n;
    }

    /** Where a central body starts inside a name after a local place (上海市报中央政治局, 雄安新区水利部黄河水利委员会). */
    private static final Pattern CENTRAL_START = Pattern.compile("中央(?!商务区|大街|大道|公园|广场|储备)|国务院");

    /**
     * A local place glued to a central body by a reading across the clause (武汉市组织中央气象局): the body is the
     * central one, from where it starts.
     */
    private String withoutPlaceGluedToCentralBody(String n) {
        if (!STARTS_WITH_PLACE.matcher(n).find() || org.newskg.extract.orgs.BodyNames.opensAsTheState(n)) {
            return n;
        }
        Matcher c = CENTRAL_START.matcher(n);
        int at = c.find(2) ? c.start() : -1;
        for (String key : nationalBodies.keySet()) {
            int k = n.indexOf(key, 2);
            if (key.length() >= 3 && k > 0 && (at < 0 || k < at) && !n.startsWith("中共", k - 2)) {
                at = k;
            }
        }
        return at > 0 && !n.startsWith("中共", at - 2) ? n.substring(at) : n;
    }

    /** 枣庄市山亭区委 is 山亭区委: a county's body is named from the county, as papers name it. */
    private String withoutUpperLevel(String n) {
        int upper = gazetteer.scanNames().longestStartingAt(n, 0, n.length());
        if (upper < 2 || upper >= n.length()) {
            return n;
        }
        String head = n.substring(0, upper);
        String rest = n.substring(upper);
        int lower = gazetteer.scanNames().longestStartingAt(rest, 0, rest.length());
        if (lower < 3 || lower >= rest.length()) {
            return n;
        }
        String county = rest.substring(0, lower);
        for (Division upperDiv : gazetteer.named(head)) {
            if (upperDiv.level() == Division.Level.COUNTY || !head.equals(upperDiv.name()) && !upperDiv.shortNames().contains(head)) {
                continue;
            }
            for (Division d : gazetteer.named(county)) {
                if (d.level() == Division.Level.COUNTY && d.name().equals(county) && d.parentCode().equals(upperDiv.code())) {
                    return rest;
                }
            }
        }
        return n;
    }

    /** 江华县委 is 江华瑶族自治县委: an autonomous county's usual short name gives way to its official one. */
    private String officialCountyName(String n) {
        int len = gazetteer.scanNames().longestStartingAt(n, 0, n.length());
        if (len < 3 || len >= n.length() || "县旗".indexOf(n.charAt(len - 1)) < 0) {
            return n;
        }
        String head = n.substring(0, len);
        List<Division> counties = gazetteer.named(head).stream()
                .filter(d -> d.level() == Division.Level.COUNTY && !d.name().equals(head)).toList();
        return counties.size() == 1 ? counties.get(0).name() + n.substring(len) : n;
    }

    /** 寺庄乡党委 on a page about 南乐县 is 南乐县寺庄乡党委: a town's body takes its county's name. */
    private String placeOfTown(String n, RegionContext region) {
        int len = gazetteer.townNames().longestStartingAt(n, 0, n.length());
        if (len < 3 || len >= n.length() || startsWithDivision(n)) {
            return n;
        }
        String town = n.substring(0, len);
        Set<String> counties = new java.util.TreeSet<>();
        for (Division t : gazetteer.townsNamed(town)) {
            Optional<Division> county = gazetteer.parent(t);
            if (county.isEmpty()) {
                continue;
            }
            boolean inDistrict = region.district().or(region::namedDistrict).filter(county.get().name()::equals).isPresent();
            boolean inCity = region.city().filter(c -> gazetteer.chain(county.get()).stream().anyMatch(d -> d.name().equals(c))).isPresent();
            if (inDistrict) {
                return county.get().name() + n;
            }
            if (inCity) {
                counties.add(county.get().name());
            }
        }
        return counties.size() == 1 ? counties.iterator().next() + n : n;
    }

    private boolean startsWithDivision(String n) {
        return gazetteer.scanNames().longestStartingAt(n, 0, n.length()) >= 2;
    }

    private boolean startsWithPlace(String n) {
        if (STARTS_WITH_PLACE.matcher(n).find() || startsWithDivision(n) || gazetteer.startsWithCountry(n)) {
            return true;
        }
        for (int len = 2; len <= Math.min(5, n.length() - 1); len++) {
            String head = n.substring(0, len);
            if (gazetteer.isDistrict(head) || gazetteer.city(head).isPresent() || gazetteer.province(head).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private String expandLeadingLevel(String n, RegionContext region) {
        Matcher m = LEADING_LEVEL.matcher(n);
        if (!m.find()) {
            return n;
        }
        Optional<String> place = switch (m.group(1)) {
            case "省" -> region.province();
            case "市" -> region.city();
            case "区" -> region.district().or(region::namedDistrict).filter(d -> d.endsWith("区"));
            default -> region.district().or(region::namedDistrict).filter(d -> d.endsWith("县"));
        };
        // a one-character county keeps its level before 委 (费县县委), as its committee is written
        return place.map(p -> p.length() == 2 && n.startsWith("委", 1) ? p + n : p + n.substring(1)).orElse(n);
    }

    private String expandAbbreviations(String n) {
        StringBuilder out = new StringBuilder(n.length() + 8);
        int i = 0;
        outer:
        while (i < n.length()) {
            for (String[] row : abbreviations) {
                if (n.startsWith(row[1], i)) {
                    out.append(row[1]);     // written in full already (政法委员会 is no 政法委 + 员会)
                    i += row[1].length();
                    continue outer;
                }
                if (n.startsWith(row[0], i)) {
                    out.append(row[1]);
                    i += row[0].length();
                    continue outer;
                }
            }
            out.append(n.charAt(i++));
        }
        return out.toString();
    }

    RegionGazetteer gazetteer() {
        return gazetteer;
    }
}
