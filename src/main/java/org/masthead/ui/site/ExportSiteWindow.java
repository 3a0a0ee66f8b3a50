package org.masthead.ui.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.masthead.publish.ExportJob;
import org.masthead.ui.Background;

/**
 * Site ▸ Export Site…: the site's articles (all, or those the panel's filter shows) as pages in a
 * folder, with the command line's safety rules (ExportJob), a progress bar, Cancel, and a summary
 * naming every article that failed. The window stays usable meanwhile.
 */
public final class ExportSiteWindow {
    private final Stage stage = new Stage();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label current = new Label();
    private final Label summary = new Label();
    private final TextArea failures = new TextArea();
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ExecutorService worker = Background.singleThread("masthead-site-export");
    private boolean finished;

    /**
     * Starts exporting {@code site} into {@code output}; {@code only}: the articles to export (the
     * filtered list), or null for every article of the site.
     */
    public ExportSiteWindow(Window owner, Path site, Path output, Set<Path> only) {
        stage.initOwner(owner);
        stage.setTitle("Export Site");
        progress.setId("export-site-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        summary.setId("export-site-summary");
        summary.setWrapText(true);
        failures.setId("export-site-failures");
        failures.setEditable(false);
        failures.setWrapText(true);
        failures.setVisible(false);
        failures.setManaged(false);
        cancel.setId("export-site-cancel");
        cancel.setOnAction(e -> {
            if (finished) {
                stage.close();
            } else {
                cancelled.set(true);
                cancel.setText("Stopping…");
                cancel.setDisable(true);
            }
        });
        VBox box = new VBox(
                8, new Label("Exporting " + site + " to " + output), progress, current, summary, failures, cancel);
        box.setPadding(new Insets(12));
        Scene scene = new Scene(box, 640, 260);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnHidden(e -> cancelled.set(true));
        stage.show();
        start(site, output, only);
    }

    private void start(Path site, Path output, Set<Path> only) {
        AtomicInteger failed = new AtomicInteger(), written = new AtomicInteger();
        StringBuilder failedText = new StringBuilder();
        LatestOnFx<Step> shown = new LatestOnFx<>(step -> {
            if (finished) return;
            progress.setProgress(step.done());
            current.setText(step.file());
        });
        worker.execute(() -> {
            String error = null;
            try {
                new ExportJob(output, false)
                        .run(
                                List.of(site),
                                p -> only == null
                                        || only.contains(p.toAbsolutePath().normalize()),
                                (done, total, file) -> shown.post(new Step(
                                        total == 0 ? 1 : done / (double) total,
                                        file == null
                                                ? ""
                                                : site.relativize(file).toString())),
                                r -> {
                                    if (r.failed()) {
                                        failed.incrementAndGet();
                                        synchronized (failedText) {
                                            failedText.append(r.error()).append('\n');
                                        }
                                    } else {
                                        written.incrementAndGet();
                                    }
                                },
                                cancelled::get);
            } catch (IOException | RuntimeException e) {
                error = "The site cannot be exported: " + e.getMessage();
            }
            String problem = error;
            Platform.runLater(() -> finish(problem, written.get(), failed.get(), failedText.toString()));
            worker.shutdown();
        });
    }

    private void finish(String error, int written, int failed, String failedText) {
        finished = true;
        current.setText("");
        cancel.setDisable(false);
        String s = error != null
                ? error
                : written + (written == 1 ? " page" : " pages") + " written"
                        + (failed == 0 ? "." : ", " + failed + " failed (below).")
                        + (cancelled.get() ? " Stopped before the end." : "");
        summary.setText(s);
        failures.setText(failedText);
        failures.setVisible(failed > 0);
        failures.setManaged(failed > 0);
        cancel.setText("Close");
        if (failed > 0) stage.setHeight(Math.max(stage.getHeight(), 460));
    }

    /** How far the export is, and the article it works on. */
    private record Step(double done, String file) {}

    public Stage stage() {
        return stage;
    }
}
