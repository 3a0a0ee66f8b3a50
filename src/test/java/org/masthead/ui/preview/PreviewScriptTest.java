package org.masthead.ui.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.render.MarkdownRenderer;
import org.masthead.text.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The script reads blocks' lines under the very name the renderer writes them. */
class PreviewScriptTest {
    private static final String RAW = Resources.text(PreviewScript.class, "/org/masthead/ui/preview.js");

    @Test
    void theScriptItselfNeverSpellsTheAttribute() {
        assertThat(RAW).doesNotContain(MarkdownRenderer.LINE_ATTRIBUTE).contains(PreviewScript.LINE_PLACEHOLDER);
    }

    @Test
    void theFilledScriptNamesTheRenderersAttributeOnce() {
        String filled = PreviewScript.text();
        assertThat(filled)
                .doesNotContain(PreviewScript.LINE_PLACEHOLDER)
                .contains("var LINE = '" + MarkdownRenderer.LINE_ATTRIBUTE + "';");
        assertThat(filled.split(MarkdownRenderer.LINE_ATTRIBUTE, -1)).hasSize(2);
    }

    @Test
    void aScriptWithoutThePlaceholderIsRefused() {
        assertThatThrownBy(() -> PreviewScript.fill("var LINE = 'data-line';"))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A plain paragraph of prose.\n",
                "## A heading in the middle\n",
                "> Quoted words\n> over two lines\n",
                "- first point\n- second point\n",
                "```\nfenced sample\n```\n",
                "| col | row |\n|-----|-----|\n| 7 | 9 |\n"
            })
    void everyKindOfBlockCarriesTheAttributeTheScriptReads(String body) {
        String html = MarkdownRenderer.get().render(body, 12, s -> s, true);
        assertThat(html).contains(" " + MarkdownRenderer.LINE_ATTRIBUTE + "=\"12\"");
    }
}
