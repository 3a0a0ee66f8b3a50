package org.masthead.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** I/O exceptions in words a writer understands, naming the file. */
public final class IoMessages {
    private IoMessages() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or folder";
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied" + (a.getReason() == null ? "" : " (" + a.getReason() + ")");
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
