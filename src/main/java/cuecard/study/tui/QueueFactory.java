package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.review.CardSource;
import java.util.List;

/** Builds the review queue for the chosen cards (the scheduler's {@code StudyQueue} in the real program). */
@FunctionalInterface
public interface QueueFactory {
    CardSource open(List<Card> cards);
}
