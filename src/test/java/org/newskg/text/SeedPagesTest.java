package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The structure of the seed pages: several articles each, every one with a body, bylines read. */
class SeedPagesTest {

    private static Path seeds() {
        for (String p : List.of("seeds", "../shared/seeds", "../../shared/seeds", "/work/shared/seeds")) {
            Path d = Path.of(p);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void everySeedPageIsCutIntoArticlesWithBodiesAndReporters() throws Exception {
        Path dir = seeds();
        Assumptions.assumeTrue(dir != null, "seed pages not found");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(files.size() >= 5, "seed pages not found");
        int total = 0;
        for (Path f : files) {
            Page page = new PageReader().read(f, Optional.empty());
            int n = page.articles().size();
            assertTrue(n >= 5 && n <= 14, f + ": " + n + " articles");
            total += n;
            int withReporters = 0;
            int withHeadline = 0;
            for (Article a : page.articles()) {
                assertTrue(a.text().length() >= 40, a.key() + " has no real body");
                assertFalse(a.text().contains("□") || a.text().contains("◎"), a.key() + " keeps a byline marker");
                assertFalse(a.headline().length() > 64, a.key());
                assertTrue(a.yearHint().isPresent(), a.key() + " has no year");
                withReporters += a.reporters().isEmpty() ? 0 : 1;
                withHeadline += a.headline().isEmpty() ? 0 : 1;
                for (String r : a.reporters()) {
                    assertTrue(r.matches("\\p{IsHan}{2,4}"), a.key() + ": reporter " + r);
                }
            }
            assertTrue(withReporters >= n - 1, f + ": reporters found in only " + withReporters + " of " + n);
            assertTrue(withHeadline >= n / 2, f + ": headlines found in only " + withHeadline + " of " + n);
        }
        assertTrue(total >= 35 && total <= 55, "articles on all seed pages: " + total);
    }
}
