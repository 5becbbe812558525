package cuecard.stats;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.schedule.CardState;
import cuecard.study.Mode;
import cuecard.study.Progress;
import cuecard.study.Review;
import cuecard.study.ReviewBrief;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/** Turns decks, the review log and the stored card states into what statistics are computed from. */
public final class StatsSource {

    /** Lapses from which a card counts as a leech. */
    public static final int LEECH_LAPSES = 8;

    /** Stands for the key of a review outside the chosen decks. */
    private static final CardKey OUTSIDE = new CardKey("-", "-");

    private StatsSource() {
    }

    /**
     * @param decks    the decks to report on (cards of other decks are left out, their reviews too)
     * @param reviews  every review in effect (undone ones already removed), any order
     * @param progress the stored states
     */
    public static StatsInput input(List<Deck> decks, List<Review> reviews, Progress progress, Instant now,
                                   ZoneId zone, int dayStartHour, ToDoubleBiFunction<CardState, Instant> recall) {
        return input(decks, reviews, progress, now, zone, dayStartHour, recall, LEECH_LAPSES);
    }

    /** As above, with the learner's leech threshold (lapses from which a card counts as a leech). */
    public static StatsInput input(List<Deck> decks, List<Review> reviews, Progress progress, Instant now,
                                   ZoneId zone, int dayStartHour, ToDoubleBiFunction<CardState, Instant> recall,
                                   int leechLapses) {
        return input(decks, reviews::forEach, progress, now, zone, dayStartHour, recall, leechLapses);
    }

    /**
     * As above, with the reviews streamed ({@code reviews} hands each review in effect to the consumer it is given)
     * so that years of reviews never sit in memory as full records: each becomes a small {@link ReviewEvent} that
     * shares its card's key.
     */
    public static StatsInput input(List<Deck> decks, Consumer<Consumer<Review>> reviews, Progress progress,
                                   Instant now, ZoneId zone, int dayStartHour,
                                   ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        return fromBriefs(decks, sink -> reviews.accept(r -> sink.accept(ReviewBrief.of(r))), progress, now, zone,
                dayStartHour, recall, leechLapses);
    }

    /** As above, from the briefs of the reviews (what the store's review digest gives back quickly). */
    public static StatsInput fromBriefs(List<Deck> decks, Consumer<Consumer<ReviewBrief>> reviews, Progress progress,
                                        Instant now, ZoneId zone, int dayStartHour,
                                        ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        Set<String> deckIds = new LinkedHashSet<>();
        Map<CardKey, CardKey> keys = new HashMap<>();
        List<CardSnapshot> cards = new ArrayList<>();
        for (Deck deck : decks) {
            deckIds.add(deck.id());
            for (Card card : deck.cards()) {
                CardState state = progress.state(card.key(), now);
                List<String> tags = new ArrayList<>(deck.tags());
                tags.addAll(card.note().info().tags());
                keys.put(card.key(), card.key());
                cards.add(new CardSnapshot(card.key(), card.type(), tags, state, progress.suspended(card.key()),
                        state.lapses() >= leechLapses));
            }
        }
        List<ReviewEvent> events = new ArrayList<>();
        // the reviews of a card mostly share one key instance: each instance is looked up by value once
        Map<CardKey, CardKey> seen = new IdentityHashMap<>();
        reviews.accept(r -> {
            CardKey key = seen.get(r.key());
            if (key == null) {
                key = deckIds.contains(r.key().deckId()) ? keys.computeIfAbsent(r.key(), k -> k) : OUTSIDE;
                seen.put(r.key(), key);
            }
            if (key != OUTSIDE) {
                events.add(new ReviewEvent(key, r.at(), r.rating(), r.phaseBefore(), r.intervalBefore(),
                        r.mode() == Mode.REVIEW, r.millis()));
            }
        });
        events.sort(java.util.Comparator.comparing(ReviewEvent::at));
        return new StatsInput(events, cards, now, zone, dayStartHour, recall);
    }
}
