package org.masthead.cli;

import java.util.ArrayList;
import java.util.List;

import org.masthead.article.FrontMatter;
import org.masthead.yaml.YamlValue;

/**
 * {@code set} and {@code new --set} edit top-level keys only. A new key such as {@code author.name} while the header
 * has a key {@code author} looks like a nested edit but would add a top-level key named
 * "author.name", so it is refused; a dotted key that already exists, or whose parts name no
 * key, is taken as written.
 */
final class DottedKey {
    private DottedKey() {}

    /** Why {@code command} ("set") refuses one of these keys, or null when it takes them all. */
    static String refusal(FrontMatter fm, List<String> assignments, List<String> unset, String command) {
        List<String> keys = new ArrayList<>();
        for (String a : assignments) keys.add(a.substring(0, a.indexOf('=')));
        keys.addAll(unset);
        for (String key : keys) {
            if (key.indexOf('.') < 0 || fm.has(key)) continue;
            for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
                String prefix = key.substring(0, dot);
                if (!fm.has(prefix)) continue;
                String what = fm.value(prefix).orElse(null) instanceof YamlValue.Mapping ? "a map" : "a value";
                return "no top-level key '" + key + "': '" + prefix + "' is " + what
                        + ", and " + command + " changes top-level keys only (it would add a key named '" + key
                        + "'); edit '" + prefix + "' in the file or the window";
            }
        }
        return null;
    }
}
