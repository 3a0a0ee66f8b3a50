package org.masthead.profile;

import java.util.Locale;

/** What kind of value a field holds; the form picks its control from this. */
public enum FieldType {
    TEXT,
    MULTILINE,
    URL,
    DATE,
    LICENSE,
    IMAGE_PATH,
    LIST,
    BOOLEAN;

    public static FieldType parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
