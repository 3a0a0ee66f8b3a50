package org.masthead.check;

import java.util.Optional;

import org.masthead.export.PageMetadata;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;

/**
 * X's large card has shown no description since October 2023 (the image, the title over it, the
 * domain under it), while the summary card still shows it beside a square thumbnail. A description
 * written for X alone (not the page's own, copied) is then text nobody sees on X: a tip says so.
 */
final class XCardCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        Optional<FieldSpec> field = ctx.field(FieldRole.SOCIAL_DESCRIPTION);
        if (field.isEmpty()) return;
        String written = ctx.text(field.get().key());
        if (written.isEmpty() || written.equals(ctx.values().get(FieldRole.DESCRIPTION))) return;
        if (!PageMetadata.of(ctx.article(), ctx.profile()).twitterCard().equals("summary_large_image")) return;
        ctx.atKey(
                Finding.X_CARD,
                Severity.TIP,
                field.get().key(),
                field.get().label() + " is not shown on X: its large card (summary_large_image) shows the image "
                        + "with the title over it and no description since October 2023; "
                        + "'twitter_card: summary' in masthead.yml shows it beside a square thumbnail");
    }
}
