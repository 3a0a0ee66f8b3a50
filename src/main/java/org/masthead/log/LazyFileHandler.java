package org.masthead.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Rotating log files, opened at the first record worth writing: a run with nothing to report
 * leaves nothing in the user's folder (no empty log, no lock file).
 */
final class LazyFileHandler extends Handler {
    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 5;

    private final Path folder;
    private FileHandler files;
    private boolean failed;

    LazyFileHandler(Path folder, Formatter formatter) {
        this.folder = folder;
        setFormatter(formatter);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || failed) return;
        if (files == null) {
            try {
                Files.createDirectories(folder);
                // %u keeps two running copies apart; %g numbers the rotated files, 0 the newest.
                files = new FileHandler(folder.resolve("masthead%u.%g.log").toString(), LIMIT_BYTES, FILES, true);
                files.setFormatter(getFormatter());
                files.setLevel(getLevel());
            } catch (IOException | RuntimeException e) {
                failed = true; // the log is a help, never a reason to stop: report once and go on
                reportError("Cannot write the log in " + folder, e, ErrorManager.OPEN_FAILURE);
                return;
            }
        }
        files.publish(record);
        files.flush();
    }

    @Override
    public synchronized void flush() {
        if (files != null) files.flush();
    }

    @Override
    public synchronized void close() {
        if (files != null) files.close();
        files = null;
    }
}
