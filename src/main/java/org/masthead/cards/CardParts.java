package org.masthead.cards;

import java.util.Locale;

import org.masthead.platform.ImageRules;
import org.masthead.render.AssetLinker;
import org.masthead.render.Html;

/** The pieces the cards are made of: title, description, domain, site name, image and its crop. */
final class CardParts {
    private CardParts() {}

    /**
     * The image above the text, or a small square beside it; the crop view, which needs the
     * card's width to show the whole picture, goes below a square.
     */
    static String withImage(Card c, AssetLinker images, String text) {
        return c.image().display() == ImageRules.Display.SMALL
                ? row(c, images, image(c, images), text, true)
                : image(c, images) + crop(c, images) + text;
    }

    /** A square beside the text, on its left or its right, and the crop view below the row. */
    static String row(Card c, AssetLinker images, String square, String text, boolean squareLeft) {
        return "<div class=\"row small\">" + (squareLeft ? square + text : text + square) + "</div>" + crop(c, images);
    }

    /** Whether the card shows its image as a square beside the text: a small image, or none to show. */
    static boolean beside(Card c) {
        return c.image().display() == ImageRules.Display.SMALL || !c.image().shown();
    }

    /** A square beside the text: the image cropped to it, or the placeholder saying why there is none. */
    static String thumb(Card c, AssetLinker images) {
        if (c.image().shown()) return image(c, images);
        return "<div class=\"c-image placeholder boxed\"><span>"
                + Html.text(c.image().placeholder()) + "</span></div>";
    }

    static String title(Card c) {
        String t = c.shownTitle().isEmpty() ? "(no title)" : c.shownTitle();
        return "<div class=\"c-title" + (c.shownTitle().isEmpty() ? " missing" : "") + "\">" + Html.text(t) + "</div>";
    }

    static String desc(Card c) {
        return c.shownDescription().isEmpty()
                ? ""
                : "<div class=\"c-desc\">" + Html.text(c.shownDescription()) + "</div>";
    }

    static String domain(Card c, String prefix) {
        return c.domain().isEmpty() ? "" : "<div class=\"c-domain\">" + Html.text(prefix + c.domain()) + "</div>";
    }

    static String site(Card c) {
        String name = c.siteName().isEmpty() ? c.domain() : c.siteName().value();
        return name.isEmpty() ? "" : "<div class=\"c-site\">" + Html.text(name) + "</div>";
    }

    /** The image as the card shows it, or a placeholder saying why there is none. */
    static String image(Card c, AssetLinker images) {
        CardImage img = c.image();
        double ratio = ratio(c);
        String box = ratio > 0 ? " style=\"padding-top:" + fmt(100 / ratio) + "%\"" : "";
        if (!img.shown()) {
            return "<div class=\"c-image placeholder" + (ratio > 0 ? " boxed" : "") + "\"" + box + "><span>"
                    + Html.text(img.placeholder()) + "</span></div>";
        }
        String src = Html.attr(images.href(img.file().orElseThrow()));
        if (ratio <= 0) return "<div class=\"c-image natural\"><img src=\"" + src + "\" alt=\"\"></div>";
        return "<div class=\"c-image boxed\"" + box + "><img src=\"" + src + "\" alt=\"\"></div>";
    }

    /** The whole picture with a frame around the part the card keeps (shown with "Show crop"). */
    static String crop(Card c, AssetLinker images) {
        CardImage img = c.image();
        if (!img.shown() || ratio(c) <= 0) return "";
        String src = Html.attr(images.href(img.file().orElseThrow()));
        return img.cropPercent()
                .map(p -> {
                    double natural =
                            img.facts().map(f -> 100.0 * f.height() / f.width()).orElse(100.0 / ratio(c));
                    return "<div class=\"c-crop\" style=\"padding-top:" + fmt(natural) + "%\"><img src=\"" + src
                            + "\" alt=\"\"><div class=\"crop-frame\" style=\"left:" + fmt(p[0]) + "%;top:"
                            + fmt(p[1]) + "%;width:" + fmt(p[2]) + "%;height:" + fmt(p[3]) + "%\"></div></div>";
                })
                .orElse("");
    }

    static double ratio(Card c) {
        return c.image().display() == ImageRules.Display.SMALL
                ? 1.0
                : c.platform().ratio();
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
