package org.masthead.cards;

import java.nio.file.Path;
import java.util.Optional;

import org.masthead.image.ImageFacts;
import org.masthead.platform.ImageRules;

/**
 * The image one card shows: where its URL came from, the local file behind it, how the platform
 * shows it and the crop it applies; or, when there is nothing to show, a placeholder text naming
 * what was looked for.
 */
public record CardImage(
        Sourced url,
        Optional<Path> file,
        Optional<ImageFacts> facts,
        ImageRules.Display display,
        Optional<Crop> crop,
        String placeholder,
        String note) {

    public boolean shown() {
        return display != ImageRules.Display.NONE && file.isPresent();
    }

    /** The crop as CSS percentages of the whole image: left, top, width, height. */
    public Optional<double[]> cropPercent() {
        if (crop.isEmpty() || facts.isEmpty()) return Optional.empty();
        Crop c = crop.get();
        ImageFacts f = facts.get();
        return Optional.of(new double[] {
            100.0 * c.x() / f.width(),
            100.0 * c.y() / f.height(),
            100.0 * c.width() / f.width(),
            100.0 * c.height() / f.height()
        });
    }
}
