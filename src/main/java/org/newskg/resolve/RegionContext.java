package org.newskg.resolve;

import java.util.Optional;

/**
 * The places an article's bare levels stand for: 省 is {@code province}, 市 is {@code city},
 * 区 or 县 is {@code district}, and a body named without any place (党群工作部) belongs to the
 * most local of them. On a city's page, where 区 is no level of the paper's own, a bare 区 stands
 * for {@code namedDistrict}, the district the article itself names (东昌府区委、区政府). A bare 管委会 or
 * 党工委 is that of {@code zone}, the development zone the article names first.
 */
public record RegionContext(Optional<String> province, Optional<String> city, Optional<String> district,
                            Optional<String> namedDistrict, Optional<String> zone) {

    public static final RegionContext NONE =
            new RegionContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RegionContext(Optional<String> province, Optional<String> city, Optional<String> district) {
        this(province, city, district, Optional.empty(), Optional.empty());
    }

    public RegionContext(Optional<String> province, Optional<String> city, Optional<String> district,
                         Optional<String> namedDistrict) {
        this(province, city, district, namedDistrict, Optional.empty());
    }

    /** The same context in an article that names a development zone (东营港经济开发区), whose 管委会 a bare one is. */
    public RegionContext withZone(Optional<String> zoneName) {
        return new RegionContext(province, city, district, namedDistrict, zoneName);
    }

    /** The most local known place: the district, else the city. */
    public Optional<String> local() {
        return district.or(() -> city);
    }
}
