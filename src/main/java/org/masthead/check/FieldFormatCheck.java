package org.masthead.check;

import org.masthead.profile.DatePattern;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.FieldType;
import org.masthead.text.Urls;

/** URLs must be absolute http(s); dates must be written in the profile's format. */
final class FieldFormatCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        DatePattern dates = ctx.datePattern();
        for (FieldSpec f : ctx.schema().fields()) {
            String v = ctx.text(f.key());
            if (v.isEmpty()) continue;
            if (f.type() == FieldType.URL && !Urls.isAbsoluteHttp(v)) {
                ctx.atKey(Severity.ERROR, f.key(), f.label() + " must be an absolute http(s) URL, not '" + v + "'");
            } else if (f.type() == FieldType.DATE && dates.parse(v).isEmpty()) {
                ctx.atKey(
                        Severity.ERROR,
                        f.key(),
                        "date '" + v + "' is not written like '" + dates.example() + "' (" + dates.pattern() + ")");
            } else if (f.type() == FieldType.BOOLEAN && !v.equals("true") && !v.equals("false")) {
                ctx.atKey(Severity.WARNING, f.key(), f.label() + " should be true or false, not '" + v + "'");
            }
        }
    }
}
