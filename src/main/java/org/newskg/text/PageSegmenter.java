package org.newskg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a laid-out page into articles. A new article starts at a byline, at a paragraph opening
 * with a dateline (本报讯, 本报威海讯), after a gap of blank lines, and at a body following a
 * headline when the article before it carries a byline (a feature without one keeps its
 * subheads). Headlines are then aligned to the bodies that share their words, and photo
 * credits go to the article printed just before them.
 */
final class PageSegmenter {

    /** An article cut out of the page, before it becomes an {@link Article}. */
    record Cut(String headline, List<String> reporters, List<String> paragraphs) {
    }

    private static final class Draft {
        final List<String> paragraphs = new ArrayList<>();
        final Set<String> reporters = new LinkedHashSet<>();
        boolean hasByline;
    }

    private PageSegmenter() {
    }

    static List<Cut> segment(List<PageUnit> units) {
        List<Draft> drafts = new ArrayList<>();
        int[] owner = new int[units.size()];       // draft before (or of) each unit, -1 for none
        Draft cur = null;
        boolean afterHeadline = false;
        for (int i = 0; i < units.size(); i++) {
            PageUnit u = units.get(i);
            switch (u.kind()) {
                case BYLINE -> {
                    if (cur == null || !cur.paragraphs.isEmpty()) {
                        cur = new Draft();
                        drafts.add(cur);
                    }
                    cur.hasByline = true;
                    cur.reporters.addAll(u.names());
                    afterHeadline = false;
                }
                case BODY -> {
                    List<String> dateline = Bylines.datelineNames(u.first());
                    boolean opensStory = Bylines.startsWithDateline(u.first());
                    boolean fresh = cur == null || (!cur.paragraphs.isEmpty()
                            && (opensStory || u.hardBreak() || (afterHeadline && cur.hasByline)));
                    if (fresh) {
                        cur = new Draft();
                        drafts.add(cur);
                    }
                    if (!dateline.isEmpty()) {
                        cur.hasByline = true;
                        cur.reporters.addAll(dateline);
                    } else if (opensStory) {
                        cur.hasByline = true;
                    }
                    cur.reporters.addAll(u.names());
                    cur.paragraphs.addAll(u.paragraphs());
                    afterHeadline = false;
                }
                case HEADLINE -> afterHeadline = true;
                case CREDIT -> {
                }
            }
            owner[i] = drafts.size() - 1;
        }
        // a byline with no body after it makes an empty draft: drop it, mapping owners to the one before
        int[] map = new int[drafts.size()];
        List<Draft> kept = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            if (!drafts.get(k).paragraphs.isEmpty()) {
                kept.add(drafts.get(k));
            }
            map[k] = kept.size() - 1;
        }
        int[] keptIndex = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            keptIndex[i] = owner[i] < 0 ? -1 : map[owner[i]];
        }

        HeadlineAligner aligner = new HeadlineAligner(kept.stream().map(d -> String.join("", d.paragraphs)).toList());
        int n = kept.size();
        List<List<Candidate>> heads = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            heads.add(new ArrayList<>());
        }
        List<List<Candidate>> fallback = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            fallback.add(new ArrayList<>());
        }
        int[] unitArticle = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            unitArticle[i] = keptIndex[i];
        }
        for (int i = 0; i < units.size(); i++) {
            PageUnit u = units.get(i);
            if (u.kind() != PageUnit.Kind.HEADLINE) {
                continue;
            }
            int before = keptIndex[i];
            int near = i + 1 < units.size() && units.get(i + 1).kind() != PageUnit.Kind.HEADLINE
                    && units.get(i + 1).kind() != PageUnit.Kind.CREDIT ? before + 1 : before;
            HeadlineAligner.Fit fit = aligner.align(u.text(), Math.max(0, Math.min(near, n - 1)));
            if (fit == null) {
                // no shared words (a figurative headline): it may still head the story printed right below it
                int j = i + 1;
                while (j < units.size() && units.get(j).kind() == PageUnit.Kind.HEADLINE) {
                    j++;
                }
                boolean opensNext = j < units.size() && units.get(j).kind() != PageUnit.Kind.CREDIT
                        && keptIndex[j] >= 0 && keptIndex[j] != before;
                unitArticle[i] = -1;
                if (opensNext) {
                    fallback.get(keptIndex[j]).add(new Candidate(u.first(), 0, isSubtitle(u.first())));
                }
                continue;
            }
            unitArticle[i] = fit.article();
            String main = u.first();
            HeadlineAligner.Fit own = aligner.align(main, fit.article());
            int shared = own != null && own.article() == fit.article() ? own.shared() : fit.shared();
            boolean inside = nearestBody(units, keptIndex, i, -1) == fit.article()
                    && nearestBody(units, keptIndex, i, 1) == fit.article();
            heads.get(fit.article()).add(new Candidate(main, shared, isSubtitle(main) || inside));
            kept.get(fit.article()).reporters.addAll(u.names());
        }
        // credits follow the article of the piece printed just before them
        for (int i = 0; i < units.size(); i++) {
            PageUnit u = units.get(i);
            if (u.kind() != PageUnit.Kind.CREDIT || u.names().isEmpty()) {
                continue;
            }
            int target = -1;
            for (int j = i - 1; j >= 0 && target < 0; j--) {
                if (units.get(j).kind() != PageUnit.Kind.CREDIT) {
                    target = unitArticle[j];
                }
            }
            if (target < 0 && n > 0) {
                target = Math.min(n - 1, Math.max(0, keptIndex[i] + 1));
            }
            if (target >= 0 && target < n) {
                kept.get(target).reporters.addAll(u.names());
            }
        }
        List<Cut> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            Draft d = kept.get(a);
            out.add(new Cut(choose(heads.get(a).isEmpty() ? fallback.get(a) : heads.get(a)), List.copyOf(d.reporters), List.copyOf(d.paragraphs)));
        }
        return out;
    }

    /** The article of the nearest body unit before (step -1) or after (step 1) unit i, or -1. */
    private static int nearestBody(List<PageUnit> units, int[] keptIndex, int i, int step) {
        for (int j = i + step; j >= 0 && j < units.size(); j += step) {
            PageUnit.Kind k = units.get(j).kind();
            if (k == PageUnit.Kind.BODY) {
                return keptIndex[j];
            }
            if (k == PageUnit.Kind.BYLINE) {
                return -1;
            }
        }
        return -1;
    }

    private record Candidate(String text, int shared, boolean subtitle) {
    }

    /** A kicker or subtitle (a line with a comma, opening or closing with a dash) yields to a main headline. */
    private static boolean isSubtitle(String s) {
        return Punct.hasComma(s) || s.startsWith("—") || s.endsWith("—") || s.startsWith("-");
    }

    private static String choose(List<Candidate> cands) {
        Candidate best = null;
        for (Candidate c : cands) {
            if (best == null || (best.subtitle() && !c.subtitle())
                    || (best.subtitle() == c.subtitle() && c.shared() > best.shared())) {
                best = c;
            }
        }
        if (best == null) {
            return "";
        }
        String h = best.text();
        while (h.startsWith("—") || h.startsWith("-")) {
            h = h.substring(1);
        }
        return h.strip();
    }
}
