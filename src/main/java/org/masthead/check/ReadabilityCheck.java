package org.masthead.check;

import java.util.Locale;

import org.masthead.profile.WritingRules;
import org.masthead.spell.SpellLanguage;
import org.masthead.text.TextStats;

/**
 * Tips for prose that is hard to read: sentences over {@value Readability#LONG_SENTENCE} words,
 * paragraphs over {@value Readability#LONG_PARAGRAPH}, a reading ease under 30 (the Flesch scale's
 * "very difficult"), and a word count outside the site's target.
 */
final class ReadabilityCheck implements ArticleCheck {
    static final double HARD = 30;

    @Override
    public void check(CheckContext ctx) {
        String tag =
                SpellLanguage.of(ctx.profile(), ctx.frontMatter(), Locale.ROOT).tag();
        Readability.Result r = Readability.of(ctx.body(), tag);
        ctx.setReadability(r);
        for (Readability.Span s : r.longSentences())
            tip(
                    ctx,
                    s,
                    "a sentence of " + s.words() + " words (over " + Readability.LONG_SENTENCE
                            + " is hard to follow; split it?)");
        for (Readability.Span s : r.longParagraphs())
            tip(
                    ctx,
                    s,
                    "a paragraph of " + s.words() + " words (over " + Readability.LONG_PARAGRAPH
                            + " reads as a wall of text on a phone)");
        if (r.ease().isPresent() && r.ease().getAsDouble() < HARD && r.words() >= 100) {
            tip(
                    ctx,
                    String.format(
                            Locale.ROOT,
                            "%s is %.0f, under %.0f (very difficult): shorter sentences and words read easier",
                            r.formula(),
                            r.ease().getAsDouble(),
                            HARD));
        }
        WritingRules w = ctx.profile().writing();
        if (!w.hasTarget()) return;
        int words = TextStats.of(ctx.article().body()).words();
        if (words < w.minWords()) tip(ctx, words + " words, under the site's target of " + w.minWords());
        else if (w.maxWords() > 0 && words > w.maxWords())
            tip(ctx, words + " words, over the site's target of " + w.maxWords());
    }

    /** A tip about a stretch of the body, selected when the writer goes to it. */
    private static void tip(CheckContext ctx, Readability.Span s, String message) {
        ctx.atBodyRange(Severity.TIP, s.start(), s.end() - s.start(), Finding.READABILITY, message);
    }

    /** A tip about the whole body, placed at its first line. */
    private static void tip(CheckContext ctx, String message) {
        ctx.atBodyLine(Severity.TIP, 0, 1, Finding.READABILITY, message);
    }
}
