package org.masthead.ui.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.masthead.text.Resources;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's selection colours, as its stylesheet defines them, are readable in both states. */
public class SelectionColoursTest {
    private static final String CSS = Resources.text(SelectionColoursTest.class, "/org/masthead/ui/masthead.css");

    /** A colour the stylesheet defines as {@code -mh-NAME: #rrggbb;}. */
    public static Color themeColour(String name) {
        Matcher m = Pattern.compile("(?m)^\\s*-mh-" + Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6});")
                .matcher(CSS);
        assertThat(m.find()).as("-mh-%s in masthead.css", name).isTrue();
        return Color.web(m.group(1));
    }

    /** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void theContrastFormulaGivesTheKnownValues() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, Offset.offset(0.01));
        // Modena's own accent behind white text: the pair this stylesheet replaces.
        assertThat(contrast(Color.web("#0096c9"), Color.WHITE)).isLessThan(4.5);
        assertThat(contrast(Color.web("#d3d3d3"), Color.WHITE)).isLessThan(1.5);
    }

    @Test
    void selectedTextIsReadableFocusedAndUnfocused() {
        assertThat(contrast(themeColour("selection-text"), themeColour("selection")))
                .as("focused")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(themeColour("selection-unfocused-text"), themeColour("selection-unfocused")))
                .as("unfocused")
                .isGreaterThanOrEqualTo(4.5);
    }
}
