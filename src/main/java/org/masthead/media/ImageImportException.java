package org.masthead.media;

/** Why an image was not brought into the site, in words for the writer; nothing was written. */
public final class ImageImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageImportException(String message) {
        super(message);
    }
}
