package org.masthead.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.masthead.source.SourceException;

/** Strict UTF-8 decoding: an invalid byte is reported with its line and column, never replaced. */
final class Utf8 {
    private Utf8() {}

    static String decode(Path path, byte[] bytes, int from) throws SourceException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int bad = in.position();
            int line = 1, lineStart = from;
            for (int i = from; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String partial = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = partial.codePointCount(0, partial.length()) + 1;
            throw new SourceException(
                    path,
                    line,
                    column,
                    String.format(
                            "not valid UTF-8 (byte 0x%02X at offset %d); the file was not changed",
                            bytes[bad] & 0xFF, bad));
        }
        out.flip();
        return out.toString();
    }
}
