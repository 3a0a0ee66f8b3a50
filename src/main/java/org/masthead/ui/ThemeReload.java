package org.masthead.ui;

import java.io.IOException;

import javafx.application.Platform;

import org.masthead.article.Article;
import org.masthead.document.ArticleDocument;
import org.masthead.profile.SiteProfile;
import org.masthead.theme.SiteTheme;
import org.masthead.theme.ThemeWatcher;
import org.masthead.ui.session.DocumentSession;

/**
 * While an article of a site with its own template is shown, a change of the template, a partial
 * or a stylesheet on disk shows the article again (the preview keeps its scroll) and checks it
 * again (the Checks tab names a template's mistake).
 */
final class ThemeReload {
    /** Shows a version of an article again. */
    interface Show {
        void show(long version, Article article, SiteProfile profile);
    }

    private ThemeReload() {}

    static void follow(DocumentSession session, Show show) {
        ArticleDocument doc = session.document();
        SiteProfile profile = doc.profile();
        ThemeWatcher[] watcher = new ThemeWatcher[1];
        Runnable reload = () -> Platform.runLater(() -> {
            if (session.isClosed()) return;
            SiteTheme.forgetAll();
            watcher[0].watch(SiteTheme.of(profile).files());
            show.show(session.versionProperty().get(), doc.article(), doc.profile());
            session.recheck();
        });
        try {
            watcher[0] = new ThemeWatcher(profile.siteFolder(), reload);
        } catch (IOException e) {
            System.getLogger(ThemeReload.class.getName())
                    .log(System.Logger.Level.WARNING, "The site's template is not watched: " + e.getMessage());
            return;
        }
        watcher[0].watch(SiteTheme.of(profile).files());
        session.own(watcher[0]::close);
    }
}
