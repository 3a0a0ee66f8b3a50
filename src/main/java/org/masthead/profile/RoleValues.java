package org.masthead.profile;

import java.util.List;
import java.util.Optional;

import org.masthead.article.FrontMatter;
import org.masthead.yaml.YamlValue;

/** An article's values looked up by role through its schema, trimmed; empty when absent. */
public final class RoleValues {
    private final FrontMatter frontMatter;
    private final Schema schema;

    public RoleValues(FrontMatter frontMatter, Schema schema) {
        this.frontMatter = frontMatter;
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The key that carries the role in this schema. */
    public Optional<String> keyFor(FieldRole role) {
        return schema.fieldFor(role).map(FieldSpec::key);
    }

    public String get(FieldRole role) {
        return keyFor(role).map(k -> frontMatter.text(k).strip()).orElse("");
    }

    /** The first non-empty value among the roles, in order. */
    public String first(FieldRole... roles) {
        for (FieldRole r : roles) {
            String v = get(r);
            if (!v.isEmpty()) return v;
        }
        return "";
    }

    public List<String> list(FieldRole role) {
        Optional<YamlValue> v = keyFor(role).flatMap(frontMatter::value);
        if (v.isEmpty()) return List.of();
        if (v.get() instanceof YamlValue.Sequence s)
            return s.texts().stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
        String t = v.get().asText().strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s*,\\s*"));
    }
}
