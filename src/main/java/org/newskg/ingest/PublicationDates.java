package org.newskg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publication date a build offers each page file where the page's own text (a masthead, a
 * 发布时间 line) states none: the file's line in the {@link DatesFile} of its folder, otherwise
 * {@code --date}, the fallback. JSON Lines records keep their own date field.
 */
public final class PublicationDates {

    private final Optional<LocalDate> given;
    /** Each page folder's dates by file name, the folder as an absolute path. */
    private final Map<Path, Map<String, LocalDate>> byFolder;

    private PublicationDates(Optional<LocalDate> given, Map<Path, Map<String, LocalDate>> byFolder) {
        this.given = given;
        this.byFolder = byFolder;
    }

    /** No date given: each page dates itself. */
    public static PublicationDates none() {
        return new PublicationDates(Optional.empty(), Map.of());
    }

    /**
     * The dates for a build of {@code files} (page files and JSON Lines, as {@link InputFiles}
     * lists them): the dates file beside each page file is read now, so a bad line stops the
     * build before the store is touched. A dates file is read even when {@code given} is set.
     */
    public static PublicationDates read(Optional<LocalDate> given, List<Path> files) throws DatesFileProblem {
        Map<Path, Map<String, LocalDate>> byFolder = new HashMap<>();
        for (Path file : files) {
            if (InputFiles.isJsonLines(file)) {
                continue;
            }
            Path folder = folderOf(file);
            if (!byFolder.containsKey(folder)) {
                Path datesFile = folder.resolve(DatesFile.NAME);
                byFolder.put(folder, Files.isRegularFile(datesFile) ? DatesFile.read(datesFile) : Map.of());
            }
        }
        return new PublicationDates(given, byFolder);
    }

    /** The date {@code pageFile} is given for when its text states none: its dates file line, else {@code --date}. */
    public Optional<LocalDate> of(Path pageFile) {
        Map<String, LocalDate> dates = byFolder.getOrDefault(folderOf(pageFile), Map.of());
        return Optional.ofNullable(dates.get(pageFile.getFileName().toString())).or(() -> given);
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
