package org.newskg.resolve;

import java.util.regex.Pattern;
import org.newskg.nlp.CommonWords;

/**
 * Whether a place the readers found is a place's name: a division of the tables (full, short or a
 * town's), a foreign state, a word the dictionary knows as a place, or a name made of a proper head
 * and a place ending (瑶洞村, 蛇口工业区, 漠河站). Common nouns and slogans (乡村, 城市, 航天强省),
 * counts (一百多台) and fragments across segmentation errors (项中非, 人站, 家庭和村) are none.
 */
public final class PlaceNames {

    /** Endings that make a place of a proper head. */
    private static final Pattern ENDING = Pattern.compile(
            "(省|市|县|区|镇|乡|村|街道|社区|自治州|自治县|旗|盟|州|岛|山|湖|河|江|港|湾|站|机场|口岸|景区|公园|工业区|开发区|新区|园区|"
            + "地区|半岛|海峡|群岛|高原|盆地|平原|草原|沙漠|大道|路|街|桥|广场|码头|基地)$");
    /** Slogans and kinds of area named with a place's ending (文旅强省, 经济大省, 一线城市). */
    private static final Pattern SLOGAN = Pattern.compile("(强省|强市|强县|强区|强镇|大省|大市|大县|名城|城市|农村|乡村|山区|老区|辖区|城区|市区|郊区|片区|小区|街区|库区|园区)$");
    /** Words no place's name holds: particles, conjunctions, counts. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[的和与及或、得之其]|[0-9]|^[一二三四五六七八九十百千万两几多每各该本我全]|^(?:年度|季度|年份|月份)|多[台个名位家条项次辆只座所]"
            + "|周边|重点|一线|跨区|所在|全市|全省|全县|全区|入市|下乡|返乡|进社区|进村|股市|单列|空白"
            // 上市 is "goes on sale" (水蜜桃上市), 灾区 and 核心区 kinds of area, 首相 a person's title before the name
            + "|上市$|灾区$|核心区$|经济区$|首相|总统|总理|花城"
            // each, two provinces at once, a count's measure, a campus, levels at large (压实各地区, 川渝两省市, 规模自然村)
            + "|各|[两三四五六七八九十]省|省市$|规模|院区$|县乡$|沿海地区$|组织");
    /** Regions named by a direction or a grouping (东北地区, 亚太地区): the dictionary calls their heads no place. */
    private static final java.util.Set<String> REGION_HEADS = java.util.Set.of("东北", "西北", "西南", "东南", "华北", "华南", "华东",
            "华中", "中东", "亚太", "拉美", "东亚", "南亚", "中亚", "西亚", "北非", "东欧", "西欧", "北欧", "南欧", "京津冀", "长三角", "珠三角");
    /** Names that start with an ethnic group's name have lost their head (佤族自治县 of 西盟佤族自治县). */
    private static final Pattern HEADLESS = Pattern.compile("^[\\p{IsHan}]{1,4}族(自治|乡)");

    private final RegionGazetteer gazetteer;

    public PlaceNames(RegionGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public boolean isPlaceName(String name) {
        if (name.length() < 2) {
            return false;
        }
        if (!gazetteer.named(name).isEmpty() || !gazetteer.townsNamed(name).isEmpty() || gazetteer.isCountry(name)
                || name.equals("中国") || name.equals("中华人民共和国") || isStateFullName(name)) {
            return true;
        }
        if (NOT_IN_A_NAME.matcher(name).find() || SLOGAN.matcher(name).find() || HEADLESS.matcher(name).find()) {
            return false;
        }
        if (CommonWords.isPlaceWord(name)) {
            return true;
        }
        var m = ENDING.matcher(name);
        if (!m.find()) {
            return false;
        }
        String head = name.substring(0, m.start());
        if (REGION_HEADS.contains(head) || !gazetteer.named(head).isEmpty() || CommonWords.isPlaceWord(head)) {
            return true;
        }
        // the head before the ending is a proper name: two characters or more, no everyday word, no verb or time in it
        return head.length() >= 2 && !CommonWords.isEverydayWord(head) && !CommonWords.holdsVerbOrTime(head);
    }

    /** 伊拉克共和国, 大韩民国, 朗德省's foreign kin: a state's full name. */
    private boolean isStateFullName(String name) {
        for (String ending : new String[] {"共和国", "王国", "联邦", "民国", "酋长国", "大公国", "合众国"}) {
            if (name.endsWith(ending) && name.length() > ending.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
