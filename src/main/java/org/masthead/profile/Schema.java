package org.masthead.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.link.LinkRule;
import org.masthead.yaml.ScalarType;

/** The fields a site's articles carry, in the order they are written, and which of them derive from others. */
public record Schema(String name, List<FieldSpec> fields, String defaultDateFormat, List<LinkRule> links) {

    public Schema {
        fields = List.copyOf(fields);
        links = List.copyOf(links);
    }

    public Schema(String name, List<FieldSpec> fields, String defaultDateFormat) {
        this(name, fields, defaultDateFormat, List.of());
    }

    /** This schema with link rules replaced by target; a null expression drops that target's rule. */
    public Schema withLinks(Map<String, LinkRule> changes) {
        List<LinkRule> out = new ArrayList<>();
        for (LinkRule r : links) if (!changes.containsKey(r.target())) out.add(r);
        for (LinkRule r : changes.values()) if (r != null) out.add(r);
        return new Schema(name, fields, defaultDateFormat, out);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The first field with this role. */
    public Optional<FieldSpec> fieldFor(FieldRole role) {
        return fields.stream().filter(f -> f.role() == role).findFirst();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (FieldSpec f : fields) keys.add(f.key());
        return keys;
    }

    /** The YAML type each scalar field's values should read as, so an edit knows when to quote 2024 or true. */
    public Map<String, ScalarType> scalarTypes() {
        Map<String, ScalarType> types = new HashMap<>();
        for (FieldSpec f : fields) {
            switch (f.type()) {
                case LIST -> {}
                case BOOLEAN -> types.put(f.key(), ScalarType.BOOL);
                case DATE -> types.put(f.key(), ScalarType.DATE);
                default -> types.put(f.key(), ScalarType.TEXT);
            }
        }
        return types;
    }

    /** This schema with the given fields added, or replacing those of the same key. */
    public Schema merge(String newName, List<FieldSpec> extra) {
        List<FieldSpec> merged = new ArrayList<>(fields);
        for (FieldSpec f : extra) {
            int i = keys().indexOf(f.key());
            if (i >= 0) merged.set(i, f);
            else merged.add(f);
        }
        return new Schema(newName, merged, defaultDateFormat, links);
    }
}
