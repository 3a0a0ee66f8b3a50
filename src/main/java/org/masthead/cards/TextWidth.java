package org.masthead.cards;

import java.text.Normalizer;

/**
 * The width of text in Arial, the font Google sets its results in, from the font's advance widths
 * (thousandths of an em; Arial and Helvetica share them). Tabulated rather than measured with a
 * font on this machine, so a cut is the same on every computer, with or without Arial installed.
 */
public final class TextWidth {
    private TextWidth() {}

    /** Advance widths of the printable ASCII characters, space (32) to tilde (126). */
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
                278, // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
    };

    private static final int DEFAULT = 556;
    private static final int WIDE = 1000;

    /** Width in pixels of {@code text} set at {@code fontPx}. */
    public static double pixels(CharSequence text, double fontPx) {
        return units(text) * fontPx / 1000.0;
    }

    /** Width in thousandths of an em. */
    public static long units(CharSequence text) {
        long sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            sum += advance(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    static int advance(int cp) {
        if (cp >= 32 && cp <= 126) return ASCII[cp - 32];
        switch (cp) {
            case '\u00A0':
                return 278;
            case '\u2018':
            case '\u2019':
            case '\u201A':
                return 222;
            case '\u201C':
            case '\u201D':
            case '\u201E':
                return 333;
            case '\u2013':
                return 556;
            case '\u2014':
            case '\u2026':
                return 1000;
            case '\u2022':
                return 350;
            case '\u00B7':
                return 278;
            case '\u203A':
            case '\u2039':
                return 333;
            default:
                break;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK) return 0;
        if (isWide(cp)) return WIDE;
        if (cp < 0x2000 && Character.isLetter(cp)) {
            // Accented Latin letters take their base letter's width.
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            int b = base.codePointAt(0);
            if (b >= 32 && b <= 126) return ASCII[b - 32];
        }
        return DEFAULT;
    }

    /** East Asian wide characters and emoji take a full em. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || cp >= 0x20000;
    }
}
