package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deckfile.DeckLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextTest {

    private static List<Card> cards(String yaml) {
        return ((DeckResult.Ok) DeckLoader.parse(yaml, "t.yaml")).deck().cards();
    }

    @Test
    void clozeAsksOneDeletionAndFillsTheOthers() {
        List<Card> cs = cards("deck: d\ncards:\n  - type: cloze\n    text: \"{{Paris}} is the capital of {{France::country}}.\"\n");
        assertThat(cs).extracting(Card::prompt).containsExactly("[...] is the capital of France.",
                "Paris is the capital of [country].");
        assertThat(cs).extracting(Card::answer).containsExactly("Paris", "France");
        assertThat(ClozeText.answered(cs.get(1).note() instanceof Note.Cloze c ? c.text() : "", 1))
                .isEqualTo("Paris is the capital of [France].");
    }

    @Test
    void reverseSwapsFrontAndBack() {
        List<Card> cs = cards("deck: d\ncards:\n  - {type: basic, front: dog, back: 狗, reverse: true}\n");
        assertThat(cs).extracting(Card::prompt).containsExactly("dog", "狗");
        assertThat(cs).extracting(Card::answer).containsExactly("狗", "dog");
        assertThat(cs.get(0).siblingGroup()).isEqualTo(cs.get(1).siblingGroup());
    }

    @Test
    void yamlBooleansAndNumbersAreTakenAsWritten() {
        List<Card> cs = cards("""
                deck: d
                cards:
                  - {type: typed, question: Is it so, answer: no}
                  - {type: typed, question: How many, answer: 0042}
                  - {type: truefalse, statement: S, answer: yes}
                """);
        assertThat(cs).extracting(Card::answer).containsExactly("no", "0042", "true");
    }

    @Test
    void choiceRejectsADistractorEqualToTheAnswerAfterNormalising() {
        DeckResult r = DeckLoader.parse("deck: d\ncards:\n  - {type: choice, question: Q, answer: Ｐaris, distractors: [paris, Rome]}\n", "t");
        assertThat(r).isInstanceOf(DeckResult.Failed.class);
        assertThat(r.problems().get(0).message()).contains("appears twice or equals the answer");
    }

    @Test
    void chineseDeckLoads() {
        List<Card> cs = cards("""
                deck: zh
                language: zh-Hans
                cards:
                  - type: cloze
                    text: 这次采访发表于{{2022年11月20日}}。
                """);
        assertThat(cs.get(0).prompt()).isEqualTo("这次采访发表于[...]。");
    }
}
