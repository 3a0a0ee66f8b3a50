package org.masthead.yaml;

import org.yaml.snakeyaml.DumperOptions;

/** How a scalar is written in the source. */
public enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED;

    public static ScalarStyle of(DumperOptions.ScalarStyle s) {
        return switch (s) {
            case PLAIN -> PLAIN;
            case SINGLE_QUOTED -> SINGLE_QUOTED;
            case DOUBLE_QUOTED -> DOUBLE_QUOTED;
            case LITERAL -> LITERAL;
            case FOLDED -> FOLDED;
            case JSON_SCALAR_STYLE -> DOUBLE_QUOTED;
        };
    }

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
