package org.masthead.ui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StyleRunsTest {
    private static StyleSpans<Collection<String>> spans(Object... lengthsAndStyles) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthsAndStyles.length; i += 2) {
            String style = (String) lengthsAndStyles[i + 1];
            b.add(style.isEmpty() ? List.of() : List.of(style), (Integer) lengthsAndStyles[i]);
        }
        return b.create();
    }

    @Test
    void theSameStylesSplitDifferentlyAreTheSame() {
        assertThat(StyleRuns.same(spans(3, "", 2, "", 4, "em"), spans(5, "", 4, "em")))
                .isTrue();
        assertThat(StyleRuns.same(spans(0, ""), spans(0, ""))).isTrue();
    }

    @Test
    void aMovedOrChangedStyleOrAnotherLengthDiffers() {
        assertThat(StyleRuns.same(spans(5, "", 4, "em"), spans(4, "", 5, "em"))).isFalse();
        assertThat(StyleRuns.same(spans(5, "", 4, "em"), spans(5, "", 4, "misspelt")))
                .isFalse();
        assertThat(StyleRuns.same(spans(5, "", 4, "em"), spans(5, "", 3, "em"))).isFalse();
    }
}
