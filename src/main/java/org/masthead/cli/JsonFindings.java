package org.masthead.cli;

import java.util.List;

import org.masthead.check.Finding;
import org.masthead.text.JsonText;

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
                sb.append("{\"file\": ")
                        .append(string(ff.file().toString()))
                        .append(", \"line\": ")
                        .append(f.line())
                        .append(", \"column\": ")
                        .append(f.column())
                        .append(", \"severity\": ")
                        .append(string(f.severity().label()))
                        .append(", \"key\": ")
                        .append(f.key() == null ? "null" : string(f.key()))
                        .append(", \"message\": ")
                        .append(string(f.message()));
                if (f.rule() != null) sb.append(", \"rule\": ").append(string(f.rule()));
                if (f.length() > 0) sb.append(", \"length\": ").append(f.length());
                sb.append('}');
            }
        }
        return sb.append(first ? "]" : "\n]").toString();
    }

    static String string(String s) {
        return JsonText.quote(s);
    }
}
