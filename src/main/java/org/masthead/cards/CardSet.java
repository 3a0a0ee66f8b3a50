package org.masthead.cards;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.export.PageMetadata;
import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;
import org.masthead.platform.CardPlatform;
import org.masthead.platform.ImageRules;
import org.masthead.profile.FieldRole;
import org.masthead.profile.RoleValues;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.LocalAssets;
import org.masthead.render.PlainText;
import org.masthead.source.SourceException;

/**
 * Every card of one article, built from the tags its exported page carries ({@link PageMetadata}),
 * each platform reading them in its own order, cutting text and cropping the image its own way.
 */
public final class CardSet {
    /** Which X card to show: the one the page asks for, or one chosen to compare. */
    public enum XCard {
        PAGE,
        LARGE,
        SUMMARY
    }

    private CardSet() {}

    public static List<Card> of(Article article, SiteProfile profile, XCard xCard) throws SourceException {
        FrontMatter fm = article.requireFrontMatter();
        PageMetadata meta = PageMetadata.of(article, profile);
        PageTags tags =
                new PageTags(meta, PageTitle.of(article, profile, meta), PlainText.firstParagraphQuick(article.body()));
        RoleValues values = new RoleValues(fm, profile.schemaFor(fm.keys()));
        String base = ArticleRenderer.effectiveBaseUrl(profile, values);
        LocalAssets assets = LocalAssets.forArticle(article, profile, base);
        // Google and Mastodon show a date they can read, in their own style.
        String date = profile.datePattern(values.schema())
                .parse(values.get(FieldRole.DATE))
                .map(d -> d.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)))
                .orElse("");
        Map<Path, Probe> probed = new HashMap<>();
        // The share image was read for the page's tags already; the cards do not read it again.
        meta.image().ifPresent(f -> probed.put(f.file(), new Probe(f, null)));
        Context c = new Context(tags, assets, date, profile.themeColor(), base, probed);

        List<Card> cards = new ArrayList<>();
        boolean large =
                switch (xCard) {
                    case LARGE -> true;
                    case SUMMARY -> false;
                    case PAGE -> tags.get("twitter:card").equals("summary_large_image");
                };
        for (CardPlatform p : CardPlatform.values()) {
            if (p == CardPlatform.X_LARGE && !large || p == CardPlatform.X_SUMMARY && large) continue;
            cards.add(card(p, c));
        }
        return cards;
    }

    private record Context(
            PageTags tags,
            LocalAssets assets,
            String date,
            String themeColor,
            String baseUrl,
            Map<Path, Probe> probed) {}

    /** An image read once for all the cards: its facts, or why it could not be read. */
    private record Probe(ImageFacts facts, IOException error) {
        static Probe of(Path file) {
            try {
                return new Probe(ImageProbe.read(file), null);
            } catch (IOException e) {
                return new Probe(null, e);
            }
        }
    }

    private static Card card(CardPlatform p, Context c) {
        PageTags t = c.tags();
        TagOrder read = TagOrder.of(p, t);
        Sourced url = t.first("og:url", "link:canonical");
        String date = p.isGoogle() || p == CardPlatform.MASTODON ? c.date() : "";
        // Without a canonical URL the page is still on the site: its host is the base URL's.
        String domain = domain(url.isEmpty() ? c.baseUrl() : url.value());
        // Mastodon names the author instead of describing the page when the page names one.
        String author = p == CardPlatform.MASTODON ? t.get(PageTags.LD_AUTHOR) : "";
        // iMessage shows no description for an ordinary page.
        String description = author.isEmpty() && p != CardPlatform.IMESSAGE
                ? cutDescription(p, read.description().value(), date)
                : "";
        CardImage image = image(p, read.image(), c);
        return new Card(
                p,
                read.title(),
                read.description(),
                read.siteName(),
                cutTitle(p, read.title().value()),
                description,
                domain,
                url.isEmpty() ? c.baseUrl() : url.value(),
                date,
                image,
                p == CardPlatform.DISCORD ? c.themeColor() : "",
                author.isEmpty() ? "" : "By " + author,
                CardNotes.of(p, t, domain, image));
    }

    static String cutTitle(CardPlatform p, String title) {
        if (p.isGoogle()) return TextCut.toWidth(title, CardPlatform.GOOGLE_TITLE_PX, CardPlatform.GOOGLE_TITLE_FONT);
        String cut = TextCut.toChars(title, p.titleChars());
        if (p == CardPlatform.X_SUMMARY)
            return TextCut.toWidth(cut, CardPlatform.X_SUMMARY_TITLE_PX, CardPlatform.X_FONT);
        return cut;
    }

    /** Google's snippet starts with the date, which takes part of the width. */
    static String cutDescription(CardPlatform p, String description, String date) {
        if (!p.isGoogle()) return TextCut.toChars(description, p.descriptionChars());
        double budget = p == CardPlatform.GOOGLE_DESKTOP
                ? CardPlatform.GOOGLE_DESKTOP_DESCRIPTION_PX
                : CardPlatform.GOOGLE_MOBILE_DESCRIPTION_PX;
        if (!date.isEmpty()) budget -= TextWidth.pixels(googleDatePrefix(date), CardPlatform.GOOGLE_DESCRIPTION_FONT);
        return TextCut.toWidth(description, budget, CardPlatform.GOOGLE_DESCRIPTION_FONT);
    }

    public static String googleDatePrefix(String date) {
        return date + " — ";
    }

    /** The host a card names: the canonical URL's, without "www.". */
    static String domain(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) return "";
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static CardImage image(CardPlatform p, Sourced url, Context c) {
        LocalAssets assets = c.assets();
        if (url.isEmpty()) {
            return new CardImage(
                    url,
                    Optional.empty(),
                    Optional.empty(),
                    ImageRules.Display.NONE,
                    Optional.empty(),
                    "No image: " + String.join(" and ", url.missing())
                            + (url.missing().size() > 1 ? " are" : " is") + " missing",
                    "");
        }
        Optional<Path> file = assets.find(url.value());
        if (file.isEmpty()) {
            String text = assets.expected(url.value())
                    .map(where -> "Image not found: " + url.value() + " should be " + where)
                    .orElse("Not on this computer: " + url.value()
                            + " (offline, only images under the site's base URL are shown)");
            return new CardImage(
                    url, Optional.empty(), Optional.empty(), ImageRules.Display.NONE, Optional.empty(), text, "");
        }
        Probe probe = c.probed().computeIfAbsent(file.get(), Probe::of);
        if (probe.error() != null) {
            return new CardImage(
                    url,
                    file,
                    Optional.empty(),
                    ImageRules.Display.NONE,
                    Optional.empty(),
                    "Cannot read " + file.get() + ": " + probe.error().getMessage(),
                    "");
        }
        ImageFacts facts = probe.facts();
        ImageRules.Verdict v = ImageRules.judge(p, facts);
        if (v.display() == ImageRules.Display.NONE) {
            return new CardImage(
                    url, file, Optional.of(facts), v.display(), Optional.empty(), "Not shown: " + v.reason(), "");
        }
        double ratio = v.display() == ImageRules.Display.SMALL ? 1.0 : p.ratio();
        Optional<Crop> crop = ratio > 0 && !facts.isSvg()
                ? Optional.of(Crop.centred(facts.width(), facts.height(), ratio))
                : Optional.empty();
        return new CardImage(url, file, Optional.of(facts), v.display(), crop, "", v.reason());
    }
}
