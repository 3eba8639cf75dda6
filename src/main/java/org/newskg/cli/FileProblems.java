package org.newskg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words for a failed file operation: the file and what went wrong, since the JDK's messages of
 * {@link NoSuchFileException} and its kin are the bare path.
 */
final class FileProblems {

    private FileProblems() {
    }

    /** {@code /proc/x.nq: no such file or folder}; a message of its own for other I/O failures. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile()) + ": " + reason(fs);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : CommandErrors.firstLine(e.getMessage());
    }

    /** What went wrong, without the path. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : CommandErrors.firstLine(e.getMessage());
    }
}
