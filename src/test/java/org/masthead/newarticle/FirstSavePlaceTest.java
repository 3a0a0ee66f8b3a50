package org.masthead.newarticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.document.ArticleDocument;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** Until its first save a site article's slug, URL and file follow its title, each until the writer edits it. */
class FirstSavePlaceTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    Path samples;

    @BeforeEach
    void copySamples() throws Exception {
        samples = Samples.copyTo(dir);
    }

    private ArticleDocument started(Path site, FirstSavePlace[] place) throws Exception {
        SiteProfile profile = ProfileLoader.forArticle(site.resolve("new-article.md"));
        NewArticle plan = NewArticles.plan(profile, "", DAY, Map.of());
        ArticleDocument doc = ArticleDocument.untitled(plan.text(), profile);
        place[0] = new FirstSavePlace(profile, DAY, plan.slug());
        place[0].attach(doc);
        return doc;
    }

    @Test
    void theUrlAndFileFollowTheTitleAsItIsTypedAndUndoTakesThemBack() throws Exception {
        Path site = samples.resolve("site");
        FirstSavePlace[] place = new FirstSavePlace[1];
        ArticleDocument doc = started(site, place);
        assertThat(doc.links().isLinked("blog_url")).isTrue();
        assertThat(place[0].shown(doc)).isEqualTo("articles/2026-12-07-1.md");

        doc.setValue("title", "Low Water at Dawn");
        assertThat(doc.article().requireFrontMatter().text("blog_url"))
                .isEqualTo("https://harbournotes.example/articles/low-water-at-dawn");
        assertThat(place[0].file(doc)).isEqualTo(site.resolve("articles/low-water-at-dawn.md"));
        assertThat(doc.article().body())
                .as("the template's body untouched: it takes the title as it is typed")
                .contains("take away from \"Low Water at Dawn\".");
        doc.history().undo();
        assertThat(doc.article().body()).contains("take away from \"\".");
        assertThat(doc.article().requireFrontMatter().text("blog_url"))
                .isEqualTo("https://harbournotes.example/articles/2026-12-07-1");

        doc.setValue("title", "Slack Water");
        doc.setValue("blog_url", "https://harbournotes.example/slack");
        doc.setValue("title", "Slack Water, Again");
        assertThat(doc.article().requireFrontMatter().text("blog_url"))
                .as("edited by the writer: it no longer follows")
                .isEqualTo("https://harbournotes.example/slack");
        assertThat(place[0].shown(doc)).isEqualTo("articles/slack-water-again.md");

        String body = doc.article().body() + "My own words.\n";
        doc.setBody(body);
        doc.setValue("title", "Slack Water, Again and Again");
        assertThat(doc.article().body()).as("the writer's body stays").isEqualTo(body);

        place[0].type("articles/notes/slack.md");
        doc.setValue("title", "Something Else");
        assertThat(place[0].isLinked()).isFalse();
        assertThat(place[0].file(doc)).isEqualTo(site.resolve("articles/notes/slack.md"));
        place[0].relink();
        assertThat(place[0].shown(doc)).isEqualTo("articles/something-else.md");

        place[0].detach(doc);
        assertThat(doc.links().rule("blog_url"))
                .as("after the first save the URL is the writer's")
                .isEmpty();
    }

    @Test
    void aHugoSitesFileAndUrlFollowItsSlugFieldWhichFollowsTheTitle() throws Exception {
        Path site = samples.resolve("hugo-site");
        FirstSavePlace[] place = new FirstSavePlace[1];
        ArticleDocument doc = started(site, place);
        doc.setValue("title", "Ein Straßenfest");
        assertThat(doc.article().requireFrontMatter().text("slug")).isEqualTo("ein-strassenfest");
        assertThat(place[0].shown(doc)).endsWith("ein-strassenfest.md");
        doc.setValue("slug", "fest");
        doc.setValue("title", "Ein Straßenfest im Mai");
        assertThat(doc.article().requireFrontMatter().text("slug")).isEqualTo("fest");
        assertThat(place[0].shown(doc)).endsWith("fest.md");
    }
}
