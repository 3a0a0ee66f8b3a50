package org.masthead.profile;

/**
 * One field of a schema.
 *
 * @param limit the length (in characters) past which a warning is given; 0 for none
 */
public record FieldSpec(
        String key, String label, String help, FieldType type, FieldRole role, boolean required, int limit) {

    public FieldSpec withLimit(int newLimit) {
        return new FieldSpec(key, label, help, type, role, required, newLimit);
    }
}
