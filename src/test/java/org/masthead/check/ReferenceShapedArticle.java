package org.masthead.check;

/**
 * An article shaped exactly like the first site's reference article: the same keys in the same
 * order, two-space indentation, twitter_des on the line after its key, and texts of the same
 * lengths (title and twitter_tittle 70 characters, des and twitter_des 219), in words of our own.
 */
final class ReferenceShapedArticle {
    private ReferenceShapedArticle() {}

    static final String TITLE = "A harbour town bets its future on tidal power and its old fleet agrees";
    static final String DES =
            "Learn how a small harbour town, long dependent on its fishing fleet, is betting on tidal "
                    + "turbines, new training for its young engineers, and a community-owned grid that could "
                    + "keep the lights on "
                    + "through the winter storm.";
    static final String LEAD = "The turbines arrived on a flat grey morning, towed past the harbour wall by two tugs.";

    static final String TEXT = "---\n"
            + "  title: \"" + TITLE + "\"\n"
            + "  blog_url: \"https://harbournotes.example/articles/tidal-power-town\"\n"
            + "  img_alt: \"Low sun over a calm sea, with wooden groyne posts standing in the sand\"\n"
            + "  des: \"" + DES + "\"\n"
            + "  twitter_des:\n"
            + "    \"" + DES + "\"\n"
            + "  twitter_tittle: \"" + TITLE + "\"\n"
            + "  header_title: \"" + TITLE + "\"\n"
            + "  page_date: \"Dec 8, 2024\"\n"
            + "  page_first_p: \"" + LEAD + "\"\n"
            + "  figure_author: \"Harbour Notes\"\n"
            + "  figure_author_url: \"https://harbournotes.example/about\"\n"
            + "  figure_license: \"CC BY 4.0\"\n"
            + "  figure_license_url: \"https://creativecommons.org/licenses/by/4.0//\"\n"
            + "  page_image_src_rel: \"/images/posts_img/tide-tables.webp\"\n"
            + "  img_url_full: \"https://harbournotes.example/images/posts_img/tide-tables.webp\"\n"
            + "  figure_p: \"Low sun over a calm sea, with wooden groyne posts standing in the sand\"\n"
            + "---\n\n"
            + LEAD + "\n\nA second paragraph.\n";
}
