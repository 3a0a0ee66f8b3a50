package org.masthead.render;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies nested deeper than the parser's stack allows render as plain text with a finding, never a crash. */
class DeepNestingTest {
    static final int DEEP = 2_000;

    static Stream<Arguments> tooDeep() {
        return Stream.of(
                Arguments.of("block quotes", ">".repeat(10_000) + " deep\n"),
                Arguments.of("spaced quotes", "> ".repeat(DEEP) + "deep\n"),
                Arguments.of("indented list", indentedList("- ", 2, DEEP)),
                Arguments.of("ordered list", indentedList("1. ", 3, DEEP)),
                Arguments.of("list in quote in list", "- > ".repeat(DEEP / 2) + "x\n"),
                Arguments.of("tab-indented list", tabList(DEEP)),
                Arguments.of("stars on one line", "* ".repeat(DEEP) + "x\n"));
    }

    static String indentedList(String marker, int width, int depth) {
        StringBuilder sb = new StringBuilder("Intro.\n\n");
        for (int i = 0; i < depth; i++)
            sb.append(" ".repeat(i * width))
                    .append(marker)
                    .append("item ")
                    .append(i)
                    .append('\n');
        return sb.toString();
    }

    static String tabList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("\t".repeat(i)).append("- item\n");
        return sb.toString();
    }

    private static Article article(String body) {
        return Article.of(Path.of("/site/deep.md"), "---\ntitle: Deep\n---\n" + body, false);
    }

    /** Runs on a thread with a small stack (512 KB), so the test does not depend on the JVM's default. */
    private static <T> T onSmallStack(Supplier<T> work) {
        return DeepStack.onStack("small-stack", 512 * 1024, work);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeep")
    void tooDeepRendersAsPlainTextWithAFinding(String name, String body) throws Exception {
        Article a = article(body);
        SiteProfile profile = SiteProfile.defaults(Path.of("/site"));
        String html = onSmallStack(() -> ArticleRenderer.render(a, profile, PageOptions.publish(f -> "x", ""))
                .html());
        assertThat(html).contains("<pre").contains("deep".equals(name) ? "deep" : "</pre>");
        String preview = onSmallStack(
                () -> ArticleRenderer.render(a, profile, PageOptions.preview(f -> "x", new IncrementalChunks()))
                        .html());
        assertThat(preview).contains("<pre");
        List<Finding> findings = onSmallStack(() -> ArticleChecker.check(a, profile));
        assertThat(findings).anyMatch(f -> f.message().contains("nested more than " + NestingGuard.MAX_DEPTH));
        assertThat(onSmallStack(() -> PlainText.firstParagraph(a.body()))).isNotNull();
    }

    @Test
    void nestingAtTheLimitIsStillMarkdownOnASmallStack() throws Exception {
        int max = NestingGuard.MAX_DEPTH;
        for (String body :
                List.of(">".repeat(max) + " q\n", indentedList("- ", 2, max - 1), "- > ".repeat(max / 2) + "x\n")) {
            Article a = article(body);
            assertThat(NestingGuard.firstTooDeepLine(body)).isEqualTo(-1);
            String html = onSmallStack(() -> ArticleRenderer.render(
                            a, SiteProfile.defaults(Path.of("/site")), PageOptions.publish(f -> "x", ""))
                    .html());
            assertThat(html).doesNotContain("<pre").containsAnyOf("<blockquote", "<ul");
        }
    }

    @Test
    void theFindingNamesTheFirstLineTooDeep() {
        String body = "Fine.\n\n" + ">".repeat(NestingGuard.MAX_DEPTH + 1) + " here\n";
        assertThat(NestingGuard.firstTooDeepLine(body)).isEqualTo(2);
        List<Finding> f = ArticleChecker.check(article(body), SiteProfile.defaults(Path.of("/site")));
        assertThat(f).anyMatch(x -> x.line() == 6 && x.message().contains("nested"));
    }

    @Test
    void backticksInATooDeepBodyCannotCloseItsBlock() {
        String body = ">".repeat(100) + " ````` not a fence\n```\n<script>x</script>\n";
        String html = MarkdownRenderer.get().render(body, 1, s -> s, false);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
