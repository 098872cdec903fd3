package com.brokercrm.cli;

import com.brokercrm.analytics.indicator.IndicatorListener;
import com.brokercrm.datagen.GenerationProgress;
import com.brokercrm.ingest.FileImportReport;
import com.brokercrm.ingest.ImportListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar on standard error: redrawn in place on a terminal, a line every few seconds when the
 * output goes to a file or CI log.
 */
final class ConsoleProgress implements ImportListener, GenerationProgress, IndicatorListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private long lastDraw;
    private long total;
    private long fileStart;

    ConsoleProgress(PrintStream out) {
        this.out = out;
        this.interactive = System.console() != null;
    }

    @Override
    public void fileStarted(String fileName, Path path, long sizeBytes) {
        total = Math.max(sizeBytes, 1);
        fileStart = System.nanoTime();
        lastDraw = 0;
    }

    @Override
    public void progress(String fileName, long rowsRead, long charsRead) {
        double elapsed = Math.max(System.nanoTime() - fileStart, 1) / 1e9;
        draw(
                fileName,
                Math.min(1.0, (double) charsRead / total),
                String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rowsRead, rowsRead / elapsed));
    }

    @Override
    public void fileFinished(FileImportReport r) {
        clearLine();
        out.printf(
                Locale.ROOT,
                "%-18s %,12d read %,12d new %,10d replaced %,10d unchanged %,8d rejected  %6.1fs %,10.0f rows/s%n",
                r.fileName(),
                r.rowsRead(),
                r.inserted(),
                r.replaced(),
                r.unchanged(),
                r.rejected(),
                r.elapsed().toMillis() / 1000.0,
                r.rowsPerSecond());
        if (r.rejectsFile() != null) {
            out.println("                   rejects: " + r.rejectsFile());
        }
        r.warnings().forEach(w -> out.println("                   warning: " + w));
    }

    @Override
    public void update(String phase, long done, long totalCount) {
        draw(
                phase,
                totalCount <= 0 ? 0 : (double) done / totalCount,
                String.format(Locale.ROOT, "%,d / %,d", done, totalCount));
        if (done >= totalCount) {
            clearLine();
        }
    }

    @Override
    public void stepStarted(String step, int index, int steps) {
        if (interactive) { // a log gets the line of each finished step
            lastDraw = 0;
            draw("indicators", (double) index / steps, step);
        }
    }

    @Override
    public void stepFinished(String step, int index, int steps, Duration elapsed) {
        clearLine();
        out.printf(Locale.ROOT, "indicators %2d/%d  %-16s %7.2fs%n", index + 1, steps, step, elapsed.toNanos() / 1e9);
    }

    private synchronized void draw(String label, double fraction, String detail) {
        long now = System.nanoTime();
        long minGap = interactive ? 150_000_000L : 5_000_000_000L;
        boolean finished = fraction >= 1.0;
        if (!interactive && finished) {
            return; // the summary line follows
        }
        if (now - lastDraw < minGap && !finished) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        String line = String.format(Locale.ROOT, "%-18s [%s] %3.0f%%  %s", label, bar, fraction * 100, detail);
        if (interactive) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    private void clearLine() {
        if (interactive) {
            out.print("\r" + " ".repeat(110) + "\r");
        }
    }
}
