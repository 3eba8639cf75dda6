package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.names.NameEvidence;
import org.newskg.extract.names.NameModel;
import org.newskg.extract.orgs.BodyNames;
import org.newskg.extract.orgs.CompanyListReader;
import org.newskg.extract.orgs.CompanyNames;
import org.newskg.extract.orgs.JointBodies;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.extract.orgs.OrganizationRecognizer;
import org.newskg.extract.people.Membership;
import org.newskg.extract.people.MembershipRelater;
import org.newskg.extract.people.PersonNames;
import org.newskg.extract.people.PersonRecognizer;
import org.newskg.extract.people.TitleChainReader;
import org.newskg.extract.people.TitleVocabulary;
import org.newskg.extract.places.PlaceRecognizer;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Persons, titles, organisations and places of one article, and the posts that relate them.
 * Loads its word lists once; thread-safe afterwards (it keeps no state between calls).
 */
public final class PeopleAndOrgsExtractor {

    /** What one article says of people and organisations. */
    public record Reading(List<Mention> mentions, List<Membership> memberships) {

        public Reading {
            mentions = List.copyOf(mentions);
            memberships = List.copyOf(memberships);
        }
    }

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;
    private final OrganizationRecognizer orgs;
    private final PersonRecognizer persons;
    private final PlaceRecognizer places;
    private final TitleChainReader chains;
    private final MembershipRelater relater = new MembershipRelater();
    private final NameModel names = NameModel.shipped();
    private final GluedAppointments glued;
    /** A company's legal form: a name ending so is a company whatever else is said of it. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(有限公司|有限责任公司|股份公司|集团公司|合作社)$");
    /** 济宁夫宇食品暨酒店建设项目: what a project builds, named before 建设项目, is no company yet. */
    /** The rest of a list of places (哈尔科夫、顿涅茨克和扎波罗热等地区): what HanLP read as a foreign person there is a place. */
    private static final Pattern PLACE_LIST_AFTER = Pattern.compile("(?:[、和与及][^，。；、]{1,12}?)*等(?:地区|地(?![方下])|州|城市|方向)(?!领导|负责|代表)");
    private static final Pattern TO_BE_BUILT = Pattern.compile("建设项目|建设工程|项目建设|新建项目");
    /** Words between a person and the body glued to them (许昆林同志任辽宁省委, 石泰峰和中央组织部): the body starts after them. */
    /** Bodies' words a person's name stands right before in a list of posts (撤销周先旺/政协…). */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("政协", "人大", "人大常委会", "党委", "党组", "纪委");
    /** A name with such words a few characters in (韩俊同志任安徽省委 as HanLP's one word): a person may open it. */
    private static final Pattern JOINED_NEAR_START = Pattern.compile("^\\p{IsHan}{2,4}?(?:同志|先生|女士|和|与|及|就)");
    private static final Pattern APPOINTED_TO = Pattern.compile("^(?:同志|先生|女士)?(?:兼任|担任|出任|任|为|在|和|与|同|及|就|向|对)?");

    public PeopleAndOrgsExtractor() {
        lex = PeopleLexicon.get();
        titles = new TitleVocabulary(lex);
        orgs = new OrganizationRecognizer(lex);
        persons = new PersonRecognizer(lex);
        places = new PlaceRecognizer(lex);
        chains = new TitleChainReader(lex, orgs);
        glued = new GluedAppointments(lex.surnames);
    }

    /** HanLP's words with the glued appointment words split back (see {@link GluedAppointments}). */
    public List<Token> repaired(List<Token> segmented) {
        return glued.split(segmented);
    }

    /** The reading of an article whose tokens are already {@link #repaired}. */
    public Reading read(ArticleText article) {
        return readRepaired(article.text(), article.tokens());
    }

    /** The same reading on any text and HanLP's words of it (used by {@code annotate}). */
    public Reading read(String text, List<Token> segmented) {
        return readRepaired(text, repaired(segmented));
    }

