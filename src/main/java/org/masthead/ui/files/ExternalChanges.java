package org.masthead.ui.files;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.document.ExternalChangePolicy;
import org.masthead.document.Subscription;

/**
 * Watches the shown article's file and hands every change to {@link ExternalChangePolicy}, one at
 * a time: a question open about one change is not asked again by the next event.
 */
public final class ExternalChanges {

    private final Supplier<ArticleDocument> current;
    private final ExternalChangePolicy policy;
    private final DiskWatcher watcher;
    private boolean busy;

    /**
     * @param current the document shown
     * @param reload  shows the file's new version in place of the document
     * @param status  where messages go (the status bar)
     */
    public ExternalChanges(
            Dialogs dialogs,
            Supplier<ArticleDocument> current,
            Consumer<ArticleDocument> reload,
            Consumer<String> status) {
        this.current = current;
        this.policy = new ExternalChangePolicy(dialogs, reload, status);
        this.watcher = new DiskWatcher(this::check);
    }

    /** Watches the shown document's file until the returned subscription is closed. */
    public Subscription watch(ArticleDocument doc) {
        watcher.watch(doc.path());
        return watcher::stop;
    }

    public void stop() {
        watcher.stop();
    }

    /** Looks at the file now (an event came, or the window got the focus). */
    public void check() {
        if (busy) return;
        busy = true;
        try {
            policy.check(current.get());
        } finally {
            busy = false;
        }
    }

    /** Before a save: may the file on disk be replaced (asked when another program changed it)? */
    public boolean mayOverwrite(ArticleDocument doc) {
        busy = true;
        try {
            return policy.mayOverwrite(doc);
        } finally {
            busy = false;
        }
    }
}
