package org.masthead.cards;

import java.util.List;
import java.util.Locale;

import org.masthead.platform.CardPlatform;
import org.masthead.render.AssetLinker;
import org.masthead.render.Html;
import org.masthead.text.Resources;

import static org.masthead.cards.CardParts.*;

/**
 * The cards as HTML with our own stylesheet, no script and nothing fetched: every value is
 * escaped and images come through the caller's linker (data URLs in the window and in snapshots).
 */
public final class CardsHtml {
    private static final String CSS =
            Resources.text(CardsHtml.class, "cards.css") + Resources.text(CardsHtml.class, "cards-apps.css");
    /** Space around a card in a snapshot page, in CSS pixels. */
    public static final int SHOT_MARGIN = 16;

    private CardsHtml() {}

    /** A page with every card, its heading and where its values came from. */
    public static String page(List<Card> cards, AssetLinker images, boolean showSources, boolean showCrop) {
        return document(
                bodyClasses(showSources, showCrop, false, false),
                "<div id=\"cards\">" + sections(cards, images) + "</div>");
    }

    /** The sections of a page, for replacing them in a page already shown. */
    public static String sections(List<Card> cards, AssetLinker images) {
        StringBuilder sb = new StringBuilder();
        for (Card c : cards) {
            sb.append("<section class=\"platform\" id=\"card-")
                    .append(c.platform().id())
                    .append("\">\n<h2>")
                    .append(Html.text(c.platform().label()))
                    .append("</h2>\n");
            sb.append(shot(c, images));
            sb.append(notes(c));
            sb.append(sources(c));
            sb.append("</section>\n");
        }
        return sb.toString();
    }

    /** A page holding one card alone, as a snapshot shows it, in the platform's dark colours or not. */
    public static String single(Card card, AssetLinker images, boolean dark, boolean xClassic) {
        return document("single" + (dark ? " dark" : "") + (xClassic ? " " + X_CLASSIC : ""), shot(card, images));
    }

    /**
     * The Cards page's options: where values come from, the crops, each platform's dark colours,
     * and X's large card as it was before October 2023 (title and description under the image).
     */
    public static String bodyClasses(boolean showSources, boolean showCrop, boolean dark, boolean xClassic) {
        return "cards" + (showSources ? " show-sources" : "") + (showCrop ? " show-crop" : "") + (dark ? " dark" : "")
                + (xClassic ? " " + X_CLASSIC : "");
    }

    /** The body class that shows X's classic large card. */
    public static final String X_CLASSIC = "x-classic";

    /**
     * X's large card both ways: today's (since October 2023: the image alone with the title over its
     * lower-left corner, "From domain" under it, no description) and the classic one; the page's
     * class shows one.
     */
    private static String xLarge(Card c, AssetLinker images) {
        String overlay = c.shownTitle().isEmpty()
                ? (c.domain().isEmpty() ? "" : "<div class=\"x-overlay\">" + Html.text(c.domain()) + "</div>")
                : "<div class=\"x-overlay\">" + Html.text(c.shownTitle()) + "</div>";
        return "<div class=\"x-media\">" + image(c, images) + overlay + "</div>" + crop(c, images)
                + "<div class=\"text\">" + domain(c, "From ") + title(c) + desc(c) + "</div>"
                + (c.domain().isEmpty() ? "" : "<div class=\"x-from\">From " + Html.text(c.domain()) + "</div>");
    }

    private static String document(String bodyClass, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cards</title>\n<style>\n"
                + CSS + "</style>\n</head>\n<body class=\"" + bodyClass + "\">\n" + content + "\n</body>\n</html>\n";
    }

    private static String shot(Card c, AssetLinker images) {
        String id = c.platform().id();
        return "<div class=\"shot shot-" + id + "\" data-platform=\"" + id + "\" style=\"padding:" + SHOT_MARGIN
                + "px\">"
                + "<div class=\"card " + id + "\" style=\"width:" + c.platform().width() + "px\""
                + (c.themeColor().isEmpty() ? "" : " data-theme=\"" + Html.attr(c.themeColor()) + "\"") + ">\n"
                + switch (c.platform()) {
                    case X_LARGE -> xLarge(c, images);
                    case X_SUMMARY -> "<div class=\"row\">" + image(c, images) + "<div class=\"text\">" + domain(c, "")
                            + title(c) + desc(c) + "</div></div>" + crop(c, images);
                    case FACEBOOK -> withImage(
                            c, images, "<div class=\"text\">" + domain(c, "") + title(c) + desc(c) + "</div>");
                    case LINKEDIN -> withImage(c, images, "<div class=\"text\">" + title(c) + domain(c, "") + "</div>");
                    case SLACK -> "<div class=\"bar\"></div><div class=\"text\">" + site(c) + title(c) + desc(c)
                            + image(c, images) + "</div>";
                    case DISCORD -> "<div class=\"text\""
                            + (c.themeColor().isEmpty()
                                    ? ""
                                    : " style=\"border-left-color:" + Html.attr(c.themeColor()) + "\"")
                            + ">" + site(c) + title(c) + desc(c) + image(c, images) + "</div>";
                    case GOOGLE_DESKTOP, GOOGLE_MOBILE -> google(c, images);
                    case BLUESKY -> FediverseCardHtml.bluesky(c, images);
                    case MASTODON -> FediverseCardHtml.mastodon(c, images);
                    case WHATSAPP -> MessengerCardHtml.whatsApp(c, images);
                    case IMESSAGE -> MessengerCardHtml.iMessage(c, images);
                    case TELEGRAM -> MessengerCardHtml.telegram(c, images);
                }
                + "\n</div></div>\n";
    }

