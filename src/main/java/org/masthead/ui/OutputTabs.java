package org.masthead.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.masthead.article.Article;
import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.platform.CardChoice;
import org.masthead.profile.SiteProfile;
import org.masthead.ui.cards.CardsPane;
import org.masthead.ui.checks.ChecksPanel;
import org.masthead.ui.preview.PreviewPane;
import org.masthead.ui.session.DocumentSession;
import org.masthead.ui.tabs.ViewPlace;

/** The right-hand side of the window: the article preview, the social cards and the checks, as tabs. */
final class OutputTabs extends TabPane {
    private final PreviewPane preview;
    private final CardsPane cards;
    private final ChecksPanel checks;
    private final Tab previewTab;
    private final Tab cardsTab;
    private final Tab checksTab;
    /** The platforms the writer left out of the Cards tab: a platform added later shows. */
    static final String HIDDEN_PLATFORMS = "cards.hiddenPlatforms";

    /**
     * {@code links}: where the preview's links go; {@code openFinding}: where a clicked finding takes
     * the writer; {@code makeShareImage}: the Cards tab's Make Share Image….
     */
    OutputTabs(Consumer<String> links, Consumer<Finding> openFinding, Runnable makeShareImage, AppPrefs prefs) {
        preview = new PreviewPane(links);
        cards = new CardsPane(makeShareImage, CardChoice.parse(prefs.getText(HIDDEN_PLATFORMS, "")), hidden -> {
            prefs.putText(HIDDEN_PLATFORMS, CardChoice.format(hidden));
            prefs.flush();
        });
        cardsTab = tab("Cards", "tab-cards", cards);
        checks = new ChecksPanel(openFinding);
        previewTab = tab("Article", "tab-article", preview);
        checksTab = tab("Checks", "tab-checks", checks);
        setId("output-tabs");
        getTabs().addAll(previewTab, cardsTab, checksTab);
        getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> cards.setActive(tab == cardsTab));
    }

    private static Tab tab(String text, String id, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    PreviewPane preview() {
        return preview;
    }

    CardsPane cards() {
        return cards;
    }

    ChecksPanel checks() {
        return checks;
    }

    /** Where the writer was in these tabs: which one, and the Checks row; for the article tab being left. */
    ViewPlace leave(int caret, int topParagraph) {
        return new ViewPlace(
                caret,
                topParagraph,
                preview.scrollY(),
                getSelectionModel().getSelectedIndex(),
                checks.list().getSelectionModel().getSelectedIndex());
    }

    /** Back to that place as the tab's article is shown again (preview and checks are made anew). */
    void restore(ViewPlace place) {
        getSelectionModel().select(place.outputTab());
        preview.scrollAfterLoad(place.previewY());
        checks.selectWhenShown(place.finding());
    }

    void showArticle() {
        getSelectionModel().select(previewTab);
    }

    void showCards() {
        getSelectionModel().select(cardsTab);
    }

    /**
     * F6's stop at the Checks list: the tab shown before comes back when the keyboard moves on, so
     * passing through the panes leaves the preview as it was.
     */
    void visitChecks() {
        Tab before = getSelectionModel().getSelectedItem();
        showChecks();
        if (before == checksTab) return;
        ChangeListener<Boolean> back = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean focused) {
                if (focused) return;
                checks.list().focusedProperty().removeListener(this);
                if (getSelectionModel().getSelectedItem() == checksTab)
                    getSelectionModel().select(before);
            }
        };
        checks.list().focusedProperty().addListener(back);
    }

    /** Shows the Checks tab with the keyboard in its list. */
    void showChecks() {
        getSelectionModel().select(checksTab);
        checks.focusList();
    }

    /** A new version of the article: the preview renders it, the cards when they are shown. */
    void show(long version, Article article, SiteProfile profile) {
        preview.show(version, article, profile);
        cards.refresh(version, article, profile);
    }

    void showFindings(List<Finding> findings) {
        checks.show(findings);
        checksTab.setText(findings.isEmpty() ? "Checks" : "Checks (" + findings.size() + ")");
    }

    void dispose() {
        preview.dispose();
        cards.dispose();
    }

    /** Shows each version of the session's article, and lists its findings in the Checks tab, while it is open. */
    void follow(DocumentSession session) {
        ArticleDocument doc = session.document();
        session.observe(session.versionProperty(), (o, old, v) -> show(v.longValue(), doc.article(), doc.profile()));
        session.observe(session.checkedProperty(), (o, old, checked) -> showFindings(checked.findings()));
        if (doc.profile().page().hasTemplate()) ThemeReload.follow(session, this::show);
    }
}
