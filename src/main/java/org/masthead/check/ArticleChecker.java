package org.masthead.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.masthead.article.Article;
import org.masthead.article.HeaderOpening;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;
import org.masthead.spell.Speller;

/** Runs every check on an article and returns the findings in file order. */
public final class ArticleChecker {
    private static final List<ArticleCheck> CHECKS = List.of(
            new RequiredFieldsCheck(),
            new FieldFormatCheck(),
            new LengthCheck(),
            new DerivedValuesCheck(),
            new ImageCheck(),
            new BodySafetyCheck(),
            new UnknownKeysCheck(),
            new NestingCheck(),
            new ReadabilityCheck(),
            new ThemeCheck(),
            new StructuredDataCheck(),
            new XCardCheck());

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::severity);

    private ArticleChecker() {}

    /** Every check and the spelling; {@code suggestions}: how many suggestions a spelling finding names. */
    public static List<Finding> check(Article article, SiteProfile profile, Speller speller, int suggestions) {
        return report(article, profile, speller, suggestions).findings();
    }

    /** The findings and the figures the status bar shows (reading ease), from one parse of the body. */
    public static CheckReport report(Article article, SiteProfile profile, Speller speller, int suggestions) {
        CheckContext[] ctx = new CheckContext[1];
        List<Finding> all = new ArrayList<>(check(article, profile, ctx));
        if (ctx[0] == null) return new CheckReport(all, null);
        all.addAll(SpellingCheck.findings(article, profile, speller, suggestions));
        all.sort(ORDER);
        return new CheckReport(all, ctx[0].readability());
    }

    public static List<Finding> check(Article article, SiteProfile profile) {
        return check(article, profile, new CheckContext[1]);
    }

    private static List<Finding> check(Article article, SiteProfile profile, CheckContext[] context) {
        if (article.headerError().isPresent()) {
            SourceException e = article.headerError().get();
            return List.of(new Finding(
                    Severity.ERROR, null, e.line(), e.column(), "front matter does not parse: " + e.reason()));
        }
        List<Finding> extra = new ArrayList<>();
        HeaderOpening.of(article.text())
                .ifPresent(p -> extra.add(new Finding(Severity.WARNING, null, p.line(), p.column(), p.message())));
        CheckContext ctx =
                new CheckContext(article, profile, article.frontMatter().orElseThrow());
        for (ArticleCheck c : CHECKS) c.check(ctx);
        context[0] = ctx;
        List<Finding> all = new ArrayList<>(ctx.findings());
        all.addAll(extra);
        all.sort(ORDER);
        return all;
    }
}
