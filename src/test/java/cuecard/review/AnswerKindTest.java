package cuecard.review;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardType;
import org.junit.jupiter.api.Test;

class AnswerKindTest {

    @Test
    void eachCardTypeIsAnsweredItsOwnWay() {
        assertThat(AnswerKind.of(CardType.BASIC)).isEqualTo(AnswerKind.SELF);
        assertThat(AnswerKind.of(CardType.CLOZE)).isEqualTo(AnswerKind.SELF);
        assertThat(AnswerKind.of(CardType.CHOICE)).isEqualTo(AnswerKind.CHOICE);
        assertThat(AnswerKind.of(CardType.TYPED)).isEqualTo(AnswerKind.TYPED);
        assertThat(AnswerKind.of(CardType.TRUEFALSE)).isEqualTo(AnswerKind.TRUE_FALSE);
    }
}
