package org.masthead.platform;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardChoiceTest {
    @Test
    void everyCardBelongsToAChoiceAndEveryChoiceHasACard() {
        Set<CardChoice> seen = EnumSet.noneOf(CardChoice.class);
        for (CardPlatform p : CardPlatform.values()) seen.add(p.choice());
        assertThat(seen).containsExactlyInAnyOrder(CardChoice.values());
        assertThat(CardPlatform.X_SUMMARY.choice()).isEqualTo(CardChoice.X);
        assertThat(CardPlatform.GOOGLE_MOBILE.choice()).isEqualTo(CardChoice.GOOGLE);
    }

    @Test
    void aListReadsBackWhateverItsCaseAndSpacesAndSkipsNamesItDoesNotKnow() {
        assertThat(CardChoice.parse(" WhatsApp, x ,,myspace")).containsExactly(CardChoice.X, CardChoice.WHATSAPP);
        assertThat(CardChoice.parse("")).isEmpty();
        assertThat(CardChoice.parse(CardChoice.all())).containsExactly(CardChoice.values());
        assertThat(CardChoice.format(EnumSet.of(CardChoice.TELEGRAM, CardChoice.SLACK)))
                .isEqualTo("slack,telegram");
        assertThat(CardChoice.unknown("x, MySpace ,,orkut")).containsExactly("myspace", "orkut");
    }
}
