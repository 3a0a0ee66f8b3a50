package org.masthead.cards;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.masthead.article.Article;
import org.masthead.export.PageMetadata;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;
import org.masthead.render.RenderedPage;

/**
 * The {@code <title>} a crawler reads from the exported page. The built-in page writes the page
 * title; a site's template writes its own ("{{title}} · {{site_name}}"), so the cards read it from
 * the page the template makes, as the platforms would.
 */
final class PageTitle {
    private PageTitle() {}

    static String of(Article article, SiteProfile profile, PageMetadata meta) {
        if (!profile.page().hasTemplate()) return meta.title();
        RenderedPage page = ArticleRenderer.render(article, profile, PageOptions.publish(file -> "", ""));
        if (page.frame() == null) return meta.title();
        // The frame is the whole page but its body: the head is all a title needs.
        Element title = Jsoup.parse(page.frame()).selectFirst("head > title");
        return title == null ? "" : title.text();
    }
}
