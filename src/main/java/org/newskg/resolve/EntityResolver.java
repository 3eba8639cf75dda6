package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Mention;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.PersonMention;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.ProjectMention;
import org.newskg.text.Article;
import org.newskg.text.Bylines;

/**
 * Gives every mention of a page its entity: canonical names in the page's regional context, one
 * IRI per name, and short company names merged with the page's full name they abbreviate
 * (威海广泰 with 威海广泰空港设备股份有限公司) when exactly one full name fits.
 */
public final class EntityResolver {

    private static final Pattern FULL_COMPANY = Pattern.compile(".{4,}(有限公司|有限责任公司|股份公司|集团|银行)$");
    private static final Pattern GENERIC_UNITS = Pattern.compile(
            "(星级|先进|基层|社区|村|乡镇|镇|乡|街道|机关|企业|学校|医院)?(党支部|党总支|党委|党组|支部|工作专班|专班|领导小组|工作组|居委会|村委会)");
    /** A level alone, where the article's region cannot say which (县委, 市政府 in a story of no region). */
    private static final Pattern BARE_LEVEL = Pattern.compile("(?:中共)?(?:[省市区县镇乡]|自治区|自治州|自治县)(?:委|党委|政府|人民政府|人大|政协|纪委|委员会)");
    /** Words before 地区 saying which areas, not naming one (受灾地区物资储备局, 涉藏州县政协, 部分地区). */
    private static final Pattern AREAS_AT_LARGE = Pattern.compile("^(?:受灾|灾区|相关|有关|部分|其他|其余|周边|涉藏|涉疆|民族|偏远|贫困|边远|沿海|内陆|各)(?:地区|州县|省份|省区|区县|县市)");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'《》「」]");

    private final Iris iris;
    private final RegionDetector regions;
    private final OrgNameCanonicalizer orgNames;
    private final RegionGazetteer gazetteer;
    private final PlaceNames places;

    public EntityResolver(Iris iris) {
        RegionGazetteer gazetteer = RegionGazetteer.instance();
        this.iris = iris;
        this.regions = new RegionDetector(gazetteer);
        this.orgNames = new OrgNameCanonicalizer(gazetteer);
        this.gazetteer = gazetteer;
        this.places = new PlaceNames(gazetteer);
    }

    public Iris iris() {
        return iris;
    }

