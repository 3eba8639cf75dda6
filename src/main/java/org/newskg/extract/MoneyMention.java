package org.newskg.extract;

import java.math.BigDecimal;
import org.newskg.text.Span;

/**
 * An amount of money normalised to yuan ({@code 6.3亿元} → 630000000). {@code approximate} is true
 * for 约, 多, 余, 近 and the like.
 */
public record MoneyMention(Span span, BigDecimal yuan, boolean approximate) implements Mention {

    @Override
    public String type() {
        return "Money";
    }
}
