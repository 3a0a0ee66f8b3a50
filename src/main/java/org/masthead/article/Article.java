package org.masthead.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
    private final Charset charset;
    private final FrontMatterSpan span;
    private final FrontMatter frontMatter;
    private final SourceException headerError;

    private Article(Path path, String text, boolean bom, Charset charset) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.charset = charset;
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
        return new Article(path, text, bom, StandardCharsets.UTF_8);
    }

    /** An article and, when its bytes were not UTF-8, why and which encoding read them instead. */
    public record Decoded(Article article, Optional<SourceException> notUtf8) {}

    /**
     * Decodes file bytes as UTF-8 when they are; otherwise as Windows-1252, or ISO-8859-1 when a
     * byte is undefined there, both of which give every byte back unchanged on saving.
     */
    public static Decoded fromBytesAnyEncoding(Path path, byte[] bytes) {
        try {
            return new Decoded(fromBytes(path, bytes), Optional.empty());
        } catch (SourceException e) {
            Charset cs = Charset.forName("windows-1252");
            String text;
            try {
                text = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException undefinedByte) {
                cs = StandardCharsets.ISO_8859_1;
                text = new String(bytes, cs);
            }
            return new Decoded(new Article(path, text, false, cs), Optional.of(e));
        }
    }

    /** An article decoded from file bytes: UTF-8, with or without BOM. */
    public static Article fromBytes(Path path, byte[] bytes) throws SourceException {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        String text = Utf8.decode(path, bytes, bom ? 3 : 0);
        return new Article(path, text, bom, StandardCharsets.UTF_8);
    }

    /** The same article with new text (the result of an edit); BOM and path are kept. */
    public Article withText(String newText) {
        return newText.equals(text) ? this : new Article(path, newText, bom, charset);
    }

    /** The same text under another path (Save As). */
    public Article withPath(Path newPath) {
        return new Article(newPath, text, bom, charset);
    }

    /** The same text, to be saved in another encoding. */
    public Article withCharset(Charset newCharset) {
        return newCharset.equals(charset) ? this : new Article(path, text, bom, newCharset);
    }

    /** The encoding the file is saved in: UTF-8, unless it was read from a file in another one. */
    public Charset charset() {
        return charset;
    }

    public boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** Whether the text can be saved in its encoding (any text can in UTF-8). */
    public boolean canEncode() {
        return isUtf8() || charset.newEncoder().canEncode(text);
    }

    /**
     * The bytes to write: the text in its encoding, with the BOM it was read with. A character the
     * encoding cannot hold is an error, never a silent replacement.
     */
    public byte[] toBytes() throws CharacterCodingException {
        if (!isUtf8()) {
            ByteBuffer b = charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    public boolean hasFrontMatterBlock() {
        return span != null;
    }

    public Optional<FrontMatterSpan> span() {
        return Optional.ofNullable(span);
    }

    /** The parsed front matter; empty when the header does not parse (see {@link #headerError()}). */
    public Optional<FrontMatter> frontMatter() {
        return Optional.ofNullable(frontMatter);
    }

    /** The parsed front matter, or the parse error as an exception. */
    public FrontMatter requireFrontMatter() throws SourceException {
        if (headerError != null) throw headerError;
        return frontMatter;
    }

    public Optional<SourceException> headerError() {
        return Optional.ofNullable(headerError);
    }

    /** The YAML text between the delimiters, exactly as written; empty without front matter. */
    public String headerText() {
        return span == null ? "" : text.substring(span.headerStart(), span.headerEnd());
    }

    /** Everything after the front matter block. */
    public String body() {
        String b = body;
        if (b == null) body = b = span == null ? text : text.substring(span.end());
        return b;
    }

    /** The body, cut once: checks, preview and export all ask for it, and a long one is costly to copy. */
    private volatile String body;

    /** Offset of the body in {@link #text()}. */
    public int bodyOffset() {
        return span == null ? 0 : span.end();
    }

    /** This article with its last line ended by a line break (for files Masthead creates). */
    public Article endingItsLastLine() {
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? this : withText(text + lineBreak());
    }

    /** File line (1-based) of the header's first line (the one after the opening ---). */
    public int headerStartLine() {
        return span == null ? 1 : Lines.lineOf(text, span.headerStart());
    }

    /** File line (1-based) on which the body starts. */
    public int bodyStartLine() {
        return span == null ? 1 : Lines.lineOf(text, span.end());
    }

    /** The line break this file uses most; new lines are written with it. */
    public String lineBreak() {
        return Lines.dominantBreak(text);
    }

    /** A display name: the file name, or "Untitled". */
    public String displayName() {
        return path == null || path.getFileName() == null
                ? "Untitled"
                : path.getFileName().toString();
    }
}
