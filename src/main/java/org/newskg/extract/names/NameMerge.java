package org.newskg.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.extract.Mention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.extract.PlaceMention;

/**
 * Puts the model's names and the readers' mentions together. The model decides where a name
 * starts and ends and whether it is one (it was trained on exactly that); the readers keep their
 * structure: a body they read on the very same span as a university, association, chamber, media
 * or institute keeps that kind (县工商联 is an Association), a body they read whole where the model saw only its tail, unsure, is theirs
 * (泰和精密机械股份有限公司 over 股份有限公司), and the places they find where the model has no span stay.
 */
public final class NameMerge {

    /** Which source's spans annotate prints. */
    public enum Source { COMBINED, MODEL, READERS }

    /**
     * Below this score a model body ending where a longer reader body ends gives way to it
     * (chosen among 0.1 and 0.2 on CLUENER2020's dev set as a whole).
     */
    static final double UNSURE = 0.1;

    private NameMerge() {
    }

    /** readers: flat mentions (no body nested in another); model: the model's names of the same text. */
    public static List<Annotation> merge(List<Mention> readers, List<NameSpan> model, Source source) {
        List<Annotation> out = new ArrayList<>();
        if (source == Source.READERS) {
            for (Mention m : readers) {
                out.add(new Annotation(m.span(), broad(m), m.type(), Double.NaN));
            }
            return out;
        }
        List<Mention> usedReaders = new ArrayList<>();
        for (NameSpan n : model) {
            Mention same = source == Source.COMBINED ? sameSpan(n, readers) : null;
            Mention longer = source == Source.COMBINED ? longerBody(n, readers) : null;
            if (longer != null) {
                if (!usedReaders.contains(longer)) {
                    usedReaders.add(longer);
                    out.add(new Annotation(longer.span(), broad(longer), longer.type(), Double.NaN));
                }
            } else if (same instanceof OrgMention o && specific(o) && n.kind() != NameKind.PERSON && n.kind() != NameKind.POSITION) {
                // the readers know this body's kind from its ending (工商联, 大学); CLUENER's annotators did not ask
                out.add(new Annotation(n.span(), broad(o), o.type(), n.score()));
            } else {
                out.add(new Annotation(n.span(), n.kind().className(),
                        same != null && broad(same).equals(n.kind().className()) ? same.type() : n.kind().className(), n.score()));
            }
        }
        if (source == Source.COMBINED) {
            // only places: the readers' own persons, titles and bodies where the model saw none
            // lowered every score on CLUENER2020's dev set (the model's "no" is worth more)
            for (Mention m : readers) {
                boolean free = out.stream().noneMatch(a -> a.span().overlaps(m.span()));
                if (free && m instanceof PlaceMention) {
                    out.add(new Annotation(m.span(), broad(m), m.type(), Double.NaN));
                }
            }
        }
        out.sort(Comparator.comparing(Annotation::span));
        return out;
    }

    private static Mention sameSpan(NameSpan n, List<Mention> readers) {
        for (Mention m : readers) {
            if (m.span().equals(n.span())) {
                return m;
            }
        }
        return null;
    }

    /** A reader's body that takes in an unsure model body and more, ending where it ends. */
    private static Mention longerBody(NameSpan n, List<Mention> readers) {
        if (n.kind() == NameKind.PERSON || n.kind() == NameKind.POSITION || n.score() >= UNSURE) {
            return null;
        }
        for (Mention m : readers) {
            if (m instanceof OrgMention && m.span().contains(n.span()) && !m.span().equals(n.span())
                    && m.span().end() == n.span().end()) {
                return m;
            }
        }
        return null;
    }

    /** A kind finer than the three broad ones (University, Association, MediaOrganization …). */
    private static boolean specific(OrgMention o) {
        return o.kind() != OrgKind.GOVERNMENT && o.kind() != OrgKind.COMPANY && o.kind() != OrgKind.OTHER;
    }

    private static String broad(Mention m) {
        return m instanceof OrgMention o ? o.kind().broadClassName() : m.type();
    }
}
