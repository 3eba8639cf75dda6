package org.newskg.ingest;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress bar on standard error for builds of many files: redrawn in place on a terminal,
 * a line every tenth of the way otherwise (logs and CI), and there a line per committed transaction.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private long total;
    private int lastTenth = -1;
    private boolean drawn;

    public Progress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    public static Progress toStderr() {
        return new Progress(System.err, System.console() != null);
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    public void start(long totalFiles) {
        this.total = totalFiles;
    }

    public synchronized void update(long filesDone, long articles) {
        if (total < 2) {
            return;
        }
        double share = Math.min(1.0, filesDone / (double) total);
        String elapsed = String.format("%.1f s", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        if (interactive) {
            int filled = (int) Math.round(share * WIDTH);
            out.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + filesDone + "/" + total + " files, " + articles + " articles, " + elapsed);
            drawn = true;
        } else {
            int tenth = (int) (share * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println("progress: " + filesDone + "/" + total + " files, " + articles + " articles, " + elapsed);
            }
        }
    }

    /**
     * Notes that the first {@code articles} articles of the build are committed: in a log, a line
     * per transaction says how far a build stopped at any moment is kept (the bar shows files only).
     */
    public synchronized void committed(long articles) {
        if (!interactive) {
            out.println("committed: " + articles + " articles");
        }
    }

    public synchronized void finish() {
        if (drawn) {
            out.println();
        }
    }
}
