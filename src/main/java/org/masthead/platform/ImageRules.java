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
            default -> Verdict.large();
        };
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
