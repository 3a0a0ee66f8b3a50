package org.masthead.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;
import org.masthead.platform.CardPlatform;
import org.masthead.platform.ImageRules;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.text.Urls;

/** The share image: found under the site root, a format the platforms show, big enough, near 1.91:1. */
final class ImageCheck implements ArticleCheck {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MIN_WIDTH = 1200;
    static final int MIN_HEIGHT = 630;
    static final double RATIO = 1.91;
    /** How far from 1.91:1 a ratio may be before the crop cuts visibly. */
    static final double RATIO_TOLERANCE = 0.10;

    @Override
    public void check(CheckContext ctx) {
        Optional<FieldSpec> pathField = ctx.field(FieldRole.IMAGE_PATH);
        String key;
        String ref;
        if (pathField.isPresent() && !ctx.text(pathField.get().key()).isEmpty()) {
            key = pathField.get().key();
            ref = ctx.text(key);
            if (Urls.isAbsoluteHttp(ref)) {
                ctx.atKey(
                        Severity.WARNING,
                        key,
                        pathField.get().label() + " should be a path on the site, like /images/x.jpg, not a URL");
            }
        } else {
            Optional<FieldSpec> urlField = ctx.field(FieldRole.IMAGE_URL);
            if (urlField.isEmpty() || ctx.text(urlField.get().key()).isEmpty()) return;
            key = urlField.get().key();
            ref = ctx.text(key);
            if (ctx.assets().find(ref).isEmpty()) return; // a remote image: nothing on disk to check
        }
        Optional<Path> file = ctx.assets().find(ref);
        if (file.isEmpty()) {
            String expected = ctx.assets().expected(ref).map(Path::toString).orElse(ref);
            ctx.atKey(
                    Severity.ERROR,
                    key,
                    "image not found: " + expected + " (site root: "
                            + ctx.profile().siteRoot() + ")");
            return;
        }
        ImageFacts img;
        try {
            img = ImageProbe.read(file.get());
        } catch (IOException e) {
            ctx.atKey(Severity.ERROR, key, "cannot read the image: " + e.getMessage());
            return;
        }
        if (img.isSvg()) {
            ctx.atKey(
                    Severity.ERROR, key, "SVG images are not shown on X, Facebook or LinkedIn; use JPEG, PNG or WebP");
            return;
        }
        if (img.bytes() > MAX_BYTES) {
            ctx.atKey(
                    Severity.ERROR,
                    key,
                    String.format("image is %.1f MB; X refuses images over 5 MB", img.bytes() / 1048576.0));
        }
        if (img.width() < MIN_WIDTH || img.height() < MIN_HEIGHT) {
            ctx.atKey(
                    Severity.WARNING,
                    key,
                    "image is " + img.width() + "×" + img.height() + "; cards want at least " + MIN_WIDTH + "×"
                            + MIN_HEIGHT);
        }
        if (Math.abs(img.ratio() - RATIO) / RATIO > RATIO_TOLERANCE) {
            ctx.atKey(
                    Severity.WARNING,
                    key,
                    String.format(
                            Locale.ROOT,
                            "image ratio is %.2f:1; cards crop it to 1.91:1 (Facebook, LinkedIn) and 2:1 (X)",
                            img.ratio()));
        }
        platforms(ctx, key, img);
        if (!ctx.baseUrl().isEmpty() || Urls.isAbsoluteHttp(ref)) return;
        ctx.atKey(
                Severity.ERROR,
                key,
                "og:image would be a relative URL, which no platform loads: set base_url in "
                        + "masthead.yml or give the article an absolute canonical URL");
    }

    /** What each platform does with this image, when it does not show it large (size and SVG are reported above). */
    private static void platforms(CheckContext ctx, String key, ImageFacts img) {
        for (CardPlatform p : new CardPlatform[] {
            CardPlatform.X_LARGE, CardPlatform.FACEBOOK, CardPlatform.LINKEDIN, CardPlatform.WHATSAPP
        }) {
            ImageRules.Verdict v = ImageRules.judge(p, img);
            if (v.display() == ImageRules.Display.LARGE || img.bytes() > MAX_BYTES) continue;
            ctx.atKey(Severity.WARNING, key, p.label() + ": " + v.reason());
        }
        if (img.bytes() > MAX_BYTES / 5 && img.bytes() <= MAX_BYTES) {
            ctx.atKey(
                    Severity.TIP,
                    key,
                    String.format(
                            Locale.ROOT,
                            "image is %.1f MB; under 1 MB loads faster where the card is shown",
                            img.bytes() / 1048576.0));
        }
        ImageRules.formatNote(img).ifPresent(n -> ctx.atKey(Severity.TIP, key, n));
    }
}
