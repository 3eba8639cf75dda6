package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * A file a command writes ({@code --out}): written beside its place and moved there once whole,
 * so a failed run leaves no half file. A place that cannot be written is a one-line
 * {@link UserError} naming the option.
 */
final class OutputFile {

    /** Writes the content to a stream. */
    interface Content {
        void to(OutputStream sink) throws IOException;
    }

    private OutputFile() {
    }

    /** The content gzipped on its way out. */
    static Content gzipped(Content content) {
        return sink -> {
            GZIPOutputStream gz = new GZIPOutputStream(sink, 1 << 16);
            content.to(gz);
            gz.finish();
        };
    }

    static void write(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        OutputStream file;
        try {
            Files.createDirectories(target.getParent());
            file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        } catch (IOException e) {
            throw new UserError("cannot write --out " + out + " (" + FileProblems.describe(e)
                    + "): choose a file in a folder you may write to", e);
        }
        try (OutputStream sink = file) {
            content.to(sink);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
