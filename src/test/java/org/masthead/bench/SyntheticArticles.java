package org.masthead.bench;

import java.util.Random;

/** Deterministic Markdown articles of a chosen size, with the block kinds real articles have. */
public final class SyntheticArticles {
    private static final String[] WORDS = ("harbour tide lamp shelf ledger bread market walk coast library card "
                    + "winter light stall river bridge map north quiet morning paper ink window garden road field")
            .split(" ");

    private SyntheticArticles() {}

    public static String header(String title) {
        return "---\n"
                + "  title: \"" + title + "\"\n"
                + "  blog_url: \"https://bench.example/articles/"
                + title.toLowerCase().replace(' ', '-') + "\"\n"
                + "  img_alt: \"A generated test picture\"\n"
                + "  des: \"A generated article used to measure Masthead.\"\n"
                + "  twitter_des:\n    \"A generated article used to measure Masthead.\"\n"
                + "  twitter_tittle: \"" + title + "\"\n"
                + "  header_title: \"" + title + "\"\n"
                + "  page_date: \"Mar 14, 2025\"\n"
                + "  page_first_p: \"Lead.\"\n"
                + "  page_image_src_rel: \"/images/bench.png\"\n"
                + "  img_url_full: \"https://bench.example/images/bench.png\"\n"
                + "---\n\n";
    }

    /** An article whose text is about {@code bytes} long. */
    public static String article(String title, int bytes, long seed) {
        return article(title, bytes, seed, false);
    }

    /** As {@link #article(String, int, long)}, with a footnote in every eighth block when {@code notes}. */
    public static String article(String title, int bytes, long seed, boolean notes) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes + 1024).append(header(title));
        int block = 0;
        while (sb.length() < bytes) {
            switch (block++ % 8) {
                case 0 -> sb.append("## ").append(sentence(r, 4)).append("\n\n");
                case 3 -> {
                    for (int i = 0; i < 4; i++)
                        sb.append("- ").append(sentence(r, 8)).append('\n');
                    sb.append('\n');
                }
                case 5 -> sb.append("| a | b | c |\n|---|---|---|\n| ")
                        .append(word(r))
                        .append(" | ")
                        .append(word(r))
                        .append(" | ")
                        .append(r.nextInt(100))
                        .append(" |\n\n");
                case 6 -> sb.append("```\n").append(sentence(r, 6)).append("\n```\n\n");
                    // A footnote, as articles have: a long body once rendered them in quadratic time.
                case 7 -> {
                    if (notes) footnote(sb, r, block);
                    else paragraph(sb, r);
                }
                default -> paragraph(sb, r);
            }
        }
        return sb.toString();
    }

    private static void footnote(StringBuilder sb, Random r, int n) {
        sb.append(sentence(r, 20))
                .append("[^n")
                .append(n)
                .append("]\n\n[^n")
                .append(n)
                .append("]: ");
        sb.append(sentence(r, 10)).append("\n\n");
    }

    private static void paragraph(StringBuilder sb, Random r) {
        sb.append(sentence(r, 40))
                .append(" A [link](https://bench.example/")
                .append(word(r))
                .append(") with *emphasis* and `code`. ")
                .append(sentence(r, 30))
                .append("\n\n");
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(' ');
            sb.append(word(r));
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.append('.').toString();
    }
}
