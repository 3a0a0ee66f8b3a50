package org.masthead.cli;

import java.util.List;

import org.masthead.site.SiteEntry;
import org.masthead.text.JsonText;

/** The site's entries as a JSON array, one object per article. */
final class SiteJson {
    private SiteJson() {}

    static String write(List<SiteEntry> entries) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            SiteEntry e = entries.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"path\": ")
                    .append(JsonText.quote(e.path().toString()))
                    .append(", \"title\": ")
                    .append(JsonText.quote(e.title()))
                    .append(", \"date\": ")
                    .append(e.date() == null ? "null" : JsonText.quote(e.date().toString()))
                    .append(", \"errors\": ")
                    .append(e.errors())
                    .append(", \"warnings\": ")
                    .append(e.warnings())
                    .append(", \"tips\": ")
                    .append(e.tips())
                    .append(", \"tags\": [");
            for (int t = 0; t < e.tags().size(); t++) {
                sb.append(t == 0 ? "" : ", ").append(JsonText.quote(e.tags().get(t)));
            }
            sb.append("], \"draft\": ")
                    .append(e.draft() == null ? "null" : e.draft().toString())
                    .append(", \"problem\": ")
                    .append(e.problem() == null ? "null" : JsonText.quote(e.problem()))
                    .append('}');
        }
        return sb.append(entries.isEmpty() ? "]" : "\n]").toString();
    }
}
