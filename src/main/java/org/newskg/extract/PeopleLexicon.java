package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.orgs.OrgKind;

/**
 * The word lists the people and organisation recognisers read: surnames, titles, organisation
 * endings, places. Loaded once from {@code newskg/people/}; immutable afterwards.
 */
public final class PeopleLexicon {

    /** How an organisation name ends: the kind it gives and how much name it needs before the ending. */
    public record OrgEnding(String suffix, OrgKind kind, int minBefore, boolean brandOnly) {
    }

    private static final String DIR = "/newskg/people/";
    private static volatile PeopleLexicon shared;

    final Set<String> surnames;
    /** The short names of China's cities and counties (石渠 of 石渠县, 洛南): a person's name only with support. */
    public final Set<String> divisionShortNames;
    public final WordSet titles;
    public final WordSet occupations;
    /** Longest first. */
    final List<String> titleModifiers;
    public final WordSet titleModifierWords;
    public final Map<String, OrgEnding> orgEndings;
    public final WordSet orgEndingWords;
    public final int longestOrgEnding;
    public final WordSet orgStopEndings;
    public final WordSet places;
    /** Foreign states by their usual short names (日本, 以色列). */
    public final WordSet states;
    /** Places and foreign states: a name one of them reaches into starts with it (以色列航空 of 以/色列航空). */
    final WordSet placesAndStates;
    public final Set<String> nameStopwords;
    public final WordSet orgLeftStops;
    public final Set<String> orgNameVerbs;
    public final Set<String> governmentNames;
    public final Set<String> companyNames;
    public final Set<String> companyKinds;
    /** Organisations known by name (international bodies, national media), with their kind. */
    public final Map<String, OrgKind> knownOrganizations;

    private PeopleLexicon() {
        surnames = Set.copyOf(words("surnames.txt"));
        titles = new WordSet(words("titles.txt"));
        occupations = new WordSet(words("occupations.txt"));
        List<String> mods = new ArrayList<>(words("title-modifiers.txt"));
        mods.sort(Comparator.comparingInt(String::length).reversed());
        titleModifiers = List.copyOf(mods);
        titleModifierWords = new WordSet(mods);
        Map<String, OrgEnding> endings = new HashMap<>();
        int longest = 0;
        for (String line : lines("org-suffixes.tsv")) {
            String[] f = line.split("\t");
            endings.put(f[0], new OrgEnding(f[0], OrgKind.valueOf(f[1]), Integer.parseInt(f[2]), f.length > 3 && f[3].equals("brand")));
            longest = Math.max(longest, f[0].length());
        }
        orgEndings = Map.copyOf(endings);
        orgEndingWords = new WordSet(endings.keySet());
        longestOrgEnding = longest;
        orgStopEndings = new WordSet(words("org-stop-endings.txt"));
        Set<String> pl = new HashSet<>();
        for (String p : words("places.txt")) {
            pl.add(p);
            String shortForm = p.replaceAll("(省|市|区|县|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$", "");
            if (shortForm.length() >= 2) {
                pl.add(shortForm);
            }
        }
        places = new WordSet(pl);
        Set<String> withStates = new HashSet<>(pl);
        List<String> stateNames = words("/newskg/resolve/countries.txt");
        states = new WordSet(stateNames);
        withStates.addAll(stateNames);
        placesAndStates = new WordSet(withStates);
        nameStopwords = Set.copyOf(words("name-stopwords.txt"));
        Set<String> divisions = new HashSet<>();
        for (String line : lines("/newskg/resolve/divisions.tsv")) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length >= 5 && (f[1].equals("city") || f[1].equals("county"))) {
                divisions.add(f[4]);
            }
        }
        divisionShortNames = Set.copyOf(divisions);
        orgLeftStops = new WordSet(words("org-left-stops.txt"));
        orgNameVerbs = Set.copyOf(words("org-name-verbs.txt"));
        governmentNames = Set.copyOf(words("government-names.txt"));
        companyNames = Set.copyOf(words("company-names.txt"));
        companyKinds = Set.copyOf(words("company-kinds.txt"));
        Map<String, OrgKind> known = new HashMap<>();
        for (String line : lines("known-organizations.tsv")) {
            String[] f = line.split("\t");
            known.put(f[0], OrgKind.valueOf(f[1]));
        }
        knownOrganizations = Map.copyOf(known);
    }

    public static PeopleLexicon get() {
        PeopleLexicon l = shared;
        if (l == null) {
            synchronized (PeopleLexicon.class) {
                l = shared;
                if (l == null) {
                    shared = l = new PeopleLexicon();
                }
            }
        }
        return l;
    }

    public boolean isSurname(String s) {
        return surnames.contains(s);
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static List<String> lines(String name) {
        String path = name.startsWith("/") ? name : DIR + name;
        InputStream in = PeopleLexicon.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
