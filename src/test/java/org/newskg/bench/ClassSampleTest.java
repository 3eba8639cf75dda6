package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;

/** The by-eye sample draws the same entities from the same graph, at most so many a class. */
class ClassSampleTest {

    @TempDir
    Path dir;

    @Test
    void theSameStoreGivesTheSameSampleOfAtMostSoManyEntitiesAClass() throws Exception {
        Path store = dir.resolve("tdb2");
        assertEquals(0, Main.run("build", "--store", store.toString(), Path.of("seeds").toString()));
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        ClassSample.main(new String[] {"--store", store.toString(), "--per-class", "5", "--out", first.toString()});
        ClassSample.main(new String[] {"--store", store.toString(), "--per-class", "5", "--out", second.toString()});
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertEquals(lines, Files.readAllLines(second, StandardCharsets.UTF_8), "a stable sample");
        Map<String, Long> perClass = lines.stream().skip(1).collect(Collectors.groupingBy(l -> l.split("\t")[0], Collectors.counting()));
        assertEquals(ClassSample.CLASSES.keySet(), perClass.keySet(), "every class is drawn from the seeds' graph");
        assertTrue(perClass.values().stream().allMatch(n -> n == 5), perClass.toString());
        ClassSample.main(new String[] {"--store", store.toString(), "--per-class", "5", "--seed", "other", "--out", second.toString()});
        assertTrue(!lines.equals(Files.readAllLines(second, StandardCharsets.UTF_8)), "another seed draws another sample");
    }
}
