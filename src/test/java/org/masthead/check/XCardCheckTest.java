package org.masthead.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.profile.ProfileLoader;

import static org.assertj.core.api.Assertions.assertThat;

class XCardCheckTest {
    @TempDir
    Path site;

    private List<Finding> tips(String profile, String twitterDes) throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "schema: article\nbase_url: https://s.example\n" + profile);
        String text = "---\ntitle: T\ndes: \"The page's own summary\"\ntwitter_des: \"" + twitterDes + "\"\n"
                + "page_image_src_rel: /images/a.png\n---\n\nBody.\n";
        Path md = site.resolve("a.md");
        Files.writeString(md, text);
        return ArticleChecker.check(Article.of(md, text, false), ProfileLoader.load(site.resolve("masthead.yml")))
                .stream()
                .filter(f -> Finding.X_CARD.equals(f.rule()))
                .toList();
    }

    @Test
    void aDescriptionWrittenForXAloneIsNamedWhenTheLargeCardHidesIt() throws Exception {
        List<Finding> f = tips("", "Written for X");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.TIP);
            assertThat(x.key()).isEqualTo("twitter_des");
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.message()).contains("not shown on X").contains("twitter_card: summary");
        });
    }

    @Test
    void aCopiedDescriptionOrTheSummaryCardNeedsNoTip() throws Exception {
        assertThat(tips("", "The page's own summary")).isEmpty();
        assertThat(tips("twitter_card: summary\n", "Written for X")).isEmpty();
    }
}
