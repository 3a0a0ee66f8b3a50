package org.masthead.check;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.masthead.spell.ProseWords;

/**
 * How easy an article's prose is to read: a reading-ease score where the language has a
 * published formula (English: Flesch, 1948; German: Amstad's adaptation, 1978; none for others),
 * and its sentences and paragraphs, for the long ones to be pointed out. Counted over the body's
 * paragraphs; headings, lists' markers, code and tables are not prose, nor is what spelling skips
 * ({@link ProseWords#masked}).
 */
public final class Readability {
    public static final int LONG_SENTENCE = 30;
    public static final int LONG_PARAGRAPH = 150;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-][\\p{L}\\p{N}]++)*+");
    private static final String VOWELS = "aeiouyäöüàâéèêëîïôûùœæ";

    /** A stretch of prose and its word count, {@code start} and {@code end} offsets into the body. */
    public record Span(int start, int end, int words) {}

    /**
     * @param ease    the score (higher reads easier), empty for a language without a formula or a body without prose
     * @param formula its name ("Flesch reading ease"), empty with no score
     */
    public record Result(
            int words,
            int sentences,
            OptionalDouble ease,
            String formula,
            List<Span> longSentences,
            List<Span> longParagraphs) {}

    private Readability() {}

    public static Result of(Document body, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        int words = 0, sentences = 0, syllables = 0;
        List<Span> longSentences = new ArrayList<>();
        List<Span> longParagraphs = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        // Syllables count only where a formula uses them.
        boolean hasFormula = language.equals("en") || language.equals("de");
        for (Node n : body.getDescendants()) {
            if (!(n instanceof Paragraph p)) continue;
            String text = ProseWords.masked(p.getChars().toString());
            int start = p.getStartOffset();
            int paragraphWords = 0;
            it.setText(text);
            Matcher w = WORD.matcher(text);
            for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                w.region(s, e);
                int count = 0;
                while (w.find()) {
                    count++;
                    if (hasFormula) syllables += syllables(text, w.start(), w.end(), language);
                }
                if (count == 0) continue;
                sentences++;
                paragraphWords += count;
                if (count > LONG_SENTENCE)
                    longSentences.add(new Span(start + firstLetter(text, s), start + lastLetter(text, e), count));
            }
            words += paragraphWords;
            if (paragraphWords > LONG_PARAGRAPH)
                longParagraphs.add(new Span(start, start + lastLetter(text, text.length()), paragraphWords));
        }
        OptionalDouble ease = OptionalDouble.empty();
        String formula = "";
        if (words > 0 && sentences > 0) {
            double perSentence = words / (double) sentences, perWord = syllables / (double) words;
            if (language.equals("en")) {
                ease = OptionalDouble.of(206.835 - 1.015 * perSentence - 84.6 * perWord);
                formula = "Flesch reading ease";
            } else if (language.equals("de")) {
                ease = OptionalDouble.of(180 - perSentence - 58.5 * perWord);
                formula = "Flesch reading ease (Amstad)";
            }
        }
        return new Result(words, sentences, ease, formula, longSentences, longParagraphs);
    }

    private static int firstLetter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        return i < text.length() ? i : from;
    }

    /** Where a stretch ending before {@code to} stops, the spaces and line breaks after it left out. */
    private static int lastLetter(String text, int to) {
        int i = to;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    /**
     * Vowel groups, at least one; in English a final silent "e" is not one ("tide", but "table"),
     * in German "ei", "ie", "au", "eu", "äu" are one group already.
     */
    static int syllables(String word, String language) {
        return syllables(word, 0, word.length(), language);
    }

    /** The same for {@code text[from, to)}, counted in place: this runs for every word of every article. */
    private static int syllables(String text, int from, int to, String language) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return 1;
            boolean vowel = VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
            if (vowel && !inGroup) groups++;
            inGroup = vowel;
        }
        int length = to - from;
        if (language.equals("en")
                && length > 2
                && lower(text, to - 1) == 'e'
                && !(lower(text, to - 2) == 'l')
                && groups > 1) {
            groups--;
        }
        return Math.max(1, groups);
    }

    private static char lower(String text, int i) {
        return Character.toLowerCase(text.charAt(i));
    }
}
