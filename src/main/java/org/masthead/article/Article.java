package org.masthead.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.masthead.source.Lines;
import org.masthead.source.SourceException;
import org.masthead.yaml.YamlProblem;

/**
 * An article as it is on disk: the exact text (line breaks untouched), whether it had a BOM, and
 * the front matter parsed from its first block. A header that does not parse leaves the article
 * usable: the error is kept, the header text and the body stay available.
 */
public final class Article {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path path;
    private final String text;
    private final boolean bom;
    private final FrontMatterSpan span;
    private final FrontMatter frontMatter;
    private final SourceException headerError;

    private Article(Path path, String text, boolean bom) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.span = FrontMatterSpan.find(text).orElse(null);
        FrontMatter fm = null;
        SourceException error = null;
        if (span != null) {
            try {
                fm = FrontMatterParser.parse(text.substring(span.headerStart(), span.headerEnd()), 2);
            } catch (YamlProblem p) {
                error = new SourceException(path, p.line(), p.column(), p.getMessage(), p);
            }
        } else {
            fm = FrontMatterParser.emptyFrontMatter();
        }
        this.frontMatter = fm;
        this.headerError = error;
    }

    /** An article from its text (BOM already removed). */
    public static Article of(Path path, String text, boolean bom) {
        return new Article(path, text, bom);
    }

    /** An article decoded from file bytes: UTF-8, with or without BOM. */
    public static Article fromBytes(Path path, byte[] bytes) throws SourceException {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        String text = Utf8.decode(path, bytes, bom ? 3 : 0);
        return new Article(path, text, bom);
    }

    /** The same article with new text (the result of an edit); BOM and path are kept. */
    public Article withText(String newText) {
        return newText.equals(text) ? this : new Article(path, newText, bom);
    }

    /** The same text under another path (Save As). */
    public Article withPath(Path newPath) {
        return new Article(newPath, text, bom);
    }

    /** The bytes to write: the text in UTF-8, with the BOM it was read with. */
    public byte[] toBytes() {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public Path path() { return path; }
    public String text() { return text; }
    public boolean hasBom() { return bom; }

    public boolean hasFrontMatterBlock() { return span != null; }
    public Optional<FrontMatterSpan> span() { return Optional.ofNullable(span); }

    /** The parsed front matter; empty when the header does not parse (see {@link #headerError()}). */
    public Optional<FrontMatter> frontMatter() { return Optional.ofNullable(frontMatter); }

    /** The parsed front matter, or the parse error as an exception. */
    public FrontMatter requireFrontMatter() throws SourceException {
        if (headerError != null) throw headerError;
        return frontMatter;
    }

    public Optional<SourceException> headerError() { return Optional.ofNullable(headerError); }

    /** The YAML text between the delimiters, exactly as written; empty without front matter. */
    public String headerText() {
        return span == null ? "" : text.substring(span.headerStart(), span.headerEnd());
    }

    /** Everything after the front matter block. */
    public String body() {
        return span == null ? text : text.substring(span.end());
    }

    /** Offset of the body in {@link #text()}. */
    public int bodyOffset() { return span == null ? 0 : span.end(); }

    /** File line (1-based) on which the body starts. */
    public int bodyStartLine() {
        return span == null ? 1 : Lines.lineOf(text, span.end());
    }

    /** The line break this file uses most; new lines are written with it. */
    public String lineBreak() { return Lines.dominantBreak(text); }

    /** A display name: the file name, or "Untitled". */
    public String displayName() {
        return path == null || path.getFileName() == null ? "Untitled" : path.getFileName().toString();
    }
}