    private static String google(Card c, AssetLinker images) {
        String site = c.siteName().isEmpty() ? c.domain() : c.siteName().value();
        String letter = site.isEmpty()
                ? "?"
                : site.substring(0, site.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("<div class=\"site-row\"><span class=\"favicon\">")
                .append(Html.text(letter))
                .append("</span><span class=\"names\"><span class=\"c-site\">")
                .append(Html.text(site))
                .append("</span><span class=\"c-url\">")
                .append(Html.text(breadcrumb(c.url())))
                .append("</span></span></div>");
        sb.append(title(c));
        sb.append("<div class=\"row\"><p class=\"c-desc\">");
        if (!c.date().isEmpty())
            sb.append("<span class=\"c-date\">")
                    .append(Html.text(CardSet.googleDatePrefix(c.date())))
                    .append("</span>");
        sb.append(Html.text(c.shownDescription())).append("</p>");
        if (c.platform() == CardPlatform.GOOGLE_MOBILE && c.image().shown()) sb.append(image(c, images));
        sb.append("</div>");
        if (c.platform() == CardPlatform.GOOGLE_MOBILE) sb.append(crop(c, images));
        return sb.toString();
    }

    /** "https://site.example › articles › slug", as Google writes a URL. */
    static String breadcrumb(String url) {
        if (url.isEmpty()) return "";
        String rest = url.replaceFirst("^https?://", "");
        String[] parts = rest.split("/");
        StringBuilder sb = new StringBuilder(url.startsWith("http://") ? "http://" : "https://").append(parts[0]);
        for (int i = 1; i < parts.length; i++)
            if (!parts[i].isEmpty()) sb.append(" › ").append(parts[i].replaceFirst("[?#].*", ""));
        return sb.toString();
    }

    /** What the platform does that its card cannot show, always in view beside the card. */
    private static String notes(Card c) {
        if (c.notes().isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<ul class=\"c-notes\">");
        for (String n : c.notes()) sb.append("<li>").append(Html.text(n)).append("</li>");
        return sb.append("</ul>\n").toString();
    }

    private static String sources(Card c) {
        StringBuilder sb = new StringBuilder("<dl class=\"sources\">");
        row(sb, "title", c.title(), c.shownTitle());
        row(sb, "description", c.description(), c.shownDescription());
        sb.append("<dt>image</dt><dd>").append(Html.text(c.image().url().describe()));
        c.image().facts().ifPresent(f -> sb.append(" · ")
                .append(f.width())
                .append("×")
                .append(f.height())
                .append(' ')
                .append(Html.text(f.format().toUpperCase(Locale.ROOT))));
        c.image().crop().ifPresent(cr -> sb.append(" · shows ")
                .append(cr.width())
                .append("×")
                .append(cr.height())
                .append(String.format(
                        Locale.ROOT,
                        " (%.0f%% cut away)",
                        100
                                * cr.lostShare(
                                        c.image().facts().get().width(),
                                        c.image().facts().get().height()))));
        if (!c.image().note().isEmpty())
            sb.append(" · ").append(Html.text(c.image().note()));
        sb.append("</dd>");
        if (!c.siteName().isEmpty()) {
            sb.append("<dt>site</dt><dd>")
                    .append(Html.text(c.siteName().value()))
                    .append(" · from ")
                    .append(Html.text(c.siteName().describe()))
                    .append("</dd>");
        }
        return sb.append("</dl>\n").toString();
    }

    private static void row(StringBuilder sb, String name, Sourced s, String shown) {
        sb.append("<dt>")
                .append(name)
                .append("</dt><dd")
                .append(s.isFallback() || s.isEmpty() ? " class=\"fallback\"" : "")
                .append(">from ")
                .append(Html.text(s.describe()));
        if (shown.isEmpty() && !s.isEmpty()) {
            sb.append(" · not shown");
        } else if (!shown.equals(s.value())) {
            sb.append(" · cut to ")
                    .append(shown.codePointCount(0, shown.length()))
                    .append(" of ")
                    .append(s.value().codePointCount(0, s.value().length()))
                    .append(" characters");
        }
        sb.append("</dd>");
    }
}
