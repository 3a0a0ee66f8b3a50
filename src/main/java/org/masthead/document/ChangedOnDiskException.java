package org.masthead.document;

import java.io.IOException;
import java.nio.file.Path;

/** Another program wrote the file between the question "may I replace it?" and the save itself. */
public final class ChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    public ChangedOnDiskException(Path file) {
        super(file + ": changed on disk by another program just now; nothing was written");
    }
}