    /** Characters of a clause, never the first of a company's name. */
    private static final String CLAUSE_CHARS = "在对把将为与和从向被让要就也都还又并及或应作的了是由于以其该此各每等有到赴原前新";

    /**
     * A company with its legal form whose first characters HanLP left as single characters before it (中/冶华天工程技术
     * 有限公司, 百/济/神州…): the name starts with them, up to a clause's character, a break or a longer word.
     */
    private static OrgMention withGluedFirstCharacters(OrgMention o, TokenIndex idx) {
        if (o.kind() != OrgKind.COMPANY || !LEGAL_FORM.matcher(o.name()).find() || !o.name().equals(o.span().of(idx.text))) {
            return o;
        }
        int k = idx.at(o.span().start());
        if (k < 0 || idx.token(k).span().start() != o.span().start()) {
            return o;
        }
        int start = o.span().start();
        for (int j = k - 1; j >= 0 && o.span().start() - start < 2; j--) {
            Token t = idx.token(j);
            String w = t.word();
            if (w.length() != 1 || !Chars.isHan(w.charAt(0)) || CLAUSE_CHARS.indexOf(w.charAt(0)) >= 0 || t.tag().startsWith("w")
                    || t.tag().startsWith("p") || t.tag().startsWith("c") || t.tag().startsWith("u") || t.tag().startsWith("r")
                    || t.tag().startsWith("d") || t.tag().equals("q") || t.tag().startsWith("v") && !t.tag().equals("vg")
                    || t.span().end() != start) {
                break;
            }
            start = t.span().start();
        }
        if (start == o.span().start()) {
            return o;
        }
        Span wide = new Span(start, o.span().end());
        return new OrgMention(wide, wide.of(idx.text), o.kind());
    }

    /** A count right before a body (2个区域科创中心): a class of bodies, not one. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("[0-9一二两三四五六七八九十几多]+[个家所座类]$");

    /**
     * A body's name that HanLP reads as one place word not ending in a level (山海关/ns, not 海关): a place. A town
     * named among the units of a list (4个单位和潮河镇) stands for its government.
     */
    private static boolean isOnePlaceWord(TokenIndex idx, OrgMention o) {
        int k = idx.at(o.span().start());
        if (k < 0 || idx.token(k).span().start() != o.span().start() || !o.name().equals(o.span().of(idx.text))) {
            return false;
        }
        // 河北/山海关: a province before the place word is still a place
        int j = k;
        while (j < idx.tokens.size() && idx.token(j).span().end() < o.span().end() && idx.token(j).tag().startsWith("ns")) {
            j++;
        }
        return j < idx.tokens.size() && idx.token(j).span().end() == o.span().end()
                && idx.token(j).tag().startsWith("ns") && "省市县区镇乡道村州旗".indexOf(o.name().charAt(o.name().length() - 1)) < 0;
    }

