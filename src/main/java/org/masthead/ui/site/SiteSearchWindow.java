package org.masthead.ui.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.masthead.site.SiteSearch;
import org.masthead.ui.Background;

/**
 * Search Site: every match of a word or a regular expression across the open site, by article and
 * line; Enter or a double click opens the article at the line. The search runs off the FX thread
 * and can be stopped; results show as they are found.
 */
public final class SiteSearchWindow {
    private final Stage stage = new Stage();
    private final TextField query = new TextField();
    private final ToggleButton matchCase = toggle("Aa", "site-search-case", "Match case");
    private final ToggleButton wholeWord = toggle("W", "site-search-word", "Whole word");
    private final ToggleButton regex = toggle(".*", "site-search-regex", "Regular expression");
    private final Label status = new Label();
    private final TreeView<Hit> results = new TreeView<>(new TreeItem<>());
    private final Button stop = new Button("Stop");
    private final ExecutorService worker = Background.singleThread("masthead-site-search");
    private final Supplier<Path> site;
    private AtomicBoolean cancel = new AtomicBoolean();
    private long run;
    private int matches;
    private int articles;

    /** A row: an article (line 0) or one of its matches. */
    record Hit(Path file, int line, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code site}: the open site's folder; {@code openAt}: opens an article at a file line. */
    public SiteSearchWindow(Window owner, Supplier<Path> site, BiConsumer<Path, Integer> openAt) {
        this.site = site;
        stage.initOwner(owner);
        stage.setTitle("Search Site");
        query.setId("site-search-query");
        query.setPromptText("Word or regular expression");
        query.setOnAction(e -> search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button("Search");
        go.setId("site-search-go");
        go.setOnAction(e -> search());
        stop.setId("site-search-stop");
        stop.setOnAction(e -> cancel.set(true));
        stop.setDisable(true);
        status.setId("site-search-status");
        results.setId("site-search-results");
        results.setShowRoot(false);
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open(openAt);
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open(openAt);
        });
        HBox bar = new HBox(4, query, matchCase, wholeWord, regex, go, stop);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, status);
        top.setPadding(new Insets(6));
        BorderPane root = new BorderPane(results, top, null, null, null);
        Scene scene = new Scene(root, 760, 520);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.hide();
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> cancel.set(true));
    }

    private static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton t = new ToggleButton(text);
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        t.setFocusTraversable(false);
        return t;
    }

    /** Shows the window with the keyboard in the query (the selected text of the editor, if any). */
    public void show(String initial) {
        if (initial != null && !initial.isBlank() && !initial.contains("\n")) query.setText(initial);
        stage.show();
        stage.toFront();
        query.requestFocus();
        query.selectAll();
    }

    public Stage stage() {
        return stage;
    }

    private void search() {
        cancel.set(true);
        Path root = site.get();
        results.getRoot().getChildren().clear();
        matches = 0;
        articles = 0;
        if (root == null) {
            status.setText("Open a site first (File ▸ Open Site…).");
            return;
        }
        if (query.getText().isEmpty()) {
            status.setText("");
            return;
        }
        SiteSearch.Query q = new SiteSearch.Query(
                query.getText(), regex.isSelected(), matchCase.isSelected(), wholeWord.isSelected());
        try {
            q.pattern();
        } catch (PatternSyntaxException e) {
            status.setText("Not a valid expression: " + e.getDescription());
            return;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        cancel = stopped;
        long mine = ++run;
        status.setText("Searching…");
        stop.setDisable(false);
        worker.execute(() -> {
            boolean capped;
            String failure = null;
            try {
                capped = SiteSearch.search(
                        root,
                        q,
                        fm -> Platform.runLater(() -> {
                            if (mine == run) add(root, fm);
                        }),
                        stopped::get);
            } catch (IOException | RuntimeException e) {
                capped = false;
                failure = e.getMessage();
            }
            boolean more = capped;
            String problem = failure;
            Platform.runLater(() -> {
                if (mine != run) return;
                stop.setDisable(true);
                if (problem != null) status.setText("The site cannot be searched: " + problem);
                else status.setText(summary(more, stopped.get()));
            });
        });
    }

    private String summary(boolean capped, boolean stoppedEarly) {
        String s = matches == 0
                ? "No matches."
                : matches + (matches == 1 ? " match" : " matches") + " in " + articles
                        + (articles == 1 ? " article" : " articles") + ".";
        if (capped) s += " Only the first " + SiteSearch.MAX_MATCHES + " are listed.";
        if (stoppedEarly) s += " Stopped.";
        return s;
    }

    private void add(Path root, SiteSearch.FileMatches fm) {
        String name = fm.file().startsWith(root)
                ? root.relativize(fm.file()).toString()
                : fm.file().toString();
        TreeItem<Hit> file =
                new TreeItem<>(new Hit(fm.file(), 0, name + "  (" + fm.matches().size() + ")"));
        for (SiteSearch.Match m : fm.matches()) {
            file.getChildren()
                    .add(new TreeItem<>(new Hit(
                            fm.file(), m.line(), m.line() + ": " + m.lineText().strip())));
        }
        file.setExpanded(true);
        results.getRoot().getChildren().add(file);
        matches += fm.matches().size();
        articles++;
        status.setText(matches + " matches so far…");
    }

    private void open(BiConsumer<Path, Integer> openAt) {
        TreeItem<Hit> item = results.getSelectionModel().getSelectedItem();
        if (item == null) return;
        Hit hit = item.getValue();
        int line = hit.line() > 0 || item.getChildren().isEmpty()
                ? hit.line()
                : item.getChildren().get(0).getValue().line();
        openAt.accept(hit.file(), Math.max(1, line));
    }

    public void dispose() {
        cancel.set(true);
        worker.shutdownNow();
        stage.close();
    }
}
