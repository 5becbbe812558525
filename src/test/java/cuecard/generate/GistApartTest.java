package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A turn's back never shows the answer of a fact card made from the same sentence (own small interviews). */
class GistApartTest {

    static Deck deck(String text) {
        return Generator.generate(List.of(new InputText("fixture", "fixture", text)), Generator.Settings.defaults(),
                Generator.Progress.NONE);
    }

    /** What each fact card asks for, with a few characters before it: the back of a turn must not hold it. */
    static List<String> asked(Deck d) {
        return d.notes().stream().map(n -> {
            String prompt;
            String answer;
            if (n instanceof Note.Typed t) {
                prompt = t.question();
                answer = t.answer();
            } else if (n instanceof Note.Choice c) {
                prompt = c.question();
                answer = c.answer();
            } else if (n instanceof Note.Cloze c) {
                int at = c.text().indexOf("{{");
                prompt = c.text().substring(0, at) + "____";
                answer = c.text().substring(at + 2, c.text().indexOf("}}", at)).replaceFirst("::.*", "");
            } else {
                return null;
            }
            String before = CardQualityTest.body(prompt.substring(0, Math.max(0, prompt.indexOf("____"))));
            return before.substring(Math.max(0, before.length() - 4)) + answer;
        }).filter(s -> s != null).toList();
    }

    static List<Note.Basic> turns(Deck d) {
        return d.notes().stream().filter(n -> n instanceof Note.Basic).map(n -> (Note.Basic) n).toList();
    }

    static void noBackShowsAFactCardsAnswer(Deck d) {
        List<String> asked = asked(d);
        for (Note.Basic b : turns(d)) {
            assertThat(asked).as(b.back()).noneMatch(a -> b.back().contains(a));
        }
    }

    @Test
    void theOwnInterviewsKeepTurnsApartFromFactCards() {
        for (String text : List.of(CardQualityTest.ZH, CardQualityTest.EN)) {
            noBackShowsAFactCardsAnswer(deck(text));
        }
    }

    @Test
    void chineseTakesTheNextSentenceThatAnswersWhenTheFirstMakesFactCards() {
        String zh = String.join("\n", "渡船访谈", "", "记者：第一条船开了多远？", "",
                "周明：2018年5月第一次出海时，这条船从宁波开了1200公里。船员们都说，第一条船开得比他们见过的任何船都远。", "");
        Deck d = deck(zh);
        assertThat(asked(d)).isNotEmpty();
        assertThat(turns(d)).extracting(Note.Basic::back).containsExactly("船员们都说，第一条船开得比他们见过的任何船都远。");
        noBackShowsAFactCardsAnswer(d);
    }

    @Test
    void englishMakesNoTurnCardWhenOnlyAFactCardsSentenceAnswers() {
        String en = String.join("\n", "Boat interview", "", "Q: How far did the first boat sail?", "",
                "A: On its first trip in May 2018, the boat sailed 1,200 kilometers from Bergen. "
                        + "The crew said that the first boat sailed further than any boat they had known.", "");
        Deck d = deck(en);
        assertThat(asked(d)).isNotEmpty();
        assertThat(turns(d)).isEmpty();
    }
}
