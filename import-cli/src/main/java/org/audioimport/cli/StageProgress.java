package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.audioimport.bench.IndexBenchListener;

/**
 * A long benchmark's stages on stderr: on a terminal one line per stage that counts up in place, else
 * one line per stage once it is done, so a log file gets no carriage returns.
 */
final class StageProgress implements IndexBenchListener {
    private final PrintWriter err;
    private final boolean terminal;
    private String stage = "";

    StageProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void stageStarted(String name) {
        stage = name;
        if (terminal) {
            err.print("\raudio-import: " + stage + "...");
            err.flush();
        }
    }

    @Override
    public void stageProgress(int done, int total) {
        if (terminal) {
            err.printf(Locale.ROOT, "\raudio-import: %s... %d%%", stage, Math.round(100.0 * done / total));
            err.flush();
        }
    }

    @Override
    public void stageFinished(double seconds) {
        String line = String.format(Locale.ROOT, "audio-import: %s: %.1f s", stage, seconds);
        // Padded so the line covers the longer "... NN%" it replaces.
        err.println(terminal ? "\r" + line + "      " : line);
        err.flush();
    }
}
