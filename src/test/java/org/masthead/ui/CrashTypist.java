package org.masthead.ui;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.masthead.recovery.Draft;

/**
 * The app as the crash test runs it, in a process of its own: the real window on an article,
 * typed into key by key, saved now and then, its drafts in the folder given first
 * ({@code RECOVERY type FILE} or {@code RECOVERY recover FILE OUT}). {@code type FILE}: types the crash test's text at
 * the end of the body and saves every {@value #SAVE_EVERY_MS} ms, printing "T n" after each key and
 * "SAVING n" / "SAVED n" around each save, until it is killed. {@code recover FILE OUT}: starts
 * over the same recovery folder, restores the draft left for FILE as a writer would, writes the
 * restored text to OUT and prints "RECOVERED" (or "NODRAFT").
 */
public final class CrashTypist {
    /** What the test types: letters, punctuation, accents, an emoji and line breaks. */
    public static final String TEXT =
            "Tide tables, read twice: high water at 06:41, café at the slipway. 🌊 Ebb by noon.\n"
                    + "Stöne steps, then the groynes; count five posts and turn back — the flats fill fast.\n\n";

    static final int KEY_EVERY_MS = 35;
    static final int SAVE_EVERY_MS = 2500;

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    public static String typed(int n) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (n > 0) {
            int cp = TEXT.codePointAt(i % TEXT.length());
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
            n--;
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = AppConfig.of(Path.of(args[0]), "org/masthead/crash");
        String mode = args[1];
        Path file = Path.of(args[2]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        MainWindow[] holder = new MainWindow[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                MainWindow w = new MainWindow(stage, config, url -> {});
                stage.show();
                w.files().read(file).ifPresent(w::show);
                holder[0] = w;
            } catch (RuntimeException | Error e) {
                e.printStackTrace();
            } finally {
                shown.countDown();
            }
        });
        shown.await();
        MainWindow w = holder[0];
        if (w == null) {
            OUT.println("FAILED to start");
            System.exit(3);
        }
        if (mode.equals("recover")) recover(w, file, Path.of(args[3]));
        else type(w);
    }

    private static void type(MainWindow w) throws Exception {
        CountDownLatch atEnd = new CountDownLatch(1);
        Platform.runLater(() -> {
            w.editor().area().requestFocus();
            w.editor().area().moveTo(w.editor().area().getLength());
            atEnd.countDown();
        });
        atEnd.await();
        // Typing starts once the window is fully up (the preview shows the article), as a writer's would.
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until
                && w.preview().shownVersionProperty().get() < 0) Thread.sleep(50);
        OUT.println("READY");
        long nextSave = System.currentTimeMillis() + SAVE_EVERY_MS;
        int i = 0, n = 0;
        while (true) {
            int cp = TEXT.codePointAt(i % TEXT.length());
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            int count = ++n;
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                var area = w.editor().area();
                if (ch.equals("\n")) {
                    Event.fireEvent(
                            area,
                            new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                } else {
                    Event.fireEvent(
                            area,
                            new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
                }
                done.countDown();
            });
            done.await();
            OUT.println("T " + count);
            if (System.currentTimeMillis() >= nextSave) {
                CountDownLatch saved = new CountDownLatch(1);
                Platform.runLater(() -> {
                    OUT.println("SAVING " + count);
                    boolean ok = w.save();
                    OUT.println((ok ? "SAVED " : "FAILED ") + count);
                    saved.countDown();
                });
                saved.await();
                nextSave = System.currentTimeMillis() + SAVE_EVERY_MS;
            }
            Thread.sleep(KEY_EVERY_MS);
        }
    }

    private static void recover(MainWindow w, Path file, Path out) throws Exception {
        Draft[] found = new Draft[1];
        for (Draft d : w.recovery().orphans()) {
            if (d.article()
                    .map(p -> p.equals(file.toAbsolutePath().normalize()))
                    .orElse(false)) found[0] = d;
        }
        if (found[0] == null) {
            OUT.println("NODRAFT");
            System.exit(0);
        }
        CountDownLatch restored = new CountDownLatch(1);
        Platform.runLater(() -> {
            w.parts().commands.restoreDraft(found[0]);
            restored.countDown();
        });
        restored.await();
        String[] text = new String[1];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            text[0] = w.document().article().text();
            read.countDown();
        });
        read.await();
        Files.writeString(out, text[0], StandardCharsets.UTF_8);
        OUT.println("RECOVERED");
        System.exit(0);
    }
}
