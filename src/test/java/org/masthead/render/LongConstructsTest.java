package org.masthead.render;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Link titles, bracketed destinations and HTML attributes of 150,000 characters: flexmark matches
 * them with regular expressions that recurse per character. They render in full, never overflow.
 */
class LongConstructsTest {
    static final String LONG = "word ".repeat(30_000);

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("unquoted attribute", "text <span title=" + LONG + ">y</span>\n"),
                Arguments.of("bracketed destination", "[a](<http://x" + LONG.replace(' ', 'x') + ">)\n"),
                Arguments.of("link title", "[a](http://x \"" + LONG + "\")\n"),
                Arguments.of("image title", "![a](pic.png '" + LONG + "')\n"),
                Arguments.of("reference title", "[a]\n\n[a]: http://x (" + LONG + ")\n"),
                Arguments.of("quoted attribute in a block", "<div data-x=\"" + LONG + "\">\n\nz\n</div>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void rendersChecksAndPreviewsWithoutOverflow(String name, String body) {
        Article a = Article.of(Path.of("/site/long.md"), "---\ntitle: Long\n---\n" + body, false);
        SiteProfile profile = SiteProfile.defaults(Path.of("/site"));
        String page = ArticleRenderer.render(a, profile, PageOptions.publish(f -> "x", ""))
                .html();
        assertThat(page.length()).isGreaterThan(100_000);
        assertThat(ArticleRenderer.render(a, profile, PageOptions.preview(f -> "x"))
                        .html())
                .contains("<article");
        assertThat(ArticleChecker.check(a, profile)).isNotNull();
    }
}