    private Reading readRepaired(String text, List<Token> tokens) {
        TokenIndex idx = new TokenIndex(text, tokens);
        NameEvidence model = new NameEvidence(Sentences.clauses(text), names.stretches(text, tokens)::label);
        List<OrgMention> orgList = new ArrayList<>(orgs.find(idx).stream().flatMap(o -> JointBodies.split(o).stream())
                .map(o -> withLostStart(o, text)).toList());
        List<PersonMention> personList = persons.find(idx, spans(orgList));
        List<TitleChainReader.Chain> chainList = chains.read(idx, personList, orgList);
        personList = supportedPersons(text, personList, chainList, model);
        orgList.removeIf(o -> o.kind() == OrgKind.COMPANY && !LEGAL_FORM.matcher(o.name()).find()
                && !CompanyListReader.itemOfAListOfCompanies(text, o.span())
                && (!CompanyNames.hasProperHead(o, idx) || model.personOrTitleOnly(o.span())
                    || CompanyListReader.itemOfAListOfFields(text, o.span()) || CompanyListReader.itemOfACountedListOfProjects(text, o.span())
                    || TO_BE_BUILT.matcher(text).region(o.span().end(), text.length()).lookingAt()));
        orgList.replaceAll(o -> withoutLeadingPerson(o, idx, model));
        orgList.replaceAll(o -> withoutCityOfStay(o, text));
        orgList.replaceAll(o -> withoutDescription(o, text));
        orgList.replaceAll(this::localCentreAsBody);
        orgList.removeIf(o -> o.kind() == OrgKind.GOVERNMENT && (!BodyNames.hasTheShapeOfAName(o.name()) || isOnePlaceWord(idx, o)
                || BodyNames.opensALongerWord(o, text)));
        orgList.replaceAll(BodyNames::withoutModifiers);
        orgList.removeIf(o -> (o.kind() == OrgKind.GOVERNMENT || o.kind() == OrgKind.OTHER)
                && COUNTED_BEFORE.matcher(text.substring(Math.max(0, o.span().start() - 4), o.span().start())).find());
        // a company's legal form vouches for its name (日照市山东荣信…股份有限公司 starts inside HanLP's word)
        orgList.removeIf(o -> (o.kind() == OrgKind.GOVERNMENT || o.kind() == OrgKind.COMPANY && !LEGAL_FORM.matcher(o.name()).find())
                && !BodyNames.startsLikeAName(o, idx));
        orgList.replaceAll(o -> BodyNames.withoutLeadingClauseChar(o, idx));
        orgList.replaceAll(o -> o.kind() == OrgKind.GOVERNMENT ? BodyNames.afterAStoryVerb(o, idx) : o);
        orgList.replaceAll(BodyNames::companysOrganAsOrganisation);
        orgList.replaceAll(o -> withGluedFirstCharacters(o, idx));
        List<RoleMention> roles = new ArrayList<>();
        for (TitleChainReader.Chain c : chainList) {
            for (TitleChainReader.Post p : c.posts()) {
                roles.add(p.role());
                if (p.org().isPresent() && !p.implied()) {
                    OrgMention o = p.org().get();
                    orgList.removeIf(x -> x.span().overlaps(o.span()) && !x.span().contains(o.span())
                            && !o.span().contains(x.span()));
                    orgList.removeIf(x -> x.span().equals(o.span()));
                    orgList.add(o);
                }
            }
            // a body the chain wrote over (公司党委 read as 公司 + 党委书记) gives way to the chain's reading
            for (TitleChainReader.Post p : c.posts()) {
                orgList.removeIf(x -> x.span().overlaps(p.role().span()));
            }
        }
        List<Span> taken = new ArrayList<>(spans(orgList));
        taken.addAll(personList.stream().map(PersonMention::span).toList());
        taken.addAll(roles.stream().map(RoleMention::span).toList());
        for (Token t : tokens) {
            if ((titles.isTitle(t.word()) || titles.isOccupation(t.word()) || t.tag().equals("nnt") && t.word().length() >= 2)
                    && taken.stream().noneMatch(s -> s.overlaps(t.span()))) {
                roles.add(new RoleMention(t.span(), t.word()));
                taken.add(t.span());
            }
        }
        List<PlaceMention> found = places.find(idx, taken);
        List<Span> placeSpans = found.stream().map(PlaceMention::span).toList();
        List<PlaceMention> placeList = found.stream().map(p -> {
            Span wide = LeftEdges.widened(text, p.span(), lex.placesAndStates);
            // 海南/昌江 is two places: 南昌 reaching into 昌江 takes its first character from 海南
            boolean intoAnother = placeSpans.stream().anyMatch(o -> !o.equals(p.span()) && o.overlaps(wide));
            return wide.equals(p.span()) || intoAnother || overlapsAny(wide, taken) ? p : new PlaceMention(wide, wide.of(text));
        }).toList();
        List<Mention> mentions = new ArrayList<>();
        mentions.addAll(personList);
        mentions.addAll(orgList);
        mentions.addAll(roles);
        mentions.addAll(placeList);
        mentions.sort(Comparator.comparing(Mention::span));
        return new Reading(mentions, relater.relate(text, chainList));
    }

