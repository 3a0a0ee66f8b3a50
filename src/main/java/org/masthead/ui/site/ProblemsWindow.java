package org.masthead.ui.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.site.NearDuplicate;
import org.masthead.site.SiteEntry;
import org.masthead.site.SiteFindings;
import org.masthead.site.SiteValues;
import org.masthead.ui.Background;

/**
 * Site ▸ Check Site: every finding across the open site, by article, worst first, filterable by
 * words and severity. Enter or a double click opens the article at the finding's field or line.
 * It follows the site panel's index: an article that changes is checked again.
 */
public final class ProblemsWindow {
    private final Stage stage = new Stage();
    private final SiteModel model;
    private final TreeView<Row> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private final ToggleButton errors = new ToggleButton("Errors");
    private final ToggleButton warnings = new ToggleButton("Warnings");
    private final ToggleButton tips = new ToggleButton("Tips");
    private final Label status = new Label();
    private final ExecutorService worker = Background.singleThread("masthead-site-problems");
    /** Each article's findings, by the entry (its path, time and size) they were read for. */
    private final Map<Path, Checked> checked = new LinkedHashMap<>();

    private final SiteFindings findings = new SiteFindings();

    /** {@code spelling}: the entry's list values spelt unlike the site, which other articles can change. */
    private record Checked(SiteEntry entry, List<NearDuplicate> spelling, List<Finding> findings) {}

    /** A row: an article (finding null) or one of its findings. */
    record Row(Path file, Finding finding, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code open}: opens an article at a finding (its field or line). */
    public ProblemsWindow(Window owner, SiteModel model, BiConsumer<Path, Finding> open) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Problems");
        tree.setId("problems-tree");
        tree.setShowRoot(false);
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open(open);
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open(open);
        });
        filter.setId("problems-filter");
        filter.setPromptText("Filter: words of the message, the article's path");
        filter.textProperty().addListener((o, a, b) -> refill());
        HBox.setHgrow(filter, Priority.ALWAYS);
        for (ToggleButton t : List.of(errors, warnings, tips)) {
            t.setId("problems-" + t.getText().toLowerCase(Locale.ROOT));
            t.setSelected(true);
            t.selectedProperty().addListener((o, a, b) -> refill());
        }
        status.setId("problems-status");
        HBox bar = new HBox(4, filter, errors, warnings, tips);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, status);
        top.setPadding(new Insets(6));
        Scene scene = new Scene(new BorderPane(tree, top, null, null, null), 820, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.hide();
        });
        stage.setScene(scene);
        model.entries().addListener((ListChangeListener<SiteEntry>) c -> {
            if (stage.isShowing()) recheck();
        });
    }

    public void open() {
        if (!stage.isShowing()) {
            stage.show();
            recheck();
        }
        stage.toFront();
        Platform.runLater(this::refill);
    }

    public Stage stage() {
        return stage;
    }

    /** Checks, off the FX thread, the articles with findings whose entry changed since they were checked. */
    private void recheck() {
        List<SiteEntry> entries = List.copyOf(model.entries());
        status.setText("Checking " + entries.size() + " articles…");
        worker.execute(() -> {
            Map<Path, Checked> next = new LinkedHashMap<>();
            SiteValues values = SiteValues.of(entries);
            for (SiteEntry e : entries) {
                List<NearDuplicate> spelling = SiteFindings.nearDuplicates(e, values);
                if (e.errors() + e.warnings() + e.tips() == 0 && spelling.isEmpty()) continue;
                Checked old;
                synchronized (checked) {
                    old = checked.get(e.path());
                }
                boolean same =
                        old != null && old.entry().equals(e) && old.spelling().equals(spelling);
                next.put(e.path(), same ? old : new Checked(e, spelling, findings.of(e.path(), values)));
            }
            Platform.runLater(() -> {
                synchronized (checked) {
                    checked.clear();
                    checked.putAll(next);
                }
                refill();
            });
        });
    }

    private void refill() {
        String words = filter.getText().strip().toLowerCase(Locale.ROOT);
        Path root = model.rootProperty().get();
        List<TreeItem<Row>> files = new ArrayList<>();
        int shown = 0;
        synchronized (checked) {
            for (Checked c : checked.values()) {
                String name = root != null && c.entry().path().startsWith(root)
                        ? root.relativize(c.entry().path()).toString()
                        : c.entry().path().toString();
                TreeItem<Row> file = new TreeItem<>();
                c.findings().stream()
                        .filter(f -> wanted(f.severity()))
                        .filter(f -> words.isEmpty()
                                || (f.message() + " " + name)
                                        .toLowerCase(Locale.ROOT)
                                        .contains(words))
                        .sorted(Comparator.comparing(Finding::severity).thenComparingInt(Finding::line))
                        .forEach(f -> file.getChildren()
                                .add(new TreeItem<>(new Row(
                                        c.entry().path(),
                                        f,
                                        f.severity().label() + "  " + (f.key() != null ? f.key() : "line " + f.line())
                                                + ": " + f.message()))));
                if (file.getChildren().isEmpty()) continue;
                file.setValue(new Row(
                        c.entry().path(),
                        null,
                        name + "  (" + file.getChildren().size() + ")"));
                file.setExpanded(true);
                files.add(file);
                shown += file.getChildren().size();
            }
        }
        tree.getRoot().getChildren().setAll(files);
        status.setText(
                shown == 0
                        ? "No problems to show."
                        : shown
                                + (shown == 1 ? " finding in " : " findings in ")
                                + files.size()
                                + (files.size() == 1 ? " article." : " articles."));
    }

    private boolean wanted(Severity s) {
        return switch (s) {
            case ERROR -> errors.isSelected();
            case WARNING -> warnings.isSelected();
            default -> tips.isSelected();
        };
    }

    private void open(BiConsumer<Path, Finding> open) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) return;
        Row r = item.getValue();
        Finding f = r.finding() != null
                ? r.finding()
                : item.getChildren().get(0).getValue().finding();
        open.accept(r.file(), f);
    }

    public void dispose() {
        worker.shutdownNow();
        stage.close();
    }
}
