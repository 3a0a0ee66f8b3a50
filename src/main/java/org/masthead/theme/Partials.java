package org.masthead.theme;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.masthead.source.LineIndex;
import org.masthead.source.SourceException;

/**
 * The partials a template names ({@code {{> header}}} is {@code header.mustache} beside the
 * template, {@code {{> parts/nav}}} is in a folder there), read and scanned before compiling, so a
 * missing one is reported at the tag that names it and a mistake inside one at its own line.
 */
final class Partials {
    static final int MAX_DEPTH = 20;
    private static final String EXTENSION = ".mustache";

    private Partials() {}

    static String fileName(String name) {
        return name.endsWith(EXTENSION) ? name : name + EXTENSION;
    }

    /** Reads the partials of {@code text} and theirs, named from {@code root}; problems go to {@code out}. */
    static void read(
            Path root,
            Path file,
            String text,
            TemplateScan scan,
            Path siteFolder,
            Map<Path, String> read,
            List<SourceException> out,
            FileStamps.Builder stamps,
            java.util.Set<String> written,
            int depth) {
        for (TemplateScan.Mistake m : scan.mistakes) out.add(at(file, text, m.offset(), m.message()));
        for (TemplateScan.Tag t : scan.unescaped) written.add(t.name());
        Path folder = root;
        for (TemplateScan.Tag tag : scan.partials) {
            if (depth >= MAX_DEPTH) {
                out.add(at(file, text, tag.offset(), "partials nest more than " + MAX_DEPTH + " deep"));
                return;
            }
            Path p;
            try {
                p = folder.resolve(fileName(tag.name())).normalize();
            } catch (InvalidPathException e) {
                out.add(at(file, text, tag.offset(), "'" + tag.name() + "' is not a partial's name"));
                continue;
            }
            if (!p.startsWith(folder)) {
                out.add(at(
                        file, text, tag.offset(), "the partial '" + tag.name() + "' is outside the template's folder"));
                continue;
            }
            if (read.containsKey(p)) continue;
            stamps.add(p);
            try {
                String partial = ThemeFile.read(p, siteFolder);
                read.put(p, partial);
                read(root, p, partial, TemplateScan.of(partial), siteFolder, read, out, stamps, written, depth + 1);
            } catch (IOException e) {
                out.add(at(
                        file,
                        text,
                        tag.offset(),
                        "the partial '" + tag.name() + "' (" + folder.relativize(p) + "): " + ThemeFile.why(e)));
            }
        }
    }

    /** A problem at an offset, placed as an editor counts lines and columns. */
    static SourceException at(Path file, String text, int offset, String message) {
        LineIndex lines = new LineIndex(text);
        int line = lines.lineOf(offset);
        int start = lines.startOf(line);
        return new SourceException(file, line + 1, text.codePointCount(start, offset) + 1, message);
    }
}
