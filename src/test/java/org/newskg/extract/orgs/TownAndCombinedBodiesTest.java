package org.newskg.extract.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.OrgMention;
import org.newskg.extract.Readings;

/** Towns and sub-district offices acting as bodies, bodies named for several places at once, and bodies known by name. */
class TownAndCombinedBodiesTest {

    static Stream<Arguments> townsActing() {
        return Stream.of(
                Arguments.of("接到群众反映后，柳湾街道立即组织人员上门排查。", "柳湾街道", true),
                Arguments.of("今年以来，石门镇聚焦乡村振兴，打造了一批示范村。", "石门镇", true),
                Arguments.of("青松镇、梨园街道2个驻地镇和街道的负责同志作了发言。", "青松镇", true),
                Arguments.of("青松镇、梨园街道2个驻地镇和街道的负责同志作了发言。", "梨园街道", true),
                Arguments.of("学员们参观了石门镇党委党建馆。", "石门镇", true),
                Arguments.of("记者来到石门镇，看到麦田一望无际。", "石门镇", false),
                Arguments.of("全市已建成特色小镇12个。", "特色小镇", false),
                Arguments.of("近年来，城镇居民收入稳步提高。", "城镇", false));
    }

    @ParameterizedTest
    @MethodSource("townsActing")
    void aTownIsABodyWhereItActs(String text, String town, boolean body) {
        boolean found = Readings.read(text).mentions().stream().anyMatch(m -> m instanceof OrgMention o
                && o.span().of(text).equals(town) && o.kind() == OrgKind.GOVERNMENT);
        assertEquals(body, found, text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "在水乡乌镇，首次推出光影秀。",
        "在古镇同里镇，游客络绎不绝。",
        "在水乡同里，首次推出灯会。"})
    void overlappingReadingsOfATownAreNoListOfTowns(String text) {
        // two readings of one stretch (水乡乌镇 and 乌镇) once made the list reader cut a negative span
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Readings.read(text));
    }

    static Stream<Arguments> combined() {
        return Stream.of(
                Arguments.of("专家组会同临川市、西岭区两级农业农村局人员深入田间地头。",
                        List.of("临川市农业农村局", "西岭区农业农村局")),
                Arguments.of("岚山县、北城区和东湖区三级财政局联合开展检查。",
                        List.of("岚山县财政局", "北城区财政局", "东湖区财政局")));
    }

    @ParameterizedTest
    @MethodSource("combined")
    void aBodyNamedForSeveralPlacesIsOneBodyEach(String text, List<String> bodies) {
        List<String> names = Readings.read(text).mentions().stream().filter(m -> m instanceof OrgMention)
                .map(m -> ((OrgMention) m).name()).toList();
        for (String b : bodies) {
            assertTrue(names.contains(b), b + " in " + names);
        }
        assertFalse(names.stream().anyMatch(n -> n.contains("两级") || n.contains("三级")), names.toString());
    }

    static Stream<Arguments> teamsAndTroupes() {
        return Stream.of(
                Arguments.of("青川大学青年志愿服务队走进社区开展义诊。", "青川大学青年志愿服务队", true),
                Arguments.of("决赛中，济宁队以3比1战胜对手。", "济宁队", true),
                Arguments.of("市民间艺术团带来了精彩演出。", "市民间艺术团", true),
                Arguments.of("队员们冒雨坚守岗位。", "队员", false),
                Arguments.of("党员志愿服务队走进社区。", "党员志愿服务队", false),
                Arguments.of("球队在主场取得胜利。", "球队", false),
                Arguments.of("党员志愿服务队员们奋战在一线。", "党员志愿服务队", false));
    }

    @ParameterizedTest
    @MethodSource("teamsAndTroupes")
    void teamsAndTroupesAreOrganisations(String text, String name, boolean org) {
        assertEquals(org, Readings.read(text).mentions().stream().anyMatch(m -> m instanceof OrgMention o
                && o.span().of(text).equals(name) && o.kind() == OrgKind.OTHER), text);
    }

    static Stream<Arguments> regionsAreNoBodies() {
        return Stream.of(
                Arguments.of("强降雨主要出现在海南岛中东部。"),
                Arguments.of("江西地处长江中游。"));
    }

    @ParameterizedTest
    @MethodSource("regionsAreNoBodies")
    void aRegionOfAPlaceIsNoBody(String text) {
        assertTrue(Readings.orgs(text).isEmpty(), Readings.orgs(text).toString());
    }

    static Stream<Arguments> known() {
        return Stream.of(
                Arguments.of("新华社记者从世界卫生组织获悉，会议将于下月举行。", "世界卫生组织", OrgKind.OTHER),
                Arguments.of("据中央电视台报道，亚太经合组织领导人会议闭幕。", "亚太经合组织", OrgKind.OTHER),
                Arguments.of("据中央电视台报道，亚太经合组织领导人会议闭幕。", "中央电视台", OrgKind.MEDIA),
                Arguments.of("新华社记者从世界卫生组织获悉，会议将于下月举行。", "新华社", OrgKind.MEDIA),
                Arguments.of("据人民网报道，展会吸引了大批观众。", "人民网", OrgKind.MEDIA));
    }

    @ParameterizedTest
    @MethodSource("known")
    void organisationsKnownByNameAreFoundWithTheirKind(String text, String name, OrgKind kind) {
        assertTrue(Readings.read(text).mentions().stream().anyMatch(m -> m instanceof OrgMention o
                && o.span().of(text).equals(name) && o.kind() == kind), name);
    }
}
