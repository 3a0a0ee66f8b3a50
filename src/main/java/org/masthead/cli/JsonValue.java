package org.masthead.cli;

import java.util.Map;

import org.masthead.text.JsonText;
import org.masthead.yaml.YamlValue;

/** A front-matter value as JSON on one line: scalars as the strings YAML reads, null as null. */
final class JsonValue {
    private JsonValue() {}

    static String write(YamlValue value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(YamlValue value, StringBuilder sb) {
        if (value instanceof YamlValue.Scalar s) {
            sb.append(s.isNull() ? "null" : JsonText.quote(s.text()));
        } else if (value instanceof YamlValue.Sequence seq) {
            sb.append('[');
            for (int i = 0; i < seq.items().size(); i++) {
                if (i > 0) sb.append(", ");
                write(seq.items().get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, YamlValue> e :
                    ((YamlValue.Mapping) value).entries().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(JsonText.quote(e.getKey())).append(": ");
                write(e.getValue(), sb);
            }
            sb.append('}');
        }
    }
}
