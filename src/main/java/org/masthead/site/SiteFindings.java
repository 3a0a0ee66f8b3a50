package org.masthead.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.profile.ProfileCache;
import org.masthead.profile.SiteProfile;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * Articles' findings for the site's Problems view: the checks' and the site's list-value tips, or
 * why one cannot be read.
 */
public final class SiteFindings {
    private final ProfileCache profiles = new ProfileCache();

    public List<Finding> of(Path file) {
        return of(file, SiteValues.EMPTY);
    }

    /** The checks' findings and the tips for list values spelt unlike the rest of the site. */
    public List<Finding> of(Path file, SiteValues site) {
        try {
            if (Files.size(file) > SiteIndexer.MAX_BYTES) return problem("too big to check");
            Article a = Article.fromBytes(file, Files.readAllBytes(file));
            SiteProfile profile = profiles.forArticle(file);
            List<Finding> out = new ArrayList<>(ArticleChecker.check(a, profile));
            if (a.frontMatter().isPresent()) {
                FrontMatter fm = a.frontMatter().get();
                out.addAll(NearDuplicateCheck.findings(ListValues.placed(fm, profile.schemaFor(fm.keys())), site));
            }
            return out;
        } catch (SourceException e) {
            return List.of(new Finding(Severity.ERROR, null, e.line(), e.column(), e.reason()));
        } catch (IOException | RuntimeException e) {
            return problem("cannot be read: " + (e instanceof IOException io ? IoMessages.describe(io) : e));
        }
    }

    /**
     * The near-duplicates among an entry's list values, from the index alone (no file is read): what
     * decides whether its findings must be read again when other articles change.
     */
    public static List<NearDuplicate> nearDuplicates(SiteEntry entry, SiteValues site) {
        List<NearDuplicate> out = new ArrayList<>();
        entry.lists().forEach((key, values) -> {
            for (String v : values) site.nearDuplicate(key, v).ifPresent(out::add);
        });
        return out;
    }

    private static List<Finding> problem(String why) {
        return List.of(new Finding(Severity.ERROR, null, 1, 1, why));
    }
}
