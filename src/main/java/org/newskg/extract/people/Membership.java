package org.newskg.extract.people;

import java.util.Optional;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PersonMention;
import org.newskg.extract.RoleMention;
import org.newskg.text.Span;

/**
 * A post: {@code person} holds {@code role} in {@code organization}. The organisation is empty
 * where the text names a title without its body. {@code evidence} is the sentence it was read from.
 */
public record Membership(PersonMention person, RoleMention role, Optional<OrgMention> organization, Span evidence) {
}