    /**
     * The persons a title chain gives a post, those the model does not read as part of a body or
     * a title (nor, for a name that is a city's or county's short name such as 石渠, weakly as a
     * person only), and the other mentions of their names: where the model sees 国元首 inside a title or 陆海新 inside a body's name, the reader's
     * person is a fragment across a segmentation error. (Where the model sees nothing, the readers
     * are trusted: the model, trained on CLUENER2020, misses names of this genre such as 习近平 in
     * 习近平新时代中国特色社会主义思想 or a deputy in a long list of posts.)
     */
    private List<PersonMention> supportedPersons(String text, List<PersonMention> found, List<TitleChainReader.Chain> chains,
                                                        NameEvidence model) {
        List<PersonMention> out = new ArrayList<>(found.size());
        // one name is one person in an article: once a mention of it holds, the others need no model
        java.util.Set<String> supported = new java.util.HashSet<>();
        for (TitleChainReader.Chain c : chains) {
            supported.add(c.person().name());
        }
        for (PersonMention p : found) {
            boolean aPlace = (lex.divisionShortNames.contains(p.name()) || PLACE_LIST_AFTER.matcher(text).region(p.span().end(), text.length()).lookingAt())
                    && !model.surePerson(p.span());
            if (supported.contains(p.name()) || !aPlace && !model.otherThanPerson(p.span())
                    && PersonNames.looksWhole(p, model, text.substring(Math.max(0, p.span().start() - 1), p.span().start()),
                    text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 1)))) {
                out.add(p);
                supported.add(p.name());
            }
        }
        return out;
    }

    /**
     * A body the readers glued to the person before it (钱立志政协, 许昆林同志任辽宁省委, 石泰峰和中央组织部):
     * where the model reads a person at the body's start and HanLP reads a person's word there too or
     * such words follow (韩俊同志任安徽省委 is one HanLP word), the body starts after the model's person and
     * the words of an appointment or a conjunction (or after HanLP's, where only that is followed by
     * them: 冯飞/同志任 where the model reads 冯飞同). The model alone reads persons into central bodies
     * (国务/院新闻办公室), so it is never trusted alone.
     */
    private OrgMention withoutLeadingPerson(OrgMention o, TokenIndex idx, NameEvidence model) {
        String text = idx.text;
        Span body = o.span();
        if (!o.name().equals(body.of(text))) {
            return o;
        }
        Token person = null;
        for (int c = body.start(); c <= body.start() + 2 && c < body.end() && person == null; c++) {
            int t = idx.at(c);
            if (t >= 0 && idx.token(t).isPerson() && idx.token(t).span().start() >= body.start()) {
                person = idx.token(t);
            }
        }
        if (person == null && !JOINED_NEAR_START.matcher(o.name()).find()) {
            return o;
        }
        if (person != null && person.span().start() == body.start() && lex.surnames.contains(person.word().substring(0, 1))
                && person.word().length() <= 3 && body.end() - person.span().end() >= 2
                && !lex.divisionShortNames.contains(person.word())) {
            int next = idx.at(person.span().end());
            if (next >= 0 && BODY_WORDS.contains(idx.token(next).word()) && idx.token(next).span().start() == person.span().end()) {
                // 撤销周先旺/nr 政协/nis…: HanLP's person and a body's word right after it
                Span s = new Span(person.span().end(), body.end());
                return new OrgMention(s, s.of(text), o.kind());
            }
        }
        for (var n : model.names(new Span(body.start(), Math.min(body.end(), body.start() + 3)))) {
            if (n.kind() == org.newskg.extract.names.NameKind.PERSON && n.span().start() >= body.start()
                    && n.span().start() <= body.start() + 2 && n.span().end() < body.end() - 1) {
                int joining = joiningWords(text, n.span().end(), body.end());
                if (person == null && joining == 0) {
                    continue;
                }
                int start = n.span().end() + joining;
                int afterWord = person == null ? 0 : joiningWords(text, person.span().end(), body.end());
                if (joining == 0 && afterWord > 0 && person.span().end() < body.end()) {
                    start = person.span().end() + afterWord;
                }
                if (body.end() - start >= 2) {
                    Span s = new Span(start, body.end());
                    return new OrgMention(s, s.of(text), o.kind());
                }
            }
        }
        return o;
    }

    /**
     * A company's name after words that describe it (德国物流企业敦豪公司, 炼油厂运营商巴赞集团, 吉赞地区沙特阿美公司):
     * the description is apposition, the name starts after it.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("(?:运营商|制造商|供应商|开发商|服务商|企业|巨头|机构|地区|集团旗下|旗下)(?=\\p{IsHan}{3,}$)");

    private static OrgMention withoutDescription(OrgMention o, String text) {
        if (o.kind() != OrgKind.COMPANY || !o.name().equals(o.span().of(text))) {
            return o;
        }
        Matcher m = DESCRIPTION.matcher(o.name());
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        if (cut <= 0 || o.name().length() - cut < 3) {
            return o;
        }
        Span s = new Span(o.span().start() + cut, o.span().end());
        return new OrgMention(s, s.of(text), o.kind());
    }

    /** 在京中共中央政治局委员: 在京 is "in Beijing"; the body starts after the city's one-character name. */
    private static final Pattern CITY_OF_STAY = Pattern.compile("^[京沪津渝港澳穗蓉汉杭宁](?=中共|中央|全国|国家|国务院)");

    private static OrgMention withoutCityOfStay(OrgMention o, String text) {
        Span s = o.span();
        if (s.start() == 0 || "在驻赴抵返离来".indexOf(text.charAt(s.start() - 1)) < 0 || !o.name().equals(s.of(text))
                || !CITY_OF_STAY.matcher(o.name()).find()) {
            return o;
        }
        Span cut = new Span(s.start() + 1, s.end());
        return new OrgMention(cut, cut.of(text), o.kind());
    }

    /** The length of the words of an appointment or a conjunction at from (同志任, 和), 0 if none. */
    private static int joiningWords(String text, int from, int to) {
        var m = APPOINTED_TO.matcher(text).region(from, to);
        return m.lookingAt() ? m.end() - from : 0;
    }

    /** A body whose first characters went to the word before it (以/色列航空公司) starts with the state or place. */
    private OrgMention withLostStart(OrgMention o, String text) {
        if (!o.name().equals(o.span().of(text))) {
            return o;
        }
        Span wide = LeftEdges.widened(text, o.span(), lex.placesAndStates);
        return wide.equals(o.span()) ? o : new OrgMention(wide, wide.of(text), o.kind());
    }

    /** A Chinese city's or county's 中心 (聊城市不动产登记中心, 市大数据中心) is a public body of its government. */
    private static final Pattern LOCAL_START = Pattern.compile("^(?:[省市县区](?![域场级])|\\p{IsHan}{2,6}?[省市县区])(?!中心)");

    private OrgMention localCentreAsBody(OrgMention o) {
        if (o.kind() != OrgKind.OTHER || !o.name().endsWith("中心") || !LOCAL_START.matcher(o.name()).find()
                || lex.states.longestStartingAt(o.name(), 0, o.name().length()) > 0) {
            return o;
        }
        return new OrgMention(o.span(), o.name(), OrgKind.GOVERNMENT);
    }

    private static boolean overlapsAny(Span s, List<Span> taken) {
        return taken.stream().anyMatch(t -> t.overlaps(s));
    }

    private static List<Span> spans(List<OrgMention> orgList) {
        return orgList.stream().map(OrgMention::span).toList();
    }
}
