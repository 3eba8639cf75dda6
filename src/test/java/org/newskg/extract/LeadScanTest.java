package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern tried only where its matches can start finds what find() finds. */
class LeadScanTest {

    private static final String TEXT = "2023年11月27日，区领导王某到会。本月5日至6日召开座谈会议；会议5号举行，会后3日内公布。";
    private static final List<String> PATTERNS = List.of(
            "(?<![0-9.])(?:(?<m>\\d{1,2})\\s*月\\s*|本月)?(?<d>\\d{1,2})\\s*[日号]",
            "(?:召开|举行)了?[^，。；]{0,24}?(?:会议|座谈会)",
            "会(?!后)", "(?<=会)议", "^本月", "\\b会", "x*", "[^，。；]+", "领导(同志)?");

    private static List<String> found(Matcher m, boolean viaScan, LeadScan scan) {
        List<String> out = new ArrayList<>();
        if (viaScan) {
            LeadScan.Run run = scan.in(TEXT);
            while (run.find()) {
                out.add(run.matcher().start() + "-" + run.matcher().end());
            }
        } else {
            while (m.find()) {
                out.add(m.start() + "-" + m.end());
            }
        }
        return out;
    }

    @Test
    void theMatchesOfAWholeTextAreFindsMatches() {
        for (String regex : PATTERNS) {
            Pattern p = Pattern.compile(regex);
            LeadScan scan = new LeadScan(p);
            assertEquals(found(p.matcher(TEXT), false, null), found(null, true, scan), regex);
        }
    }
}
