package org.masthead.yaml;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a string as a YAML scalar, keeping the style the writer chose where that style can hold the
 * new value and falling back to a correct one where it cannot. Unicode stays readable: only what
 * YAML cannot hold raw is escaped.
 */
public final class ScalarWriter {
    private static final Resolver RESOLVER = new Resolver();

    private ScalarWriter() {}

    /**
     * @param value       the new value
     * @param preferred   the style to keep if it can hold the value
     * @param oldTag      the tag the old plain value resolved to (a plain date may stay a plain date); may be null
     * @param blockIndent indentation of block scalar content lines (two more than the key's)
     * @param lineBreak   the document's line break
     */
    public static String write(String value, ScalarStyle preferred, Tag oldTag, String blockIndent, String lineBreak) {
        switch (preferred) {
            case PLAIN:
                if (canBePlain(value, oldTag, false)) return value;
                break;
            case SINGLE_QUOTED:
                if (canBeSingleQuoted(value)) return singleQuoted(value);
                break;
            case LITERAL:
            case FOLDED:
                String block = MultiLineScalars.block(
                        value, preferred, blockIndent, Math.max(0, blockIndent.length() - 2), lineBreak, 0);
                if (block != null) return block;
                break;
            default:
                break;
        }
        return doubleQuoted(value);
    }

    /** A scalar inside a flow list ({@code [a, b]}): plain where possible, else double-quoted. */
    public static String writeFlowItem(String value, ScalarStyle preferred) {
        if (preferred == ScalarStyle.SINGLE_QUOTED && canBeSingleQuoted(value)) return singleQuoted(value);
        if (preferred != ScalarStyle.DOUBLE_QUOTED && canBePlain(value, null, true)) return value;
        return doubleQuoted(value);
    }

    /** Writes a key; keys are almost always plain. */
    public static String writeKey(String key) {
        return canBePlain(key, null, false) ? key : doubleQuoted(key);
    }

    public static boolean canBePlain(String v, Tag oldTag, boolean inFlow) {
        if (!canBePlainSyntax(v, inFlow)) return false;
        Tag resolved = RESOLVER.resolve(NodeId.scalar, v, true);
        // A plain value must read back as the same kind: text stays text, a date may stay a date.
        return Tag.STR.equals(resolved) || (oldTag != null && !Tag.NULL.equals(oldTag) && oldTag.equals(resolved));
    }

    /** Whether YAML would read {@code v} written plain as exactly {@code v} (of whatever type). */
    public static boolean canBePlainSyntax(String v, boolean inFlow) {
        if (v.isEmpty()) return false;
        if (!allPrintable(v) || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\t') >= 0) return false;
        if (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ') return false;
        // '-', '?' and ':' start a plain scalar when a non-blank follows ("-help.xml"); the others never do.
        boolean indicatorThenText = v.length() > 1
                && "-?:".indexOf(v.charAt(0)) >= 0
                && v.charAt(1) != ' '
                && (!inFlow || v.charAt(0) == '-')
                && ",[]{}".indexOf(v.charAt(1)) < 0;
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0 && !indicatorThenText) return false;
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":")) return false;
        if (inFlow
                && (v.indexOf(',') >= 0
                        || v.indexOf('[') >= 0
                        || v.indexOf(']') >= 0
                        || v.indexOf('{') >= 0
                        || v.indexOf('}') >= 0
                        || v.indexOf(':') >= 0)) return false;
        return true;
    }

    static boolean canBeSingleQuoted(String v) {
        return allPrintable(v) && v.indexOf('\n') < 0 && v.indexOf('\r') < 0;
    }

    static String singleQuoted(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    public static String doubleQuoted(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                case 0x85 -> sb.append("\\N");
                case 0x2028 -> sb.append("\\L");
                case 0x2029 -> sb.append("\\P");
                default -> {
                    if (isPrintable(cp)) sb.appendCodePoint(cp);
                    else if (cp <= 0xFF) sb.append(String.format("\\x%02X", cp));
                    else if (cp <= 0xFFFF) sb.append(String.format("\\u%04X", cp));
                    else sb.append(String.format("\\U%08X", cp));
                }
            }
        }
        return sb.append('"').toString();
    }

    static boolean allPrintable(String v) {
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') continue;
            if (!isPrintable(cp)) return false;
        }
        return true;
    }

    /** YAML's printable set, without the line breaks and tab (handled by callers) and the BOM. */
    static boolean isPrintable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
