package org.masthead.platform;

import java.util.Locale;
import java.util.Optional;

import org.masthead.image.ImageFacts;

/** What each platform does with an image of a given size, format and weight. */
public final class ImageRules {
    public static final long MB = 1024L * 1024;

    private ImageRules() {}

    /** How a card shows its image. */
    public enum Display {
        LARGE,
        SMALL,
        NONE
    }

    /** The outcome for one platform, with the reason when the image is not shown large. */
    public record Verdict(Display display, String reason) {
        static Verdict large() {
            return new Verdict(Display.LARGE, "");
        }
    }

    public static Verdict judge(CardPlatform platform, ImageFacts img) {
        if (img.isSvg() && platform != CardPlatform.SLACK && platform != CardPlatform.DISCORD) {
            return new Verdict(Display.NONE, platform.label() + " does not show SVG images");
        }
        return switch (platform) {
            case X_LARGE -> x(img, 300, 157);
            case X_SUMMARY -> x(img, 144, 144);
            case FACEBOOK -> {
                if (img.bytes() > 8 * MB) yield new Verdict(Display.NONE, "Facebook refuses images over 8 MB");
                if (img.width() < 200 || img.height() < 200)
                    yield new Verdict(Display.NONE, "Facebook needs at least 200×200");
                if (img.width() < 600 || img.height() < 315) {
                    yield new Verdict(Display.SMALL, "under 600×315, Facebook shows a small square");
                }
                yield Verdict.large();
            }
            case LINKEDIN -> {
                if (img.bytes() > 5 * MB) yield new Verdict(Display.NONE, "LinkedIn refuses images over 5 MB");
                if (img.width() < 401)
                    yield new Verdict(Display.SMALL, "under 401 px wide, LinkedIn shows a thumbnail");
                yield Verdict.large();
            }
            case GOOGLE_DESKTOP, GOOGLE_MOBILE -> new Verdict(Display.SMALL, "");
            case BLUESKY -> img.bytes() > 1_000_000 || img.width() > 2000 || img.height() > 2000
                    ? new Verdict(Display.LARGE, "the Bluesky app shrinks it to fit 2000×2000 and 1,000,000 bytes")
                    : Verdict.large();
            case MASTODON -> mastodon(img);
            case WHATSAPP -> whatsApp(img);
            case IMESSAGE -> {
                if (img.width() < 150) yield new Verdict(Display.SMALL, "under 150 px wide, Messages shows an icon");
                if (img.width() < 900) yield new Verdict(Display.LARGE, "Apple asks for at least 900 px wide");
                yield Verdict.large();
            }
            case TELEGRAM -> new Verdict(
                    Display.SMALL, "Telegram shows an article's image beside the text; the sender may enlarge it");
            default -> Verdict.large();
        };
    }

    private static Verdict mastodon(ImageFacts img) {
        if (img.bytes() > 8 * MB) return new Verdict(Display.NONE, "Mastodon fetches images up to 8 MB");
        if (img.width() <= img.height()) {
            return new Verdict(Display.SMALL, "not landscape, Mastodon shows a square beside the text");
        }
        if ((long) img.width() * img.height() > 230_400) {
            return new Verdict(Display.LARGE, "Mastodon keeps it at 230,400 pixels (about 640×360)");
        }
        return Verdict.large();
    }

    /** WhatsApp's large preview needs all three; otherwise it shows a small thumbnail. */
    private static Verdict whatsApp(ImageFacts img) {
        if (img.width() < 300) return new Verdict(Display.SMALL, "under 300 px wide, WhatsApp shows a thumbnail");
        if (img.bytes() >= 600_000) return new Verdict(Display.SMALL, "600 KB or more, WhatsApp shows a thumbnail");
        if (img.width() > 4L * img.height()) {
            return new Verdict(Display.SMALL, "wider than 4:1, WhatsApp shows a thumbnail");
        }
        return Verdict.large();
    }

    private static Verdict x(ImageFacts img, int minW, int minH) {
        if (img.bytes() > 5 * MB) return new Verdict(Display.NONE, "X refuses images of 5 MB or more");
        if (img.width() < minW || img.height() < minH) {
            return new Verdict(Display.NONE, "X needs at least " + minW + "×" + minH + " for this card");
        }
        if (img.width() > 4096 || img.height() > 4096)
            return new Verdict(Display.NONE, "X refuses images over 4096×4096");
        return Verdict.large();
    }

    /** A tip about the format, when the platforms treat it specially. */
    public static Optional<String> formatNote(ImageFacts img) {
        String f = img.format().toLowerCase(Locale.ROOT);
        if (f.equals("gif")) return Optional.of("animated GIFs show only their first frame in cards");
        return Optional.empty();
    }
}
