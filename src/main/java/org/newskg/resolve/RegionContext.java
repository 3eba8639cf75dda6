package org.newskg.resolve;

import java.util.Optional;

/**
 * The places an article's bare levels stand for: 省 is {@code province}, 市 is {@code city},
 * 区 or 县 is {@code district}, and a body named without any place (党群工作部) belongs to the
 * most local of them.
 */
public record RegionContext(Optional<String> province, Optional<String> city, Optional<String> district) {

    public static final RegionContext NONE = new RegionContext(Optional.empty(), Optional.empty(), Optional.empty());

    /** The most local known place: the district, else the city. */
    public Optional<String> local() {
        return district.or(() -> city);
    }
}
