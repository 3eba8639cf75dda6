package org.newskg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Readings;

/**
 * Appointment notices (某某同志任某省委书记) as national news prints them: HanLP reads the name, 同志, the
 * verb and the body as one word, and the titles follow the body instead of standing before the name.
 */
class AppointmentNoticesTest {

    private static final String NOTICE = "中共中央决定：\n周立新同志任云岭省委委员、常委、书记；\n"
            + "郑海同志不再担任云岭省委书记职务。\n陈东江同志任新疆维吾尔自治区党委委员、常委、书记。";

    @Test
    void theAppointeeIsAPersonAndTheBodyStartsAfterTheVerb() {
        List<String> persons = Readings.persons(NOTICE);
        assertTrue(persons.contains("陈东江"), persons.toString());
        List<String> orgs = Readings.orgs(NOTICE);
        assertTrue(orgs.contains("新疆维吾尔自治区党委:GovernmentBody"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.contains("同志")), orgs.toString());
    }

    @Test
    void theTitlesAfterTheBodyAreTheAppointeesPosts() {
        List<String> posts = Readings.posts(NOTICE);
        assertTrue(posts.contains("陈东江|书记|新疆维吾尔自治区党委"), posts.toString());
        assertTrue(posts.contains("陈东江|常委|新疆维吾尔自治区党委"), posts.toString());
    }

    @Test
    void aPostNoLongerHeldIsNoAppointment() {
        assertTrue(Readings.posts(NOTICE).stream().noneMatch(p -> p.startsWith("郑海|")), Readings.posts(NOTICE).toString());
    }

    @Test
    void aTaskIsNoAppointment() {
        assertEquals(List.of(), Readings.posts("王强任务繁重，李明任期届满。"));
    }

    @Test
    void inBeijingIsNoPartOfACentralBody() {
        List<String> orgs = Readings.orgs("部分在京中共中央政治局委员、中央书记处书记出席。");
        assertTrue(orgs.contains("中共中央政治局:GovernmentBody"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("京")), orgs.toString());
    }
}
