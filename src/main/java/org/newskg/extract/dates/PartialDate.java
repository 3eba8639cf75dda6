package org.newskg.extract.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar day whose year may be unknown. {@link #toXsd()} gives {@code 2023-11-27} when the
 * year is known and {@code --11-27} (an {@code xsd:gMonthDay}) when it is not.
 */
public record PartialDate(Optional<Integer> year, int month, int day) {

    public PartialDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("no such day: " + month + "-" + day);
        }
        year.ifPresent(y -> LocalDate.of(y, month, day)); // rejects 2月30日 and the like
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(Optional.of(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
    }

    public Optional<LocalDate> toLocalDate() {
        return year.map(y -> LocalDate.of(y, month, day));
    }

    public String toXsd() {
        String md = String.format("%02d-%02d", month, day);
        return year.map(y -> String.format("%04d-", y) + md).orElse("--" + md);
    }
}
