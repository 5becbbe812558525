package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.Rating;

/** The four possible futures of a card, one per rating, computed at once so a screen can show each interval. */
public record NextStates(CardState again, CardState hard, CardState good, CardState easy) {

    public CardState of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
