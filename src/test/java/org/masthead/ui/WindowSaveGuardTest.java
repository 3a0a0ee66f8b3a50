package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's save shares the command line's guards: read-only files asked about, deep bodies shown as text. */
class WindowSaveGuardTest extends WindowTestBase {

    @Test
    void aReadOnlyFileIsSavedOnlyWhenTheWriterSaysSoAndStaysReadOnly() throws Exception {
        open(bread());
        Files.setPosixFilePermissions(bread(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(bread());
        typeAtEnd("A line on a read-only file.");

        push(KeyCode.CONTROL, KeyCode.S);
        DialogPane ask = dialog("#read-only-dialog");
        assertThat(ask.getHeaderText()).isEqualTo("winter-bread-notes.md is read-only.");
        press(ask, ButtonType.CANCEL);
        assertThat(Files.readAllBytes(bread())).isEqualTo(before);
        assertThat(window.document().isDirty()).isTrue();

        push(KeyCode.CONTROL, KeyCode.S);
        DialogPane again = dialog("#read-only-dialog");
        press(again, ButtonBar.ButtonData.YES);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(bread())).endsWith("A line on a read-only file.");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bread())))
                .isEqualTo("r--r--r--");
    }

    @Test
    void aBodyNestedTooDeeplyShowsAsTextInThePreview() throws Exception {
        Path deep = samples.resolve("site/articles/deep.md");
        Files.writeString(deep, "---\ntitle: Deep\n---\n\n" + ">".repeat(10_000) + " bottom\n");
        open(deep);
        waitForJs(
                "document.querySelectorAll('pre').length > 0 && document.querySelectorAll('blockquote').length == 0",
                true);
        assertThat((String) fx(() -> js("document.querySelector('pre').textContent")))
                .contains("bottom");
    }
}
