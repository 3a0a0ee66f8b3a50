package org.masthead.ui.preview;

import org.masthead.render.MarkdownRenderer;
import org.masthead.text.Resources;

/**
 * The preview's script with the renderer's names filled in, so the attribute that carries a
 * block's line is spelled in one place only.
 */
public final class PreviewScript {
    static final String LINE_PLACEHOLDER = "{{LINE_ATTRIBUTE}}";

    private PreviewScript() {}

    /** The script: also what hands a page's clicked links to the app (Help ▸ Guide uses it for that). */
    public static String text() {
        return fill(Resources.text(PreviewScript.class, "/org/masthead/ui/preview.js"));
    }

    /** Fails loudly when the script lost its placeholder: the preview would silently stop following lines. */
    static String fill(String script) {
        if (!script.contains(LINE_PLACEHOLDER)) {
            throw new IllegalStateException("The preview script does not ask for the line attribute");
        }
        return script.replace(LINE_PLACEHOLDER, MarkdownRenderer.LINE_ATTRIBUTE);
    }
}
