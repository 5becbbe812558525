package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.deck.Note;
import cuecard.schedule.CardSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The options of a choice card in the order shown: shuffled anew for every showing, so no answer is learnt as a
 * key number; the seed makes the order reproducible (tests, one showing drawn again).
 *
 * @param options the answer and the distractors, shuffled
 * @param correct the index of the answer in {@code options}
 */
public record ChoiceOrder(List<String> options, int correct) {

    public ChoiceOrder {
        options = List.copyOf(options);
    }

    /** The order of one showing of the card: {@code showing} varies it (a session's seed plus a showing count). */
    public static ChoiceOrder of(CardKey key, Note.Choice note, long showing) {
        List<String> all = new ArrayList<>();
        all.add(note.answer());
        all.addAll(note.distractors());
        SplittableRandom random = new SplittableRandom(CardSeed.of(key) * 0x9E3779B97F4A7C15L + showing);
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
