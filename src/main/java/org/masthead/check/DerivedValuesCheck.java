package org.masthead.check;

import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.render.PlainText;
import org.masthead.text.Urls;

/** Values that copy another one and have drifted from it. */
final class DerivedValuesCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        lead(ctx);
        imageUrl(ctx);
        String title = ctx.values().get(FieldRole.PAGE_TITLE);
        if (!title.isEmpty()) {
            emptyWhileTitleSet(ctx, FieldRole.HEADLINE, "the page shows no headline");
            emptyWhileTitleSet(ctx, FieldRole.SOCIAL_TITLE, "X falls back to the page title");
        }
    }

    private static void lead(CheckContext ctx) {
        ctx.field(FieldRole.LEAD).ifPresent(f -> {
            String lead = ctx.text(f.key()).replaceAll("\\s+", " ");
            String first = PlainText.firstParagraph(ctx.body());
            if (!lead.isEmpty() && !first.isEmpty() && !lead.equals(first)) {
                ctx.atKey(Severity.WARNING, f.key(), f.label() + " differs from the body's first paragraph");
            }
        });
    }

    private static void imageUrl(CheckContext ctx) {
        var urlField = ctx.field(FieldRole.IMAGE_URL);
        String path = ctx.values().get(FieldRole.IMAGE_PATH);
        String base = ctx.baseUrl();
        if (urlField.isEmpty() || path.isEmpty() || base.isEmpty() || Urls.isAbsoluteHttp(path)) return;
        String url = ctx.text(urlField.get().key());
        String expected = Urls.join(base, path);
        if (!url.isEmpty() && !url.equals(expected)) {
            ctx.atKey(
                    Severity.WARNING,
                    urlField.get().key(),
                    urlField.get().label() + " is '" + url + "' but base URL + image path gives '" + expected + "'");
        }
    }

    private static void emptyWhileTitleSet(CheckContext ctx, FieldRole role, String consequence) {
        ctx.field(role).ifPresent((FieldSpec f) -> {
            if (ctx.frontMatter().has(f.key()) && ctx.text(f.key()).isEmpty()) {
                ctx.atKeyName(
                        Severity.WARNING, f.key(), f.label() + " is empty while the title is set; " + consequence);
            }
        });
    }

    /** Roles this check reports as empty, so the required-field check leaves them to it. */
    static boolean coversEmpty(FieldRole role, CheckContext ctx) {
        return (role == FieldRole.HEADLINE || role == FieldRole.SOCIAL_TITLE)
                && !ctx.values().get(FieldRole.PAGE_TITLE).isEmpty();
    }
}
