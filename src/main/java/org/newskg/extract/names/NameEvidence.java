package org.newskg.extract.names;

import java.util.List;
import org.newskg.text.Span;

/**
 * What the learned model says of the stretches of one text that the readers took for names: the
 * model was trained on whether a stretch is a name at all and where it starts and ends, so a
 * reader's person or company that no model name touches is most likely a fragment or a common noun.
 */
public final class NameEvidence {

    private final List<NameSpan> names;

    public NameEvidence(List<NameSpan> names) {
        this.names = List.copyOf(names);
    }

    /** Whether the model reads a person's name overlapping this stretch. */
    public boolean person(Span s) {
        return any(s, NameKind.PERSON);
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

    private boolean any(Span s, NameKind kind) {
        for (NameSpan n : names) {
            if (n.kind() == kind && n.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    public List<NameSpan> names() {
        return names;
    }
}
