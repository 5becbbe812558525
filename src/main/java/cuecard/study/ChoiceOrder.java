package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.deck.Note;
import cuecard.schedule.CardSeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The options of a choice card in the order shown: shuffled, but the same for the same card on the same learning
 * day, so coming back to a card (or undoing) shows the same numbering.
 *
 * @param options the answer and the distractors, shuffled
 * @param correct the index of the answer in {@code options}
 */
public record ChoiceOrder(List<String> options, int correct) {

    public ChoiceOrder {
        options = List.copyOf(options);
    }

    public static ChoiceOrder of(CardKey key, Note.Choice note, LocalDate day) {
        List<String> all = new ArrayList<>();
        all.add(note.answer());
        all.addAll(note.distractors());
        SplittableRandom random = new SplittableRandom(CardSeed.of(key + "@" + day));
        int answerAt = 0;
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
            if (answerAt == i) {
                answerAt = j;
            } else if (answerAt == j) {
                answerAt = i;
            }
        }
        return new ChoiceOrder(all, answerAt);
    }
}
