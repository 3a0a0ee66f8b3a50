package org.masthead.yaml;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** What a plain (unquoted) scalar reads as: site generators see a number, a boolean or a date, not text. */
public enum ScalarType {
    TEXT,
    INT,
    FLOAT,
    BOOL,
    DATE,
    NULL;

    private static final Resolver RESOLVER = new Resolver();

    /** How {@code text} reads when written plain. */
    public static ScalarType ofPlain(String text) {
        return of(RESOLVER.resolve(NodeId.scalar, text, true));
    }

    public static ScalarType of(Tag tag) {
        if (Tag.INT.equals(tag)) return INT;
        if (Tag.FLOAT.equals(tag)) return FLOAT;
        if (Tag.BOOL.equals(tag)) return BOOL;
        if (Tag.TIMESTAMP.equals(tag)) return DATE;
        if (Tag.NULL.equals(tag)) return NULL;
        return TEXT;
    }

    /** The types a value may take without a schema saying otherwise: what writers mean when they leave it plain. */
    public boolean isCommonPlainType() {
        return this == INT || this == BOOL || this == DATE;
    }
}
