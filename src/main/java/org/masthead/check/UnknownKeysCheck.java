package org.masthead.check;

/** Keys no schema knows are kept as they are; the writer is told, in case of a typo. */
final class UnknownKeysCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        for (String key : ctx.frontMatter().keys()) {
            if (ctx.schema().field(key).isEmpty()) {
                ctx.atKeyName(
                        Severity.TIP,
                        key,
                        "unknown key '" + key + "' for the " + ctx.schema().name() + " schema; it is kept as it is");
            }
        }
    }
}
