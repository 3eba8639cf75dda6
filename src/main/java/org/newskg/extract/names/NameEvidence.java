package org.newskg.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newskg.text.Span;

/**
 * What the learned model says of the stretches of one text that the readers took for names: the
 * model was trained on whether a stretch is a name at all and where it starts and ends, so a
 * reader's person or company that no model name touches is most likely a fragment or a common noun.
 * The text is labelled a clause at a time and only where a reader asks: most clauses hold no
 * name in doubt, and labelling is the dearest step of extraction.
 */
public final class NameEvidence {

    /** The stretches (clauses), in text order, each labelled as a whole when anything in it is asked about. */
    private final List<Span> parts;
    private final Function<Span, List<NameSpan>> labeller;
    private final List<List<NameSpan>> labelled;

    /** Names already found (the whole text labelled beforehand). */
    public NameEvidence(List<NameSpan> names) {
        this(List.of(new Span(0, Integer.MAX_VALUE)), all -> List.copyOf(names));
    }

    /** Names found on demand: labeller gives the names within one of the parts. */
    public NameEvidence(List<Span> parts, Function<Span, List<NameSpan>> labeller) {
        this.parts = List.copyOf(parts);
        this.labeller = labeller;
        this.labelled = new ArrayList<>(java.util.Collections.nCopies(parts.size(), null));
    }

    /** Whether the model reads a person's name overlapping this stretch. */
    public boolean person(Span s) {
        return any(s, NameKind.PERSON);
    }

    /** Whether the model reads a person's name overlapping this stretch with at least a median margin (score 0.5). */
    public boolean surePerson(Span s) {
        for (NameSpan n : names(s)) {
            if (n.kind() == NameKind.PERSON && n.score() >= 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Whether the model reads a company, government body or other organisation overlapping this stretch. */
    public boolean organisation(Span s) {
        return any(s, NameKind.COMPANY) || any(s, NameKind.ORGANIZATION) || any(s, NameKind.GOVERNMENT);
    }

    /** Whether the model reads a name of another kind than a person's over this stretch (a body, a title). */
    public boolean otherThanPerson(Span s) {
        return !person(s) && (organisation(s) || any(s, NameKind.POSITION));
    }

    /** Whether the model reads this stretch as part of a person's name or a title, not of an organisation. */
    public boolean personOrTitleOnly(Span s) {
        return !organisation(s) && (person(s) || any(s, NameKind.POSITION));
    }

    /** The model's names overlapping the stretch, in text order. */
    public List<NameSpan> names(Span s) {
        List<NameSpan> out = new ArrayList<>();
        for (int p = firstPartEndingAfter(s.start()); p < parts.size() && parts.get(p).start() < s.end(); p++) {
            for (NameSpan n : namesOf(p)) {
                if (n.span().overlaps(s)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private boolean any(Span s, NameKind kind) {
        for (NameSpan n : names(s)) {
            if (n.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private List<NameSpan> namesOf(int part) {
        List<NameSpan> names = labelled.get(part);
        if (names == null) {
            names = labeller.apply(parts.get(part));
            labelled.set(part, names);
        }
        return names;
    }

    /** The first part whose end lies after at (parts are sorted and do not overlap). */
    private int firstPartEndingAfter(int at) {
        int lo = 0, hi = parts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (parts.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
