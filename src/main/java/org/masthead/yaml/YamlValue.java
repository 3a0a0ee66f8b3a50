package org.masthead.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A front-matter value as text, never as a constructed Java object: scalars keep the exact string
 * YAML reads (a date stays "Dec 8, 2024"), so nothing is converted and nothing can be lost.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    /** The value as one line of text: scalars as they are, lists joined with ", ". */
    String asText();

    record Scalar(String text, boolean isNull) implements YamlValue {
        @Override
        public String asText() {
            return isNull ? "" : text;
        }
    }

    record Sequence(List<YamlValue> items) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String asText() {
            List<String> parts = new ArrayList<>();
            for (YamlValue v : items) parts.add(v.asText());
            return String.join(", ", parts);
        }
        /** Items that are scalars, as strings (the shape of a tag list). */
        public List<String> texts() {
            List<String> out = new ArrayList<>();
            for (YamlValue v : items) out.add(v.asText());
            return out;
        }
    }

    record Mapping(Map<String, YamlValue> entries) implements YamlValue {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String asText() {
            StringBuilder sb = new StringBuilder();
            entries.forEach((k, v) -> {
                if (sb.length() > 0) sb.append(", ");
                sb.append(k).append(": ").append(v.asText());
            });
            return sb.toString();
        }
    }

    /** True for a missing, null or blank scalar value. */
    static boolean isBlank(YamlValue v) {
        return v == null || (v instanceof Scalar s && (s.isNull() || s.text().isBlank()));
    }
}
