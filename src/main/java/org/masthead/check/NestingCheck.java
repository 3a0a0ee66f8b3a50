package org.masthead.check;

import org.masthead.render.NestingGuard;

/** A body nested past what the Markdown parser takes is shown as plain text: say so, and where. */
final class NestingCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        int line = NestingGuard.firstTooDeepLine(ctx.article().body());
        if (line >= 0) {
            ctx.atBodyLine(
                    Severity.ERROR,
                    line,
                    1,
                    "block quotes or lists nested more than " + NestingGuard.MAX_DEPTH
                            + " levels deep: the body is shown and exported as plain text until the nesting "
                            + "is reduced");
        }
    }
}
