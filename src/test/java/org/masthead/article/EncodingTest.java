package org.masthead.article;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingTest {
    private static final Path P = Path.of("a.md");

    @Test
    void aWindows1252FileRoundTripsByteForByte() throws Exception {
        byte[] bytes = "---\ntitle: \"Café – “quoted”\"\n---\nNaïve résumé\n".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> Article.fromBytes(P, bytes))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("a.md:2:");
        Article.Decoded d = Article.fromBytesAnyEncoding(P, bytes);
        assertThat(d.notUtf8()).isPresent();
        assertThat(d.article().charset().name()).isEqualTo("windows-1252");
        assertThat(d.article().frontMatter().orElseThrow().text("title")).isEqualTo("Café – “quoted”");
        assertThat(d.article().toBytes()).isEqualTo(bytes);
    }

    @Test
    void bytesUndefinedInWindows1252FallBackToLatin1AndStillRoundTrip() throws Exception {
        byte[] bytes = {'a', (byte) 0x81, (byte) 0x8D, (byte) 0xFF, '\n'};
        Article.Decoded d = Article.fromBytesAnyEncoding(P, bytes);
        assertThat(d.article().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(d.article().toBytes()).isEqualTo(bytes);
    }

    @Test
    void textTheEncodingCannotHoldIsAnErrorNotAReplacement() throws Exception {
        Article a = Article.fromBytesAnyEncoding(P, new byte[] {'x', (byte) 0xE9})
                .article()
                .withText("x 東京");
        assertThat(a.canEncode()).isFalse();
        assertThatThrownBy(a::toBytes).isInstanceOf(CharacterCodingException.class);
        assertThat(a.withCharset(StandardCharsets.UTF_8).toBytes()).isEqualTo("x 東京".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8FilesStayUtf8() {
        Article.Decoded d = Article.fromBytesAnyEncoding(P, "ü".getBytes(StandardCharsets.UTF_8));
        assertThat(d.notUtf8()).isEmpty();
        assertThat(d.article().isUtf8()).isTrue();
    }
}
