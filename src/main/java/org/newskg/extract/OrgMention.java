package org.newskg.extract;

import org.newskg.extract.orgs.OrgKind;
import org.newskg.text.Span;

/**
 * An organisation. {@code name} is the name as a reader understands it at this point, which may
 * be longer than the span: in {@code 区党工委委员、党群工作部部长} the second body's span is
 * 党群工作部 but its name is 区党群工作部, the level carried across the chain. Abbreviations such as
 * 区 or 市场监管局 are still unexpanded here; resolving them is the resolve stage's job.
 */
public record OrgMention(Span span, String name, OrgKind kind) implements Mention {

    @Override
    public String type() {
        return kind.className();
    }
}
