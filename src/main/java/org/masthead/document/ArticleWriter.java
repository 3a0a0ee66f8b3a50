package org.masthead.document;

import java.io.IOException;
import java.nio.file.Path;

/** How a document's bytes reach the disk (tests put failures here). */
@FunctionalInterface
public interface ArticleWriter {
    void write(Path file, byte[] bytes) throws IOException;
}
