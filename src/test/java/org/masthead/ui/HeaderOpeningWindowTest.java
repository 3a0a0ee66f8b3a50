package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.source.SourceException;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The window says what check and set say about a header it cannot read, and its form writes nothing. */
class HeaderOpeningWindowTest extends WindowTestBase {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "---\\ntitle: Never closed\\n\\nBody\\n; Line 1: the '---' on the first line opens a front "
                        + "matter that is never closed",
                "---\\r\\ntitle: crlf\\r\\nBody\\r\\n; Line 1: the '---' on the first line opens a front "
                        + "matter that is never closed",
                "+++\\ntitle = 'TOML'\\n+++\\nBody\\n; Line 1: the file opens with a '+++' (TOML) front matter",
                "\\n---\\ntitle: x\\n---\\nBody\\n; Line 2: a '---' after blank lines is not front matter",
                "  \\n\\n---\\ntitle: x\\n---\\nBody\\n; Line 3: a '---' after blank lines is not front matter"
            })
    void theFormIsDisabledWithTheChecksMessage(String text, String message) throws Exception {
        String original = text.replace("\\n", "\n").replace("\\r", "\r");
        Path md = samples.resolve("site/articles/opening.md");
        Files.writeString(md, original);
        open(md);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#yaml-error").queryLabeled().isVisible());
        assertThat(lookup("#yaml-error").queryLabeled().getText()).contains(message);
        assertThat(lookup("#form-scroll").query().isDisabled()).isTrue();
        // Caught on the FX thread: TestFX would print an exception thrown there as an unhandled one.
        Throwable refused = fx(() -> {
            try {
                window.document().setValue("title", "From the form");
                return null;
            } catch (SourceException e) {
                return e;
            }
        });
        assertThat(refused).isInstanceOf(SourceException.class);
        assertThat(fx(() -> window.document().article().text())).isEqualTo(original);
    }
}
