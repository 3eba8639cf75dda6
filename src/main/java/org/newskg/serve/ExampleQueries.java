package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The example queries shipped in the jar under {@code queries/}, in file-name order. */
public final class ExampleQueries {

    static final String FOLDER = "queries";

    private ExampleQueries() {
    }

    /** Every {@code .rq} file of {@code queries/} on the classpath (in a jar or in a build folder). */
    public static List<ExampleQuery> load() {
        URL url = ExampleQueries.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ExampleQuery> fromJar(URI uri) throws IOException {
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            return fromFolder(fs.getPath(FOLDER));
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }

    /** Reads every {@code .rq} file of {@code folder}. */
    public static List<ExampleQuery> fromFolder(Path folder) throws IOException {
        List<ExampleQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.add(new ExampleQuery(file.getFileName().toString(), ExampleQuery.questionOf(text), text));
            }
        }
        return queries;
    }
}
