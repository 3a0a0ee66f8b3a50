package org.masthead.cli;

import java.util.List;

import org.masthead.check.Finding;

/** Findings as a JSON array, one object per finding. */
final class JsonFindings {
    private JsonFindings() {}

    static String write(List<CheckCommand.FileFindings> files) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (CheckCommand.FileFindings ff : files) {
            for (Finding f : ff.findings()) {
                sb.append(first ? "\n  " : ",\n  ");
                first = false;
                sb.append("{\"file\": ").append(string(ff.file().toString()))
                  .append(", \"line\": ").append(f.line())
                  .append(", \"column\": ").append(f.column())
                  .append(", \"severity\": ").append(string(f.severity().label()))
                  .append(", \"key\": ").append(f.key() == null ? "null" : string(f.key()))
                  .append(", \"message\": ").append(string(f.message())).append('}');
            }
        }
        return sb.append(first ? "]" : "\n]").toString();
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
