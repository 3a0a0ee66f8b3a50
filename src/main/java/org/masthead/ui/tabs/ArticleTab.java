package org.masthead.ui.tabs;

import java.nio.file.Path;

import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Subscription;

/**
 * One open article: its document, its tab in the strip (file name, a mark while unsaved, the full
 * path as tooltip) and where the writer was in it. Only the shown tab has views; the others hold
 * their document and nothing that renders.
 */
public final class ArticleTab {
    static final String ID_PREFIX = "article-tab-";
    private static int made;
    private final Tab tab = new Tab();
    private ArticleDocument doc;
    private ViewPlace place = ViewPlace.START;
    private boolean shownBefore;
    private Subscription label = Subscription.NONE;
    private Subscription drafts = Subscription.NONE;

    ArticleTab(ArticleDocument doc, Subscription drafts) {
        tab.setUserData(this);
        tab.setId(ID_PREFIX + ++made);
        hold(doc, drafts);
    }

    /** Puts another document in this tab (the file was read again); the old one's subscriptions end. */
    void hold(ArticleDocument document, Subscription draftsOfIt) {
        label.close();
        drafts.close();
        doc = document;
        drafts = draftsOfIt;
        shownBefore = false;
        place = ViewPlace.START;
        label = document.addListener(origin -> relabel());
        relabel();
    }

    public ArticleDocument document() {
        return doc;
    }

    public Tab tab() {
        return tab;
    }

    public ViewPlace place() {
        return place;
    }

    /** The writer leaves the tab: this is where they were. */
    public void leave(ViewPlace where) {
        place = where;
    }

    /** True the first time the tab is shown (the article was just opened), false after. */
    /** Whether the window has shown this tab's article since it opened (restored tabs wait until chosen). */
    public boolean wasShown() {
        return shownBefore;
    }

    public boolean firstShown() {
        boolean first = !shownBefore;
        shownBefore = true;
        return first;
    }

    /** An untitled article nobody typed in: opening a file takes its tab instead of adding one. */
    boolean isPristine() {
        return doc.isUntitled() && !doc.isDirty();
    }

    boolean holds(Path file) {
        return doc.path() != null
                && doc.path()
                        .toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize());
    }

    void release() {
        label.close();
        drafts.close();
        label = Subscription.NONE;
        drafts = Subscription.NONE;
    }

    private void relabel() {
        String name = doc.path() == null
                ? doc.article().displayName()
                : doc.path().getFileName().toString();
        tab.setText((doc.isDirty() ? "● " : "") + name);
        String where = doc.path() == null
                ? "Not saved yet"
                : doc.path().toAbsolutePath().toString();
        if (tab.getTooltip() == null) tab.setTooltip(new Tooltip(where));
        else tab.getTooltip().setText(where);
    }
}
