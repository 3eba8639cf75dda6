package org.newskg.extract.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.MoneyMention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.ProjectMention;
import org.newskg.text.Span;

/**
 * A project and what the article says of it. {@code investment} is the project's own investment
 * only; revenue, output, tax and programme totals go to {@code otherAmounts} under their kind.
 */
public record ProjectFact(ProjectMention project, Optional<MoneyMention> investment, Optional<PlaceMention> place,
                          List<OrgMention> organizations, List<Amount> otherAmounts, Span evidence) {

    public ProjectFact {
        organizations = List.copyOf(organizations);
        otherAmounts = List.copyOf(otherAmounts);
    }

    /** An amount that is not the project's investment, with what it measures. */
    public record Amount(AmountKind kind, MoneyMention money) {
    }

    public enum AmountKind { REVENUE, OUTPUT, TAX, COMPLETED_INVESTMENT, OTHER }

    public BigDecimal investmentYuan() {
        return investment.map(MoneyMention::yuan).orElse(null);
    }
}
