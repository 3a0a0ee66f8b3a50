package org.masthead.article;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers and bodies that an editor must carry through untouched. */
final class TrickyHeaders {
    private TrickyHeaders() {}

    static final String REFERENCE_SHAPE =
            """
            ---
              title: "A lighthouse keeper's ledger, read two centuries later"
              blog_url: "https://harbournotes.example/articles/lighthouse-ledger"
              img_alt: "An open ledger on a wooden desk beside a brass lamp"
              des: "What the nightly entries of a nineteenth-century keeper tell us about weather, ships and solitude."
              twitter_des:
                "What the nightly entries of a nineteenth-century keeper tell us about weather, ships and solitude."
              twitter_tittle: "A lighthouse keeper's ledger, read two centuries later"
              header_title: "A lighthouse keeper's ledger, read two centuries later"
              page_date: "Mar 3, 2025"
              page_first_p: "The ledger arrived in a shoebox."
              figure_author: "Harbour Notes"
              figure_author_url: "https://harbournotes.example/about"
              figure_license: "CC BY 4.0"
              figure_license_url: "https://creativecommons.org/licenses/by/4.0/"
              page_image_src_rel: "/images/ledger.webp"
              img_url_full: "https://harbournotes.example/images/ledger.webp"
              figure_p: "An open ledger on a wooden desk beside a brass lamp"
            ---

            The ledger arrived in a shoebox.

            Second paragraph.
            """;

    static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reference shape", REFERENCE_SHAPE);
        m.put(
                "comments and blank lines",
                """
                ---
                # The site's header
                title: Plain title   # trailing comment

                # a comment between keys
                date: 2024-05-01
                draft: false
                ---
                Body
                """);
        m.put(
                "block scalars",
                """
                ---
                title: 'Single quoted, it''s fine'
                summary: |
                  First line
                  Second line

                  After a blank line
                lead: >-
                  Folded text that
                  goes on
                keep: |+
                  kept

                tail: end
                ---
                Body text
                """);
        m.put(
                "flow lists and nested maps",
                """
                ---
                tags: [alpha, "beta gamma", 'delta']
                authors:
                  - name: Ada
                    url: https://example.org/ada
                  - name: Lin
                seo:
                  robots: noindex
                  nested: {a: 1, b: [x, y]}
                ---
                Body
                """);
        m.put(
                "anchors and aliases",
                """
                ---
                base: &base
                  colour: blue
                  size: 3
                copy: *base
                name: &n Shared
                again: *n
                ---
                Body
                """);
        m.put("crlf and bom", "\uFEFF---\r\ntitle: \"Windows\"\r\ndes: Text\r\n---\r\nBody line\r\n\r\nMore\r\n");
        m.put("no final newline", "---\ntitle: Last\n---\nNo newline at the end");
        m.put("no front matter", "# Just Markdown\n\nNo header here.\n");
        m.put(
                "dashes in the body",
                """
                ---
                title: Rules
                ---
                Setext heading
                --------------

                ---

                Text between rules.
                ---
                """);
        m.put("closed by dots", "---\ntitle: Dots\n...\nBody\n");
        m.put(
                "cjk and emoji",
                """
                ---
                title: "東京の夜 🌃 and café"
                des: 漢字とかな 😀 mixed
                emoji_key_😀: "value 👍"
                ---
                本文 🎉
                """);
        m.put("empty values", "---\ntitle:\ndes: # nothing yet\nslug: ~\n---\nBody\n");
        m.put("value on next line, deeper indent", "---\n  a:\n    \"next line\"\n  b:   spaced   \n---\n");
        return m;
    }
}
