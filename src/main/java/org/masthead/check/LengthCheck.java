package org.masthead.check;

import org.masthead.profile.FieldSpec;

/** Texts past the length where platforms cut them. */
final class LengthCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        for (FieldSpec f : ctx.schema().fields()) {
            int limit = ctx.profile().limit(f);
            if (limit <= 0) continue;
            String v = ctx.text(f.key());
            int length = v.codePointCount(0, v.length());
            if (length > limit) {
                ctx.atKey(
                        Severity.WARNING,
                        f.key(),
                        f.label() + " is " + length + " characters, over the limit of " + limit + where(f) + " ("
                                + (length - limit) + " too many)");
            }
        }
    }

    private static String where(FieldSpec f) {
        return switch (f.role()) {
            case PAGE_TITLE -> "; search results cut it";
            case DESCRIPTION -> "; search results cut it";
            case SOCIAL_TITLE, SOCIAL_DESCRIPTION -> "; X cuts it";
            case IMAGE_ALT -> "; X cuts the alt text";
            default -> "";
        };
    }
}
