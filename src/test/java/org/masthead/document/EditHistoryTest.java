package org.masthead.document;

import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** One undo history per article, across the form, the raw header and the body. */
class EditHistoryTest {
    @TempDir
    Path dir;

    private ArticleDocument open(String name) throws Exception {
        return ArticleDocument.open(Samples.copyTo(dir).resolve("site/articles/" + name));
    }

    private static String value(ArticleDocument d, String key) {
        return d.article().frontMatter().orElseThrow().text(key).strip();
    }

    private static void type(ArticleDocument d, String chars) {
        for (char c : chars.toCharArray()) d.setBody(d.article().body() + c);
    }

    @Test
    void typingInTheBodyIsOneStepThatUndoAndRedoWalk() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String original = d.article().text();
        type(d, "More flour.");
        String typed = d.article().text();
        assertThat(d.history().undoName()).contains("Typing");
        assertThat(d.history().undo()).isTrue();
        assertThat(d.article().text()).isEqualTo(original);
        assertThat(d.isDirty()).as("back to what is on disk").isFalse();
        assertThat(d.history().undo()).as("nothing older").isFalse();
        assertThat(d.history().redo()).isTrue();
        assertThat(d.article().text()).isEqualTo(typed);
    }

    @Test
    void aTitleEditAndTheLinkedFieldsItUpdatedUndoTogetherWithTheirLinks() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String original = d.article().text();
        String title = value(d, "title");
        d.setText("title", title + " again", false);
        assertThat(value(d, "twitter_tittle")).isEqualTo(title + " again");
        d.setText("twitter_tittle", "Typed by hand", false);
        assertThat(d.links().isLinked("twitter_tittle")).isFalse();

        assertThat(d.history().undoName()).contains("Edit twitter_tittle");
        d.history().undo();
        assertThat(value(d, "twitter_tittle")).isEqualTo(title + " again");
        assertThat(d.links().isLinked("twitter_tittle"))
                .as("following the title again")
                .isTrue();
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(original);
        d.setText("title", "A new title", false);
        assertThat(value(d, "twitter_tittle"))
                .as("the link came back with the undo")
                .isEqualTo("A new title");
    }

    @Test
    void removingAKeyIsUndoneByteForByte() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String original = d.article().text();
        d.removeKey("des");
        assertThat(d.article().frontMatter().orElseThrow().has("des")).isFalse();
        assertThat(d.history().undoName()).contains("Remove des");
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(original);
    }

    @Test
    void editsInTheBodyTheHeaderAndTheFormUndoInTheOrderTheyWereMade() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String t0 = d.article().text();
        type(d, "x");
        String t1 = d.article().text();
        d.setText("title", "Other", false);
        String t2 = d.article().text();
        d.setHeader(d.article().headerText().replace("Other", "Third"));
        assertThat(d.history().undoName()).contains("Raw YAML Edit");
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(t2);
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(t1);
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(t0);
    }

    @Test
    void aNamedChangeStandsAloneAndANewChangeClearsRedo() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        type(d, "ab");
        String typed = d.article().text();
        d.history().nameNextChange("Replace All");
        d.setBody(d.article().body().replace("a", "A"));
        type(d, "c");
        assertThat(d.history().undoName()).contains("Typing");
        d.history().undo();
        assertThat(d.history().undoName()).contains("Replace All");
        d.history().undo();
        assertThat(d.article().text()).isEqualTo(typed);
        assertThat(d.history().redoName()).contains("Replace All");
        type(d, "d");
        assertThat(d.history().redoName()).isEmpty();
    }

    @Test
    void aPauseOrTypingElsewhereStartsANewStep() {
        AtomicLong clock = new AtomicLong();
        AtomicReference<String> text = new AtomicReference<>("");
        EditHistory h = new EditHistory(clock::get, text::get, (t, links) -> text.set(t));
        change(h, text, "a");
        change(h, text, "ab");
        clock.addAndGet(EditHistory.PAUSE_NANOS + 1);
        change(h, text, "abc");
        change(h, text, "Xabc");
        h.undo();
        assertThat(text.get()).as("typing elsewhere is its own step").isEqualTo("abc");
        h.undo();
        assertThat(text.get()).as("after the pause").isEqualTo("ab");
        h.undo();
        assertThat(text.get()).isEmpty();
    }

    private static void change(EditHistory h, AtomicReference<String> text, String now) {
        h.record("Typing", "BODY", text.get(), now, Set.of(), Set.of());
        text.set(now);
    }

    @Test
    void editsRevertAndApplyExactlyOnAnyText() {
        Random r = new Random(7);
        String alphabet = "ab \n\r😀é";
        for (int i = 0; i < 5000; i++) {
            String a = random(r, alphabet), b = random(r, alphabet);
            TextEdit e = TextEdit.between(a, b);
            assertThat(e.apply(a)).isEqualTo(b);
            assertThat(e.revert(b)).isEqualTo(a);
        }
    }

    private static String random(Random r, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        int[] cps = alphabet.codePoints().toArray();
        for (int i = 0; i < n; i++) sb.appendCodePoint(cps[r.nextInt(cps.length)]);
        return sb.toString();
    }
}
