package org.masthead.check;

import org.masthead.source.SourceException;
import org.masthead.theme.SiteTheme;

/**
 * The site's template and stylesheets: a mistake in them (a section never closed, a partial or a
 * file missing) means the page is made with the built-in look until it is fixed. Reported at the
 * top of the article, naming the theme file, line and column.
 */
final class ThemeCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        if (ctx.profile().page().files().isEmpty()) return;
        for (SourceException e : SiteTheme.of(ctx.profile()).problems()) {
            ctx.findings()
                    .add(new Finding(
                            Severity.WARNING,
                            null,
                            1,
                            1,
                            "the site's page cannot be used, so the built-in page is: " + e.getMessage(),
                            Finding.PAGE));
        }
    }
}
