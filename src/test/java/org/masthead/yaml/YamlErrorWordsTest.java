package org.masthead.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Header mistakes told in plain words, on the line where the writer made them. */
class YamlErrorWordsTest {
    private static YamlProblem problem(String yaml) {
        return catchThrowableOfType(() -> SafeYaml.compose(yaml), YamlProblem.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "title: \"Hello\\ndes: x\\ndate: 2020\\n | 1 | 8 | The closing quote (\") of title is missing",
                "a: 1\\ntitle: 'Hello\\ndes: x\\n | 2 | 8 | The closing single quote (') of title is missing",
                "title: Hello: world\\ndes: x\\n | 1 | 13 | The value of title contains \": \"",
                "title: \"Hi\" there\\ndes: x\\n | 1 | 13 | Text follows the closing quote",
                "a: 1\\nt: \"A walk\\ndes: \"Where\"\\n | 2 | 4 | The closing quote (\") of t is missing",
                "title: x\\n  des: y\\ndate: 1\\n | 2 | 1 | This line is indented more than the keys above it",
                "title: x\\ndes y\\ndate: 1\\n | 2 | 1 | This line has no colon",
                "title: x\\n\\tdes: y\\n | 2 | 1 | A tab is used for indentation here",
                "tags: [a, b\\ndes: x\\n | 1 | 7 | The list opened here with [ is not closed with ]",
                "title: x\\ndes: @foo\\n | 2 | 6 | A value cannot start with @",
                "title: *nope\\n | 1 | 8 | refers to an anchor &nope that is not defined above",
                "des: >\\n  text\\n bad\\nx: 1\\n | 3 | 1 | This line does not fit the header's structure",
            })
    void eachMistakeIsToldPlainlyWhereItWasMade(String yaml, int line, int column, String words) {
        YamlProblem p = problem(yaml.replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(p.getMessage()).contains(words).doesNotContain("<block end>").doesNotContain("scalar");
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
    }

    @Test
    void anUnknownMistakeStillSaysWhereAndWhat() {
        YamlProblem p = problem("- a\ntitle: x\n");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.getMessage()).isNotBlank();
    }
}
