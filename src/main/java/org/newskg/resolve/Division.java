package org.newskg.resolve;

import java.util.List;

/**
 * One of China's statistical divisions: a province, a prefecture-level city, a county-level
 * division (district, county, county-level city, banner, a functional zone) or a town.
 *
 * @param code       the statistical code (2, 4, 6 or 9 digits); a functional zone a paper treats as a
 *                   district but the tables lack gets its city's code and its name
 * @param parentCode the division it belongs to, empty for a province
 * @param shortNames how texts also name it: 威海 for 威海市, 江华 for 江华瑶族自治县
 */
public record Division(String code, Level level, String name, String parentCode, List<String> shortNames) {

    public enum Level { PROVINCE, CITY, COUNTY, TOWN }

    public Division {
        shortNames = List.copyOf(shortNames);
    }

    public boolean isMunicipality() {
        return level == Level.PROVINCE && name.endsWith("市");
    }
}
