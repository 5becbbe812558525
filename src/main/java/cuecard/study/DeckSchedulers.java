package cuecard.study;

import cuecard.schedule.Scheduler;

/** The scheduler of each deck (decks may use different presets and fitted parameters). */
@FunctionalInterface
public interface DeckSchedulers {

    Scheduler forDeck(String deckId);

    /** One scheduler for every deck. */
    static DeckSchedulers all(Scheduler scheduler) {
        return deckId -> scheduler;
    }
}
