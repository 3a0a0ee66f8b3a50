package org.masthead.source;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/** The file has no write permission for its owner: replaced only when the writer insists. */
public final class ReadOnlyFileException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(Path file) {
        super(file.toString(), null, "the file is read-only");
    }
}