    /** Resolves the articles of one page together: they share the page's regional context and names. */
    public List<ResolvedArticle> resolvePage(String pageText, List<ArticleFacts> articles) {
        List<String> datelines = articles.stream().map(a -> a.article().region()).flatMap(Optional::stream).toList();
        RegionContext page = regions.forPage(pageText, datelines);
        List<RegionContext> contexts = articles.stream().map(a -> regions.forArticle(a.article().text(), page)).toList();

        Set<String> fullCompanies = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            for (OrgMention org : articles.get(i).mentionsOf(OrgMention.class)) {
                String name = orgNames.canonical(org.name(), org.kind(), contexts.get(i));
                if (org.kind() == OrgKind.COMPANY && FULL_COMPANY.matcher(name).matches()) {
                    fullCompanies.add(name);
                }
            }
        }
        List<ResolvedArticle> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(resolve(articles.get(i), contexts.get(i), fullCompanies));
        }
        return out;
    }

    /** The names of development zones, whose administrations (管委会, 党工委) news names bare. */
    private static final Pattern ZONE = Pattern.compile(".{2,}(?:" + org.newskg.extract.orgs.BodyNames.ZONE_ENDINGS + ")");

    private ResolvedArticle resolve(ArticleFacts facts, RegionContext articleRegion, Set<String> fullCompanies) {
        Article article = facts.article();
        Optional<String> zone = facts.mentions().stream()
                .map(m -> m instanceof OrgMention o ? o.name() : m instanceof PlaceMention p ? p.name() : "")
                .filter(n -> ZONE.matcher(n).matches()).findFirst();
        RegionContext region = articleRegion.withZone(zone);
        Map<Mention, String> iriOf = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        // the outlet in an opening credit (央视网消息：, 新华社…电, 鲁网德州3月19日讯) reports the story; it is no
        // mention, nor what HanLP reads in it as a person (鲁网)
        int creditEnd = Bylines.openingCreditEnd(article.text());
        for (Mention m : facts.mentions()) {
            if ((m instanceof OrgMention || m instanceof PersonMention) && m.span().end() <= creditEnd) {
                continue;
            }
            addIfMissing(m, article, region, fullCompanies, iriOf, entities);
        }
        // mentions that only facts hold (an organisation carried across a title chain) resolve too
        facts.memberships().forEach(ms -> {
            addIfMissing(ms.person(), article, region, fullCompanies, iriOf, entities);
            ms.organization().ifPresent(o -> addIfMissing(o, article, region, fullCompanies, iriOf, entities));
        });
        facts.events().forEach(ev -> {
            ev.participants().forEach(p -> addIfMissing(p.who(), article, region, fullCompanies, iriOf, entities));
            ev.organizations().forEach(o -> addIfMissing(o, article, region, fullCompanies, iriOf, entities));
            ev.place().ifPresent(p -> addIfMissing(p, article, region, fullCompanies, iriOf, entities));
        });
        facts.projects().forEach(pr -> {
            addIfMissing(pr.project(), article, region, fullCompanies, iriOf, entities);
            pr.organizations().forEach(o -> addIfMissing(o, article, region, fullCompanies, iriOf, entities));
            pr.place().ifPresent(p -> addIfMissing(p, article, region, fullCompanies, iriOf, entities));
        });
        List<Entity> authors = new ArrayList<>();
        for (String reporter : article.reporters()) {
            String name = reporter.replaceAll("\\s+", "");
            Entity e = new Entity(iris.entity("person", name), "Person", name, Set.of());
            authors.add(entities.merge(e.iri(), e, (a, b) -> a));
        }
        return new ResolvedArticle(facts, iris.article(article.key()), region, iriOf, entities, authors);
    }

    private void addIfMissing(Mention m, Article article, RegionContext region, Set<String> fullCompanies,
                              Map<Mention, String> iriOf, Map<String, Entity> entities) {
        if (!iriOf.containsKey(m)) {
            Entity e = entityFor(m, article.text(), region, fullCompanies);
            if (e != null) {
                iriOf.put(m, e.iri());
                entities.merge(e.iri(), e, (a, b) -> a.withAltLabels(b.altLabels()));
            }
        }
    }

    private Entity entityFor(Mention m, String text, RegionContext region, Set<String> fullCompanies) {
        String surface = m.span().end() <= text.length() ? m.span().of(text).replaceAll("\\s+", "") : "";
        if (m instanceof PersonMention p) {
            String name = p.name().replaceAll("\\s+", "");
            return new Entity(iris.entity("person", name), "Person", name, forms(surface));
        }
        if (m instanceof OrgMention o) {
            if (gazetteer.isCountry(o.name().strip())) {
                // a state is a place; its government is a body only as 某国政府
                String place = o.name().strip();
                return new Entity(iris.entity("place", place), "Place", place, forms(surface));
            }
            String name = orgNames.canonical(o.name(), o.kind(), region);
            if (GENERIC_UNITS.matcher(name).matches() || BARE_LEVEL.matcher(name).matches() || AREAS_AT_LARGE.matcher(name).find()) {
                return null; // 党支部, 社区党委, an unplaced 县委: no organisation anyone could find again
            }
            boolean known = PeopleLexicon.get().governmentNames.contains(o.name());
            boolean noRegion = region.local().isEmpty() && region.province().isEmpty();
            if (o.kind() == OrgKind.GOVERNMENT && noRegion && OrgNameCanonicalizer.opensWithALevel(name)) {
                return null; // 区商务服务中心 in a story of no region: whose district, none can tell (市场监管总局 is no level)
            }
            if (o.kind() == OrgKind.GOVERNMENT && noRegion && !known
                    && org.newskg.extract.orgs.BodyNames.namesNothing(name)) {
                return null; // 内政部 in a story of no region: whose, no reader could tell
            }
            if (o.kind() == OrgKind.COMPANY && !fullCompanies.contains(name)) {
                name = fullNameOf(name, fullCompanies).orElse(name);
            }
            return new Entity(iris.entity("org", name), o.kind().className(), name, forms(surface, o.name()));
        }
        if (m instanceof PlaceMention p) {
            if (!places.isPlaceName(p.name())) {
                return null;    // 乡村, 航天强省, 一百多台: no place anyone could find again
            }
            return new Entity(iris.entity("place", p.name()), "Place", p.name(), forms(surface));
        }
        if (m instanceof ProjectMention p) {
            String name = QUOTES.matcher(p.name()).replaceAll("").strip();
            return new Entity(iris.entity("project", name), "Project", name, forms(surface));
        }
        return null;
    }

    private static Set<String> forms(String... surfaces) {
        Set<String> out = new HashSet<>();
        for (String s : surfaces) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The one full company name on the page that the short name abbreviates, if exactly one does. */
    private static Optional<String> fullNameOf(String shortName, Set<String> fullCompanies) {
        if (shortName.length() < 3) {
            return Optional.empty();
        }
        List<String> fits = fullCompanies.stream().filter(f -> f.startsWith(shortName)).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }
}
