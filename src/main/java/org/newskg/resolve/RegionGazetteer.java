package org.newskg.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese administrative divisions this genre names: every province, the prefecture-level
 * cities, and for the province the papers cover their districts and counties.
 */
public final class RegionGazetteer {

    private static final RegionGazetteer INSTANCE = new RegionGazetteer();

    /** short or full name → full province name */
    private final Map<String, String> provinces = new HashMap<>();
    /** full city name → province */
    private final Map<String, String> cityProvince = new LinkedHashMap<>();
    /** short city name (威海) → full (威海市) */
    private final Map<String, String> cityByShort = new HashMap<>();
    /** district or county name → its city */
    private final Map<String, String> districtCity = new LinkedHashMap<>();

    private RegionGazetteer() {
        for (String[] row : Resources.rows("provinces.txt")) {
            for (String name : row) {
                provinces.put(name, row[0]);
            }
        }
        for (String[] row : Resources.rows("cities.tsv")) {
            String city = row[1];
            cityProvince.put(city, row[0]);
            cityByShort.put(shortName(city), city);
            if (row.length > 2) {
                for (String d : row[2].split(" ")) {
                    districtCity.putIfAbsent(d, city);
                }
            }
        }
    }

    public static RegionGazetteer instance() {
        return INSTANCE;
    }

    /** The full province name for 山东, 山东省 or 鲁; empty for anything else. */
    public Optional<String> province(String name) {
        return Optional.ofNullable(provinces.get(name));
    }

    /** The full city name for 威海 or 威海市. */
    public Optional<String> city(String name) {
        if (cityProvince.containsKey(name)) {
            return Optional.of(name);
        }
        return Optional.ofNullable(cityByShort.get(name));
    }

    public Optional<String> provinceOfCity(String city) {
        return Optional.ofNullable(cityProvince.get(city));
    }

    public Optional<String> cityOfDistrict(String district) {
        return Optional.ofNullable(districtCity.get(district));
    }

    public boolean isDistrict(String name) {
        return districtCity.containsKey(name);
    }

    /** Full names of the provinces. */
    public Iterable<String> provinces() {
        return new java.util.TreeSet<>(provinces.values());
    }

    public Iterable<String> cities() {
        return cityProvince.keySet();
    }

    public Iterable<String> districts() {
        return districtCity.keySet();
    }

    /** 威海市 → 威海; 东昌府区 stays (districts are named whole). */
    public static String shortName(String city) {
        return city.endsWith("市") && city.length() > 2 ? city.substring(0, city.length() - 1) : city;
    }
}
