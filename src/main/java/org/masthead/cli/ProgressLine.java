package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A progress line on a terminal: which article of how many, and what is being done to it, so a
 * long run (a folder of thousands, or one 50 MB article) shows it is moving. It rewrites itself in
 * place and stays silent when the output is not a terminal, so logs and pipes get only results.
 */
final class ProgressLine {
    private static final int WIDTH = 100;
    private final PrintWriter err;
    private final boolean terminal;
    private int width;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shown on a terminal only: whether the standard streams are attached to one. */
    static ProgressLine forConsole(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    void update(int done, int total, Path current) {
        if (current != null) show("[" + (done + 1) + "/" + total + "] " + current);
    }

    /** The article at hand and the step it is in ("checking", "writing the page"). */
    void stage(int done, int total, Path current, String what) {
        show("[" + (done + 1) + "/" + total + "] " + current + ": " + what);
    }

    private void show(String text) {
        if (!terminal) return;
        String line = text.length() > WIDTH ? text.substring(0, WIDTH - 3) + "..." : text;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        err.flush();
    }

    void clear() {
        if (!terminal || width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        width = 0;
        err.flush();
    }
}
