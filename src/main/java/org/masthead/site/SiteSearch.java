package org.masthead.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.masthead.article.ArticleFinder;
import org.masthead.source.LineIndex;
import org.masthead.source.Lines;

/**
 * Every match of a word or a regular expression across a site's articles, headers and bodies,
 * by article and line. Reading stops at a cap, so a pattern that matches everything cannot flood
 * the window; a file that cannot be read is skipped (the site panel lists why).
 */
public final class SiteSearch {
    /** Matches listed at most, over the whole site. */
    public static final int MAX_MATCHES = 5_000;

    /** One match: its file line and column (1-based, as an editor counts), and the line's text. */
    public record Match(int line, int column, int length, String lineText) {}

    /** An article's matches, in line order. */
    public record FileMatches(Path file, List<Match> matches) {}

    /** What to look for: literal words unless {@code regex}; {@code matchCase} as typed. */
    public record Query(String text, boolean regex, boolean matchCase, boolean wholeWord) {
        /** The query as a pattern; throws when a regular expression does not compile. */
        public Pattern pattern() throws PatternSyntaxException {
            String p = regex ? text : Pattern.quote(text);
            if (wholeWord) p = "(?<![\\p{L}\\p{N}_])(?:" + p + ")(?![\\p{L}\\p{N}_])";
            return Pattern.compile(p, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    private SiteSearch() {}

    /**
     * Searches the site; each article with matches is handed to {@code found} as it is read.
     * Returns whether the cap was reached (more matches exist than were listed).
     */
    public static boolean search(Path root, Query query, Consumer<FileMatches> found, BooleanSupplier cancelled)
            throws IOException {
        Pattern pattern = query.pattern();
        int total = 0;
        for (ArticleFinder.Found f : ArticleFinder.walkFound(root)) {
            if (cancelled.getAsBoolean()) return false;
            if (f.problem() != null) continue;
            String text = read(f.file());
            if (text == null) continue;
            List<Match> matches = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            LineIndex lines = null;
            while (m.find()) {
                if (m.end() == m.start()) continue;
                if (lines == null) lines = new LineIndex(text);
                int line = lines.lineOf(m.start());
                int start = lines.startOf(line);
                int end = Lines.lineEnd(text, start);
                String lineText = text.substring(start, Math.min(end, start + 400));
                matches.add(new Match(line + 1, Lines.columnOf(text, m.start()), m.end() - m.start(), lineText));
                if (++total >= MAX_MATCHES) {
                    found.accept(new FileMatches(f.file(), matches));
                    return true;
                }
            }
            if (!matches.isEmpty()) found.accept(new FileMatches(f.file(), matches));
        }
        return false;
    }

    /** The file's text, or null for one too big or not UTF-8. */
    private static String read(Path file) {
        try {
            if (Files.size(file) > SiteIndexer.MAX_BYTES) return null;
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IOException e) {
            return null; // CharacterCodingException too: not UTF-8, not searched
        }
    }
}
