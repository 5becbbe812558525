package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.Review;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One entry of a history made by another program (an Anki collection's review log), for
 * {@link Store#importHistory}: an answer, or a card reset to new. Each carries its final entry id
 * ({@code DEVICE-COUNTER}), so importing the same history again finds every entry already there.
 */
public sealed interface Imported {

    /** An answered card; its id is set. */
    record Answer(Review review) implements Imported {
    }

    /** The card started over as new (a reset or a manual reschedule in the other program). */
    record Reset(String id, Instant at, ZoneOffset offset, CardKey key) implements Imported {
    }
}
