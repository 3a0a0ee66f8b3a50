package org.masthead;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.masthead.article.ArticleFinder;
import org.masthead.instance.HandOver;
import org.masthead.instance.SingleInstance;

/**
 * The fast path of a second launch: {@code masthead} or {@code masthead FILE.md}, nothing else,
 * is handed to the running app before the command line's parser and the logging load. Anything
 * else, or no app answering, goes the usual way (which claims the channel itself).
 */
final class QuickHandOver {
    private QuickHandOver() {}

    /** True when the running app took the request and this launch has nothing left to do. */
    static boolean done(String[] args) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) return false;
        HandOver request;
        try {
            if (args.length == 0) {
                request = HandOver.raise();
            } else {
                Path file = Path.of(args[0]).toAbsolutePath();
                if (!Files.isRegularFile(file) || !ArticleFinder.isArticle(file)) return false;
                request = HandOver.open(file);
            }
        } catch (InvalidPathException e) {
            return false;
        }
        SingleInstance.Quick q =
                SingleInstance.tryHandOver(SystemSettings.instance(System.getProperties(), System.getenv()), request);
        // A hung app was given its time once: the usual way must not wait for it again.
        if (q == SingleInstance.Quick.HUNG) System.setProperty("masthead.single-instance", "false");
        return q == SingleInstance.Quick.HANDED_OVER;
    }
}
