package org.newskg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import java.util.List;
import java.util.Optional;

import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Extractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;

/** The two jobs whose throughput is compared: HanLP's own segmentation with recognition, and newskg's extraction. */
final class ExtractionJobs {

    private static final Segment HANLP = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    private static final Extractor EXTRACTOR = new Extractor(HanlpSegmenter.instance());

    private ExtractionJobs() {
    }

    /** HanLP segmentation with name, place and organisation recognition; returns the number of words. */
    static long hanlp(String text) {
        return HANLP.seg(text).size();
    }

    /**
     * newskg's whole extraction of one article's text (segmentation, every recogniser and relater);
     * returns the number of mentions and facts found.
     */
    static long newskg(String text) {
        Article article = new Article("bench", "bench.jsonl", 1, "", List.of(), text, Optional.empty(),
                Optional.of(2022), Optional.empty(), Optional.empty());
        ArticleFacts facts = EXTRACTOR.extract(article);
        return facts.mentions().size() + facts.memberships().size() + facts.projects().size() + facts.events().size();
    }
}
