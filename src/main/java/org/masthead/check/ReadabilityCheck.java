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
        for (Readability.Span s : r.longSentences()) {
            ctx.atBodyRange(
                    Severity.TIP,
                    s.start(),
                    s.end() - s.start(),
                    Finding.READABILITY,
                    "a sentence of " + s.words() + " words (over " + Readability.LONG_SENTENCE
                            + " is hard to follow; split it?)");
        }
        for (Readability.Span s : r.longParagraphs()) {
            ctx.atBodyRange(
                    Severity.TIP,
                    s.start(),
                    s.end() - s.start(),
                    Finding.READABILITY,
                    "a paragraph of " + s.words() + " words (over " + Readability.LONG_PARAGRAPH
                            + " reads as a wall of text on a phone)");
        }
        if (r.ease().isPresent() && r.ease().getAsDouble() < HARD && r.words() >= 100) {
            ctx.atBodyLine(
                    Severity.TIP,
                    0,
                    1,
                    Finding.READABILITY,
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
        if (words < w.minWords()) {
            ctx.atBodyLine(
                    Severity.TIP,
                    0,
                    1,
                    Finding.READABILITY,
                    words + " words, under the site's target of " + w.minWords());
        } else if (w.maxWords() > 0 && words > w.maxWords()) {
            ctx.atBodyLine(
                    Severity.TIP,
                    0,
                    1,
                    Finding.READABILITY,
                    words + " words, over the site's target of " + w.maxWords());
        }
    }
}
