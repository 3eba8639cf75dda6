package org.newskg.resolve;

import java.util.Optional;

/**
 * The places an article's bare levels stand for: 省 is {@code province}, 市 is {@code city},
 * 区 or 县 is {@code district}, and a body named without any place (党群工作部) belongs to the
 * most local of them. On a city's page, where 区 is no level of the paper's own, a bare 区 stands
 * for {@code namedDistrict}, the district the article itself names (东昌府区委、区政府).
 */
public record RegionContext(Optional<String> province, Optional<String> city, Optional<String> district,
                            Optional<String> namedDistrict) {

    public static final RegionContext NONE =
            new RegionContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RegionContext(Optional<String> province, Optional<String> city, Optional<String> district) {
        this(province, city, district, Optional.empty());
    }

    /** The most local known place: the district, else the city. */
    public Optional<String> local() {
        return district.or(() -> city);
    }
}
