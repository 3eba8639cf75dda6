package org.newskg.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder's {@value #NAME}: the publication dates of its page files, one
 * {@code file-name<TAB>yyyy-MM-dd} a line. Blank lines and lines starting with {@code #} are
 * comments, and so is whatever follows the date after a blank ({@code 2023-11-29  # masthead}).
 * Every line must name a page file of that folder once, with a real date: a file that says
 * otherwise is refused as a whole, since a build on half of it would date pages unevenly.
 */
public final class DatesFile {

    public static final String NAME = "dates.tsv";

    private DatesFile() {
    }

    /** Whether {@code file} is a dates file, never read as a page. */
    public static boolean isDatesFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(NAME);
    }

    /** The dates {@code datesFile} gives, by file name; the first bad line is a {@link DatesFileProblem}. */
    static Map<String, LocalDate> read(Path datesFile) throws DatesFileProblem {
        List<String> lines;
        try {
            lines = Files.readAllLines(datesFile, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DatesFileProblem(datesFile, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new DatesFileProblem(datesFile, 0, "cannot be read (" + e.getMessage() + ")");
        }
        Path folder = datesFile.toAbsolutePath().getParent();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = i == 0 ? stripByteOrderMark(lines.get(0)) : lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new DatesFileProblem(datesFile, lineNo, "expected a file name, a tab and a date (yyyy-MM-dd), not '"
                        + shorten(line.strip()) + "'");
            }
            String name = line.substring(0, tab).strip();
            String[] rest = line.substring(tab + 1).strip().split("\\s+", 2);
            if (rest.length > 1 && !rest[1].startsWith("#")) {
                throw new DatesFileProblem(datesFile, lineNo, "after the date only a # comment may follow, not '"
                        + shorten(rest[1]) + "'");
            }
            LocalDate date = date(datesFile, lineNo, rest[0]);
            checkNamesAPage(datesFile, lineNo, folder, name);
            Integer earlier = lineOf.putIfAbsent(name, lineNo);
            if (earlier != null) {
                throw new DatesFileProblem(datesFile, lineNo, "'" + name + "' is dated already on line " + earlier);
            }
            dates.put(name, date);
        }
        return dates;
    }

    private static LocalDate date(Path datesFile, int lineNo, String text) throws DatesFileProblem {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new DatesFileProblem(datesFile, lineNo, "'" + shorten(text) + "' is not a date of the form yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DatesFileProblem(datesFile, lineNo, "'" + text + "' is no day of the calendar");
        }
    }

    /** A line names a page file standing in the dates file's own folder. */
    private static void checkNamesAPage(Path datesFile, int lineNo, Path folder, String name) throws DatesFileProblem {
        if (name.isEmpty()) {
            throw new DatesFileProblem(datesFile, lineNo, "no file name before the tab");
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new DatesFileProblem(datesFile, lineNo, "'" + name + "' is a path: a line names a file of this folder only");
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DatesFileProblem(datesFile, lineNo, "no file '" + name + "' in " + folder);
        }
        if (name.equals(NAME) || name.startsWith(".")) {
            throw new DatesFileProblem(datesFile, lineNo, "'" + name + "' is no page a build reads");
        }
        if (InputFiles.isJsonLines(file)) {
            throw new DatesFileProblem(datesFile, lineNo, "'" + name + "' is JSON Lines: give each record a \"date\" field instead");
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
