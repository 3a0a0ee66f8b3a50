package org.masthead.ui.tabs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Subscription;

/**
 * The strip of open articles above the panes, one tab each. The window has one set of views; the
 * selected tab's document is shown in them, and the tab left keeps where the writer was. Tabs
 * close only through {@code closeAsked}, which asks about unsaved changes first.
 */
public final class ArticleTabs {
    private final TabPane strip = new TabPane();
    private final Function<ArticleDocument, Subscription> track;
    private final Consumer<ArticleTab> display;
    private final Function<ArticleTab, ViewPlace> where;
    private final Consumer<ArticleTab> closeAsked;
    private ArticleTab shown;
    /** While restored tabs are added: none is shown until the one chosen is. */
    private boolean restoring;

    /**
     * @param track      keeps a document's drafts while its tab is open
     * @param display    shows a tab's document in the window's views
     * @param where      where the writer is in the shown tab, asked as it is left
     * @param closeAsked the writer asked to close a tab (its × or a middle click)
     */
    public ArticleTabs(
            Function<ArticleDocument, Subscription> track,
            Consumer<ArticleTab> display,
            Function<ArticleTab, ViewPlace> where,
            Consumer<ArticleTab> closeAsked) {
        this.track = track;
        this.display = display;
        this.where = where;
        this.closeAsked = closeAsked;
        strip.setId("article-tabs");
        strip.getStyleClass().add("article-tabs");
        strip.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        strip.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        // Arrow keys and Ctrl+Tab belong to the window's shortcuts, not to a focused strip.
        strip.setFocusTraversable(false);
        strip.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        closeOnMiddleClick();
    }

    public TabPane strip() {
        return strip;
    }

    /** The tab whose article the window shows (null before the first). */
    public ArticleTab shown() {
        return shown;
    }

    public List<ArticleTab> all() {
        return strip.getTabs().stream().map(t -> (ArticleTab) t.getUserData()).toList();
    }

    public Optional<ArticleTab> find(Path file) {
        return all().stream().filter(t -> t.holds(file)).findFirst();
    }

    /** Opens a document in a new tab and shows it; an untouched untitled article shown gives its tab up. */
    public void open(ArticleDocument doc) {
        if (shown != null && shown.isPristine()) {
            replaceShown(doc);
            return;
        }
        strip.getSelectionModel().select(add(doc).tab());
    }

    /**
     * Opens documents in new tabs after the others and shows only the {@code active}-th: the last
     * run's tabs come back without each being shown in turn before the first frame.
     */
    public void restore(List<ArticleDocument> docs, int active) {
        if (docs.isEmpty()) return;
        List<ArticleTab> added = new ArrayList<>();
        restoring = true;
        try {
            for (ArticleDocument doc : docs) added.add(add(doc));
        } finally {
            restoring = false;
        }
        strip.getSelectionModel()
                .select(added.get(Math.max(0, Math.min(active, added.size() - 1)))
                        .tab());
        selected(strip.getSelectionModel().getSelectedItem());
    }

    private ArticleTab add(ArticleDocument doc) {
        ArticleTab t = new ArticleTab(doc, track.apply(doc));
        t.tab().setOnCloseRequest(e -> {
            e.consume();
            closeAsked.accept(t);
        });
        t.tab().setOnClosed(e -> t.release());
        int at = shown == null ? strip.getTabs().size() : strip.getTabs().indexOf(shown.tab()) + 1;
        strip.getTabs().add(at, t.tab());
        return t;
    }

    /** Shows another document in the shown tab (its file was read again, or the first article). */
    public void replaceShown(ArticleDocument doc) {
        if (shown == null) {
            open(doc);
            return;
        }
        if (shown.document() != doc) shown.hold(doc, track.apply(doc));
        display.accept(shown);
    }

    public void select(ArticleTab t) {
        strip.getSelectionModel().select(t.tab());
    }

    /** The next tab ({@code step} 1) or the one before (-1), going round. */
    public void cycle(int step) {
        int n = strip.getTabs().size();
        if (n < 2) return;
        int i = strip.getSelectionModel().getSelectedIndex();
        strip.getSelectionModel().select(Math.floorMod(i + step, n));
    }

    /** Removes a tab (the writer was asked); the neighbour is shown if it was the shown one. */
    public void close(ArticleTab t) {
        if (t == shown && strip.getTabs().size() > 1) {
            int i = strip.getTabs().indexOf(t.tab());
            select(all().get(i == strip.getTabs().size() - 1 ? i - 1 : i + 1));
        }
        strip.getTabs().remove(t.tab());
        t.release();
        if (t == shown) shown = null;
    }

    private void selected(Tab now) {
        if (restoring || now == null || (shown != null && shown.tab() == now)) return;
        if (shown != null && strip.getTabs().contains(shown.tab())) shown.leave(where.apply(shown));
        shown = (ArticleTab) now.getUserData();
        display.accept(shown);
    }

    /** A middle click on a tab closes it, as in browsers; a tab's header carries the tab's id. */
    private void closeOnMiddleClick() {
        strip.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.MIDDLE) return;
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != strip; n = n.getParent()) {
                String id = n.getId();
                if (id == null || !id.startsWith(ArticleTab.ID_PREFIX)) continue;
                all().stream()
                        .filter(t -> id.equals(t.tab().getId()))
                        .findFirst()
                        .ifPresent(closeAsked);
                e.consume();
                return;
            }
        });
    }
}
