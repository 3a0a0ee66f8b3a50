package org.masthead.ui;

import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;

import com.sun.net.httpserver.HttpServer;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.document.ArticleDocument;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Save failures, files in other encodings, and hostile headers and bodies, through the real window. */
class FailuresAndHostileFilesTest extends WindowTestBase {

    private void saveFailsWith(String expectedReason) throws Exception {
        push(KeyCode.CONTROL, KeyCode.S);
        DialogPane pane = dialog("#error-dialog");
        assertThat(pane.getHeaderText()).isEqualTo("Could not save winter-bread-notes.md");
        assertThat(pane.getContentText())
                .contains(bread().toString())
                .contains(expectedReason)
                .contains("still unsaved");
        press(pane, ButtonType.OK);
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.editor().area().getText()).endsWith("Words that must survive.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disk full", "permission denied", "read-only"})
    void eachSaveFailureNamesTheFileAndTheReasonAndKeepsTheText(String kind) throws Exception {
        open(bread());
        byte[] before = Files.readAllBytes(bread());
        typeAtEnd("Words that must survive.");
        // The operating system's refusals, as Java reports them (this runs as root in CI, where chmod refuses nothing).
        fx(() -> window.document().useWriter((file, bytes) -> {
            throw switch (kind) {
                case "disk full" -> new FileSystemException(file.toString(), null, "No space left on device");
                case "permission denied" -> new AccessDeniedException(file.toString());
                default -> new AccessDeniedException(file.toString(), null, "the file is read-only");
            };
        }));
        saveFailsWith(
                switch (kind) {
                    case "disk full" -> "No space left on device";
                    case "permission denied" -> "permission denied";
                    default -> "permission denied (the file is read-only)";
                });
        assertThat(Files.readAllBytes(bread())).isEqualTo(before);
    }

    @Test
    void aReallyReadOnlyFileIsRefusedWithItsName() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes read-only files");
        open(bread());
        typeAtEnd("Words that must survive.");
        bread().toFile().setWritable(false);
        try {
            saveFailsWith("read-only");
        } finally {
            bread().toFile().setWritable(true);
        }
    }

    @Test
    void aFileInAnotherEncodingOpensWithAWarningAndIsSavedAsTheWriterChooses() throws Exception {
        Path md = samples.resolve("site/articles/latin1.md");
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(md, "---\ntitle: \"Café notes\"\n---\n\nA résumé of the menu – in “quotes”.\n".getBytes(cp1252));
        open(md);
        assertThat(lookup("#status-message").queryLabeled().getText())
                .startsWith("Not UTF-8 (line 2, column 12): opened as windows-1252");
        assertThat(window.editor().area().getText()).contains("A résumé of the menu – in “quotes”.");
        assertThat(window.document().article().frontMatter().orElseThrow().text("title"))
                .isEqualTo("Café notes");

        typeAtEnd(" Noël.");
        push(KeyCode.CONTROL, KeyCode.S);
        DialogPane ask = dialog("#encoding-dialog");
        press(ask, ButtonBar.ButtonData.NO);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readAllBytes(md))
                .isEqualTo("---\ntitle: \"Café notes\"\n---\n\nA résumé of the menu – in “quotes”.\n Noël."
                        .getBytes(cp1252));

        // A character the encoding cannot hold: only converting keeps it.
        typeAtEnd(" 東京");
        push(KeyCode.CONTROL, KeyCode.S);
        ask = dialog("#encoding-dialog");
        assertThat(ask.getButtonTypes()).extracting(ButtonType::getText).containsExactly("Convert to UTF-8", "Cancel");
        press(ask, ButtonBar.ButtonData.YES);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(md, StandardCharsets.UTF_8))
                .endsWith("A résumé of the menu – in “quotes”.\n Noël. 東京");
    }

    /** Headers an attacker or a broken tool might write: refused quickly, body editable, raw header shown. */
    @ParameterizedTest
    @ValueSource(strings = {"bomb", "nesting", "huge", "tag", "recursive", "recursive-map"})
    void hostileHeadersAreRefusedAndTheBodyStaysEditable(String kind) throws Exception {
        String header =
                switch (kind) {
                    case "bomb" -> "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b "
                            + "[*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e "
                            + "[*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                            + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
                    case "nesting" -> "title: " + "[".repeat(500) + "]".repeat(500) + "\n";
                    case "huge" -> "title: \"" + "x".repeat(2_100_000) + "\"\n";
                    case "recursive" -> "title: t\nloop: &a [one, *a]\n";
                    case "recursive-map" -> "self: &m {again: *m}\n";
                    default -> "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                            + "[[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n";
                };
        Path md = samples.resolve("site/articles/hostile-" + kind + ".md");
        Files.writeString(md, "---\n" + header + "---\n\nThe body is fine.\n");
        long t0 = System.nanoTime();
        open(md);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#yaml-error").queryLabeled().isVisible());
        assertThat(lookup("#yaml-error").queryLabeled().getText()).startsWith("The front matter does not parse. Line ");
        assertThat(lookup("#form-scroll").query().isDisabled()).isTrue();
        // Expanded, these would take minutes or run out of memory; 20 s tells the two apart even on a loaded machine.
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0))
                .as("refused, not expanded")
                .isLessThan(20);
        clickOn("#yaml-error");
        assertThat(lookup("#raw-yaml").queryAs(CodeArea.class).getText()).isEqualTo(header);

        typeAtEnd("Edited anyway.");
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(md)).isEqualTo("---\n" + header + "---\n\nThe body is fine.\nEdited anyway.");
    }

    @Test
    void aHostileBodyRunsNothingAndFetchesNothingInThePreviewOrTheCards() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort();
            Path md = samples.resolve("site/articles/hostile-body.md");
            Files.writeString(
                    md,
                    "---\ntitle: \"<script>document.title='owned'</script>\"\nblog_url: \"" + remote + "/page\"\n"
                            + "img_url_full: \"" + remote + "/card.png\"\ndes: \"<img src=" + remote
                            + "/des.png onerror=alert(1)>\"\n---\n\n"
                            + "![remote](" + remote + "/md.png)\n\n"
                            + "<img src=\"" + remote + "/raw.png\" onerror=\"document.title='owned'\">\n\n"
                            + "<iframe src=\"" + remote + "/frame\"></iframe>\n\n<link rel=\"stylesheet\" href=\""
                            + remote + "/style.css\">\n\n"
                            + "<script src=\"" + remote + "/script.js\"></script>\n\n<style>@import url(" + remote
                            + "/import.css);</style>\n\n"
                            + "<video poster=\"" + remote
                            + "/poster.png\"></video> [link](javascript:document.title='owned')\n");
            open(md);
            clickOn("#tab-cards");
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> fx(() -> window.cards().shownVersionProperty().get() == window.documentVersion()));
            // Nothing on either page names the server where a browser would fetch from; once both
            // pages and their images have settled, no request can still be on its way.
            String fetching = "document.querySelectorAll('[src*=\"" + remote + "\"], [poster*=\"" + remote
                    + "\"], link[href*=\"" + remote + "\"], iframe, object, embed').length";
            waitForImages(() -> window.preview().engine());
            waitForImages(() -> window.cards().engine());
            assertThat(fx(() -> js(fetching))).isEqualTo(0);
            assertThat(fx(() -> cardsJs(fetching))).isEqualTo(0);
            assertThat(requests.get()).as("requests to the remote server").isZero();
            // The sample site's template writes "{{page.title}} · {{site_name}}".
            assertThat(fx(() -> js("document.title")))
                    .isEqualTo("<script>document.title='owned'</script> · Harbour Notes");
            assertThat(fx(() -> window.cards()
                            .engine()
                            .executeScript("document.querySelectorAll('script,iframe,img[onerror]').length")))
                    .isEqualTo(0);
            assertThat(fx(() -> window.cards()
                            .engine()
                            .executeScript("document.querySelector('#card-facebook .c-image').textContent")))
                    .asString()
                    .startsWith("Not on this computer: " + remote + "/card.png");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void opensAnArticleThatIsNotThereWithAClearMessage() throws Exception {
        Path missing = samples.resolve("site/articles/nowhere.md");
        ArticleDocument before = fx(() -> window.document());
        Platform.runLater(() -> window.open(missing));
        DialogPane pane = dialog("#error-dialog");
        assertThat(pane.getHeaderText()).isEqualTo("Could not open nowhere.md");
        assertThat(pane.getContentText()).contains(missing.toString()).contains("no such file");
        press(pane, ButtonType.OK);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(fx(() -> window.document()))
                .as("the window keeps what it showed")
                .isSameAs(before);
    }
}
