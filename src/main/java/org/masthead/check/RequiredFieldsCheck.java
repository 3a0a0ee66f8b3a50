package org.masthead.check;

import org.masthead.profile.FieldSpec;
import org.masthead.yaml.YamlValue;

/** Required keys must be present and not empty. */
final class RequiredFieldsCheck implements ArticleCheck {
    @Override
    public void check(CheckContext ctx) {
        for (FieldSpec f : ctx.schema().fields()) {
            if (!f.required()) continue;
            var value = ctx.frontMatter().value(f.key());
            if (value.isEmpty()) {
                ctx.atKey(Severity.ERROR, f.key(), "required key '" + f.key() + "' (" + f.label() + ") is missing");
            } else if (YamlValue.isBlank(value.get()) && !DerivedValuesCheck.coversEmpty(f.role(), ctx)) {
                ctx.atKeyName(Severity.ERROR, f.key(), f.label() + " is empty");
            }
        }
    }
}
