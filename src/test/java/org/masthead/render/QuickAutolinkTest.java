package org.masthead.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick autolink finds exactly what flexmark's own extension finds. */
class QuickAutolinkTest {
    private static String html(Extension autolink, String markdown) {
        MutableDataSet o = new MutableDataSet();
        List<Extension> ext = List.of(TablesExtension.create(), StrikethroughExtension.create(), autolink);
        o.set(Parser.EXTENSIONS, ext);
        return HtmlRenderer.builder(o).build().render(Parser.builder(o).build().parse(markdown));
    }

    private static void same(String markdown) {
        assertThat(html(QuickAutolink.create(), markdown))
                .as(markdown)
                .isEqualTo(html(AutolinkExtension.create(), markdown));
    }

    @Test
    void randomTextWithLinksAddressesAndMarkupRendersAlike() {
        String[] tokens = {
            "tide ",
            "Harbour",
            " ",
            "\n",
            "\n\n",
            "*",
            "**",
            "_",
            "`",
            "\\",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "http",
            "https",
            "://",
            ":",
            "ftp",
            "mailto:",
            "www",
            "WWW",
            ".",
            "example",
            ".org",
            "/path",
            "?q=1",
            "#x",
            "@",
            "ann@harbour.example",
            "www.harbour.example",
            "https://harbour.example/a_b",
            "&amp;",
            "~~",
            "|",
            "- ",
            "1. ",
            "> ",
            "    ",
            "é",
            "3",
            "'",
            "\"",
            ",",
            ";"
        };
        Random r = new Random(23);
        for (int n = 0; n < 6_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(30);
            for (int i = 0; i < parts; i++) sb.append(tokens[r.nextInt(tokens.length)]);
            same(sb.toString());
        }
    }

    @Test
    void theSamplesRenderAlike() throws Exception {
        for (Path md : Samples.articles()) same(Files.readString(md));
        same("See www.harbour.example, write to ann@harbour.example or go to https://harbour.example/x.\n");
        same("No link here: just prose, a colon and an at sign @ alone.\n");
    }

    @Test
    void onlyTextWithAColonAnAtSignOrWwwDotIsAsked() {
        assertThat(QuickAutolink.mayHoldLink("plain words, and a full stop.")).isFalse();
        assertThat(QuickAutolink.mayHoldLink("see www.example")).isTrue();
        assertThat(QuickAutolink.mayHoldLink("see WwW.example")).isTrue();
        assertThat(QuickAutolink.mayHoldLink("a@b")).isTrue();
        assertThat(QuickAutolink.mayHoldLink("x: y")).isTrue();
        assertThat(QuickAutolink.mayHoldLink("ww.")).isFalse();
    }
}
