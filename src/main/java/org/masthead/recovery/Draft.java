package org.masthead.recovery;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Unsaved text kept in the recovery folder: whose it was, which article it belongs to (none for a
 * new article) and when it was written.
 *
 * @param file    the draft file in the recovery folder
 * @param article the article it is a draft of, or empty for a new, unsaved article
 * @param owner   the instance that wrote it ("pid:start:instance")
 */
public record Draft(
        Path file, Optional<Path> article, String owner, Instant written, Charset charset, boolean bom, String text) {

    /** The name a writer knows the draft by. */
    public String displayName() {
        return article.map(p -> p.getFileName().toString()).orElse("Untitled article");
    }
}
