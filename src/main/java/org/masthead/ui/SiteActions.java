package org.masthead.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.ui.site.ExportSiteWindow;
import org.masthead.ui.site.ProblemsWindow;
import org.masthead.ui.site.SiteModel;
import org.masthead.ui.site.SitePanel;
import org.masthead.ui.site.SiteSearchWindow;

/** Opening a site and showing its panel; the last site opens again at the next start. */
final class SiteActions {
    static final String PANE = "site";

    private final Stage stage;
    private final SiteModel model;
    private final SitePanel panel;
    private final WindowBounds bounds;
    private final AppPrefs prefs;
    private final BiConsumer<Path, Integer> openAt;
    private SiteSearchWindow search;
    private ProblemsWindow problems;
    private final BiConsumer<Path, Finding> openFinding;

    /** {@code openAt}: opens an article at a file line (a search result). */
    SiteActions(
            Stage stage,
            SiteModel model,
            SitePanel panel,
            WindowBounds bounds,
            AppPrefs prefs,
            BiConsumer<Path, Integer> openAt,
            BiConsumer<Path, Finding> openFinding) {
        this.openAt = openAt;
        this.openFinding = openFinding;
        this.stage = stage;
        this.model = model;
        this.panel = panel;
        this.bounds = bounds;
        this.prefs = prefs;
    }

    /** File ▸ Open Site…: a folder, starting at the open site or the shown article's site. */
    void choose(ArticleDocument shown) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Open a site (the folder of its articles)");
        Path start = model.rootProperty().get() != null
                ? model.rootProperty().get()
                : siteOf(shown).orElse(null);
        if (start != null && start.toFile().isDirectory()) c.setInitialDirectory(start.toFile());
        File chosen = c.showDialog(stage);
        if (chosen != null) open(chosen.toPath());
    }

    void open(Path site) {
        model.open(site);
        prefs.siteOpened(site);
        bounds.show(PANE, true);
    }

    /** At start: the site the writer had open. */
    void reopenLast() {
        prefs.lastSite().ifPresent(model::open);
    }

    /** The shown article changed: its row is selected, and its site offered while none is open. */
    void articleShown(ArticleDocument doc) {
        panel.follow(doc.path());
        panel.offer(siteOf(doc));
    }

    /** Site ▸ Search Site…: the search window, the editor's selected word in its box. */
    void search(String selected) {
        if (search == null)
            search = new SiteSearchWindow(stage, () -> model.rootProperty().get(), openAt);
        search.show(selected);
    }

    /** Site ▸ Check Site: the Problems view of the open site. */
    void checkSite() {
        if (problems == null) problems = new ProblemsWindow(stage, model, openFinding);
        problems.open();
    }

    /** Site ▸ Export Site…: a folder, then every article (or those the panel's filter shows) as pages there. */
    void chooseExport() {
        Path root = model.rootProperty().get();
        if (root == null) return;
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Export the site's pages to");
        File chosen = c.showDialog(stage);
        if (chosen != null) export(chosen.toPath());
    }

    ExportSiteWindow export(Path output) {
        return new ExportSiteWindow(
                stage, model.rootProperty().get(), output, panel.filteredPaths().orElse(null));
    }

    void dispose() {
        if (problems != null) problems.dispose();
        if (search != null) search.dispose();
        model.dispose();
    }

    boolean panelShown() {
        return bounds.isShown(PANE);
    }

    void showPanel(boolean shown) {
        bounds.show(PANE, shown);
        if (shown) panel.focusFilter();
    }

    /** The folder holding the site's masthead.yml, found upward from the article. */
    private static Optional<Path> siteOf(ArticleDocument doc) {
        return doc == null
                ? Optional.empty()
                : doc.profile().profileFile().map(f -> f.toAbsolutePath().getParent());
    }
}
