package org.masthead.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.profile.ProfileCache;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/** Articles' findings for the site's Problems view: the checks', or why one cannot be read. */
public final class SiteFindings {
    private final ProfileCache profiles = new ProfileCache();

    public List<Finding> of(Path file) {
        try {
            if (Files.size(file) > SiteIndexer.MAX_BYTES) return problem("too big to check");
            Article a = Article.fromBytes(file, Files.readAllBytes(file));
            return ArticleChecker.check(a, profiles.forArticle(file));
        } catch (SourceException e) {
            return List.of(new Finding(Severity.ERROR, null, e.line(), e.column(), e.reason()));
        } catch (IOException | RuntimeException e) {
            return problem("cannot be read: " + (e instanceof IOException io ? IoMessages.describe(io) : e));
        }
    }

    private static List<Finding> problem(String why) {
        return List.of(new Finding(Severity.ERROR, null, 1, 1, why));
    }
}
