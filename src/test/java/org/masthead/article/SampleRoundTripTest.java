package org.masthead.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Samples;
import org.masthead.profile.ProfileLoader;
import org.masthead.yaml.YamlValue;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRoundTripTest {

    static Stream<Path> samples() {
        return Samples.articles().stream();
    }

    static Stream<Path> parseableSamples() {
        return Samples.parseable().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thereAreSamplesAndEachReadsAndWritesBackExactly(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Article a = ArticleFiles.read(file);
        // The samples with a broken header are broken on purpose; they still write back unchanged.
        boolean broken = Samples.UNPARSEABLE.contains(file.getFileName().toString());
        assertThat(a.headerError().isPresent()).as("header error").isEqualTo(broken);
        if (!broken) assertThat(a.requireFrontMatter().keys()).isNotEmpty();
        assertThat(a.toBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("parseableSamples")
    void everyKeySetToANewValueThenBackGivesTheOriginalBytes(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        Article a = ArticleFiles.read(file);
        var schema =
                ProfileLoader.forArticle(file).schemaFor(a.requireFrontMatter().keys());
        FrontMatterEditor editor = new FrontMatterEditor(new KeyPlacement(schema.keys()));
        for (FrontMatterEntry e : a.requireFrontMatter().entries()) {
            Article changed;
            Article back;
            if (e.value() instanceof YamlValue.Sequence seq) {
                changed = editor.setList(
                        a,
                        e.key(),
                        Stream.concat(seq.texts().stream(), Stream.of("extra")).toList());
                assertThat(((YamlValue.Sequence) changed.requireFrontMatter()
                                        .value(e.key())
                                        .orElseThrow())
                                .texts())
                        .contains("extra");
                back = editor.setList(changed, e.key(), seq.texts());
            } else {
                String old = e.value().asText();
                String newValue = ArticleRoundTripTest.sameKindOfValue(e.tag(), old);
                changed = editor.set(a, e.key(), newValue);
                assertThat(changed.requireFrontMatter().text(e.key()))
                        .as(e.key())
                        .isEqualTo(newValue);
                back = editor.set(changed, e.key(), old);
            }
            assertThat(back.text()).as(file.getFileName() + " " + e.key()).isEqualTo(a.text());
            assertThat(back.toBytes()).isEqualTo(original);
            // Removing a key and adding it back puts it where it was, when the schema knows it.
            if (schema.field(e.key()).isPresent() && e.value() instanceof YamlValue.Scalar s && !s.isNull()) {
                Article removed = editor.remove(a, e.key());
                assertThat(removed.requireFrontMatter().has(e.key())).isFalse();
                Article added = editor.set(removed, e.key(), s.text());
                assertThat(added.requireFrontMatter().keys())
                        .isEqualTo(a.requireFrontMatter().keys());
            }
        }
    }
}
