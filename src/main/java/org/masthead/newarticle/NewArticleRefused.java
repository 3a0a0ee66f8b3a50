package org.masthead.newarticle;

import java.nio.file.Path;

/** Why a new article cannot be written where its rules put it: the file exists, or the place is outside the site. */
public final class NewArticleRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public NewArticleRefused(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
