package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a folder's dates.tsv: what it may hold, and the line a bad one is refused at. */
class DatesFileTest {

    @TempDir
    Path folder;
    Path datesFile;

    @BeforeEach
    void pages() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "本报讯 3月8日，县委召开会议。\n");
        Files.writeString(folder.resolve("b.txt"), "本报讯 3月9日，县政府召开会议。\n");
        Files.writeString(folder.resolve("feed.jsonl"), "{\"text\":\"本报讯 3月9日，县政府召开会议。\"}\n");
        Files.createDirectories(folder.resolve("sub"));
        datesFile = folder.resolve(DatesFile.NAME);
    }

    @Test
    void commentsBlankLinesAByteOrderMarkAndATrailingCommentAreAllowed() throws Exception {
        Files.writeString(datesFile, "\uFEFF# dates of the pages\n\na.txt\t2023-11-30\n  # b from its story\nb.txt\t2022-08-07   # 立秋\n",
                StandardCharsets.UTF_8);
        assertEquals(Map.of("a.txt", LocalDate.of(2023, 11, 30), "b.txt", LocalDate.of(2022, 8, 7)), DatesFile.read(datesFile));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a.txt\\t2023-13-01|'2023-13-01' is no day of the calendar",
        "a.txt\\t2023-02-30|'2023-02-30' is no day of the calendar",
        "a.txt\\t30.11.2023|'30.11.2023' is not a date of the form yyyy-MM-dd",
        "a.txt 2023-11-30|expected a file name, a tab and a date",
        "c.txt\\t2023-11-30|no file 'c.txt' in ",
        "sub\\t2023-11-30|no file 'sub' in ",
        "sub/../a.txt\\t2023-11-30|is a path",
        "feed.jsonl\\t2023-11-30|is JSON Lines",
        "\\t2023-11-30|no file name before the tab",
        "a.txt\\t2023-11-30 by hand|only a # comment may follow",
    })
    void aBadLineIsNamedByItsNumber(String line, String problem) throws Exception {
        Files.writeString(datesFile, "# first a good line\nb.txt\t2023-11-29\n" + line.replace("\\t", "\t") + "\n");
        DatesFileProblem e = assertThrows(DatesFileProblem.class, () -> DatesFile.read(datesFile));
        assertTrue(e.getMessage().startsWith(datesFile + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aFileDatedTwiceIsRefusedAtItsSecondLine() throws Exception {
        Files.writeString(datesFile, "a.txt\t2023-11-29\nb.txt\t2023-11-29\na.txt\t2023-11-30\n");
        DatesFileProblem e = assertThrows(DatesFileProblem.class, () -> DatesFile.read(datesFile));
        assertEquals(datesFile + ":3: 'a.txt' is dated already on line 1", e.getMessage());
    }

    @Test
    void theDatesFileFirstThenTheDateOptionThenNothing() throws Exception {
        Files.writeString(datesFile, "a.txt\t2023-11-30\n");
        List<Path> files = InputFiles.list(List.of(folder)).files();
        assertEquals(List.of("a.txt", "b.txt", "feed.jsonl"), files.stream().map(f -> f.getFileName().toString()).toList(),
                "the dates file is no page of the listing");
        PublicationDates fromFile = PublicationDates.read(Optional.empty(), files);
        assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), fromFile.of(folder.resolve("a.txt")));
        assertEquals(Optional.empty(), fromFile.of(folder.resolve("b.txt")), "left to the page's own text");
        PublicationDates given = PublicationDates.read(Optional.of(LocalDate.of(2024, 1, 5)), files);
        assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), given.of(folder.resolve("a.txt")), "the file's own line");
        assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), given.of(folder.resolve("b.txt")), "--date, the fallback");
    }
}
