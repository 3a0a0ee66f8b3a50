package org.masthead.ui.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.masthead.fx.Frames;
import org.masthead.site.SiteEntry;
import org.masthead.site.SiteFilter;

/**
 * The site's articles in a table: sortable by every column, filtered as the writer types (title,
 * path, tags, body words) and by quick filters; Enter or a double click opens one.
 */
public final class SitePanel extends BorderPane {
    private final SiteModel model;
    private final TableView<SiteEntry> table = new TableView<>();
    private final TextField filter = new TextField();
    private final ToggleButton errors = quick("Errors", "Only articles with errors");
    private final ToggleButton drafts = quick("Drafts", "Only drafts");
    private final ToggleButton today = quick("Today", "Only articles changed today");
    private final Label count = new Label();
    private final TagChoice tags;
    private final FilteredList<SiteEntry> filtered;
    private final Label empty = new Label("No site is open. File ▸ Open Site… lists every article of a folder.");
    private final Button offer = new Button();
    private Path offered;
    /** The shown article, whose row stays selected as the list changes. */
    private Path following;

    /** {@code open}: where an article the writer picks goes; {@code openSite}: a site the panel offers. */
    public SitePanel(SiteModel model, Consumer<Path> open, Consumer<Path> openSite) {
        this.model = model;
        this.tags = new TagChoice(model.entries(), this::refilter);
        getStyleClass().add("site-panel");
        setId("site-panel");
        filtered = new FilteredList<>(model.entries());
        SortedList<SiteEntry> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("site-table");
        table.getColumns().setAll(SiteColumns.all(model));
        // Columns keep their widths and the table scrolls sideways, rather than cutting every column short.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> {
            TableRow<SiteEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty())
                    open.accept(row.getItem().path());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            SiteEntry s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                open.accept(s.path());
                e.consume();
            }
        });
        filter.setId("site-filter");
        filter.setPromptText("Filter: title, path, tags, words");
        filter.textProperty().addListener((o, a, b) -> refilter());
        for (ToggleButton t : new ToggleButton[] {errors, drafts, today}) {
            t.selectedProperty().addListener((o, a, b) -> refilter());
        }
        model.entries().addListener((ListChangeListener<SiteEntry>) c -> {
            showCount();
            follow(following);
        });
        offer.setId("site-offer");
        offer.setOnAction(e -> {
            if (offered != null) openSite.accept(offered);
        });
        offer.setVisible(false);
        empty.setWrapText(true);
        VBox placeholder = new VBox(10, empty, offer);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(16));
        table.setPlaceholder(placeholder);
        setTop(bar());
        addTableAfterFirstFrame();
        model.rootProperty().addListener((o, a, root) -> showEmpty());
        model.indexingProperty().addListener((o, a, b) -> showEmpty());
        showCount();
    }

    /**
     * The table's first styling and layout is the heaviest part of showing the panel: it comes a
     * frame after the rest, so that neither frame holds the window up for long.
     */
    private void addTableAfterFirstFrame() {
        sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene == null) return;
                sceneProperty().removeListener(this);
                Frames.afterNextFrame(scene, () -> setCenter(table));
            }
        });
    }

    private VBox bar() {
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(80);
        HBox row = new HBox(4, filter, tags, errors, drafts, today);
        row.setAlignment(Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.setId("site-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("site-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox indexing = new HBox(6, new Label("Reading the site…"), progress, cancel);
        indexing.setAlignment(Pos.CENTER_LEFT);
        indexing.visibleProperty().bind(model.indexingProperty());
        indexing.managedProperty().bind(model.indexingProperty());
        Label problem = new Label();
        problem.getStyleClass().add("site-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        count.setId("site-count");
        count.getStyleClass().add("site-count");
        Label title = new Label("Site");
        title.getStyleClass().add("pane-title");
        HBox head = new HBox(8, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox top = new VBox(4, head, row, indexing, problem);
        top.getStyleClass().add("pane-bar");
        return top;
    }

    private static ToggleButton quick(String text, String tip) {
        ToggleButton t = new ToggleButton(text);
        t.setId("site-only-" + text.toLowerCase(Locale.ROOT));
        t.setTooltip(new Tooltip(tip));
        t.setFocusTraversable(false);
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }

    private void refilter() {
        SiteFilter f = new SiteFilter(
                filter.getText(),
                errors.isSelected(),
                drafts.isSelected(),
                today.isSelected(),
                tags.tag(),
                LocalDate.now(),
                ZoneId.systemDefault());
        filtered.setPredicate(f::matches);
        showCount();
    }

    private void showCount() {
        int all = model.entries().size(), shown = filtered.size();
        count.setText(all == 0 ? "" : shown == all ? all + " articles" : shown + " of " + all);
    }

    private void showEmpty() {
        if (model.rootProperty().get() != null) {
            empty.setText(model.indexingProperty().get() ? "Reading the site…" : "No articles match.");
            offer.setVisible(false);
        }
    }

    /** Offers a site the shown article belongs to while none is open ("Open the site at …"). */
    public void offer(Optional<Path> site) {
        if (model.rootProperty().get() != null) return;
        offered = site.orElse(null);
        offer.setText(site.map(p -> "Open the site at " + p).orElse(""));
        offer.setVisible(site.isPresent());
    }

    /** Selects the shown article's row (the table follows the window), without moving the focus. */
    public void follow(Path article) {
        following = article;
        if (article == null) return;
        Path p = article.toAbsolutePath().normalize();
        // Entries hold absolute, normalised paths already: comparing them costs nothing per row.
        for (SiteEntry e : table.getItems()) {
            if (e.path().equals(p)) {
                table.getSelectionModel().select(e);
                table.scrollTo(e);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    /** The articles the panel shows when its filters narrow the list; empty when it shows them all. */
    public Optional<Set<Path>> filteredPaths() {
        if (filtered.size() == model.entries().size()) return Optional.empty();
        Set<Path> out = new HashSet<>();
        for (SiteEntry e : filtered) out.add(e.path().toAbsolutePath().normalize());
        return Optional.of(out);
    }

    public TableView<SiteEntry> table() {
        return table;
    }

    public void focusFilter() {
        filter.requestFocus();
    }
}
