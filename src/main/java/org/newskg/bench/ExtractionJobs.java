package org.newskg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import org.newskg.extract.PeopleAndOrgsExtractor;
import org.newskg.nlp.HanlpSegmenter;

/** The two jobs whose throughput is compared: HanLP's own segmentation with recognition, and newskg's extraction. */
final class ExtractionJobs {

    private static final Segment HANLP = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    private static final PeopleAndOrgsExtractor PEOPLE = new PeopleAndOrgsExtractor();

    private ExtractionJobs() {
    }

    /** HanLP segmentation with name, place and organisation recognition; returns the number of words. */
    static long hanlp(String text) {
        return HANLP.seg(text).size();
    }

    /** newskg's extraction of one article's text; returns the number of mentions and facts found. */
    static long newskg(String text) {
        var reading = PEOPLE.read(text, HanlpSegmenter.instance().segment(text));
        return reading.mentions().size() + reading.memberships().size();
    }
}
