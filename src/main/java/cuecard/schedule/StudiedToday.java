package cuecard.schedule;

import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * What was already studied on a learning day before the queue was built, deck by deck, so the daily limits hold
 * across sessions: new cards introduced and review cards answered (intra-day learning steps are not counted).
 *
 * @param day   the learning day the counts belong to
 * @param decks the counts of each deck studied that day, by deck id
 */
public record StudiedToday(LocalDate day, Map<String, Done> decks) {

    /** One deck's counts. */
    public record Done(int newCards, int reviews) {
        static final Done NOTHING = new Done(0, 0);
    }

    public StudiedToday {
        decks = Map.copyOf(decks);
    }

    /** Nothing studied yet (on any day). */
    public static StudiedToday none() {
        return new StudiedToday(LocalDate.MIN, Map.of());
    }

    /** One deck's counts on a day. */
    public static StudiedToday of(LocalDate day, String deckId, int newCards, int reviews) {
        return new StudiedToday(day, Map.of(deckId, new Done(newCards, reviews)));
    }

    /** Counts the review-mode answers of {@code log} that fall on learning day {@code day}, per deck. */
    public static StudiedToday from(Iterable<Review> log, LocalDate day, ZoneId zone, int dayStartHour) {
        Map<String, int[]> counts = new HashMap<>();
        for (Review r : log) {
            if (r.mode() != Mode.REVIEW || !LearningDay.of(r.at(), zone, dayStartHour).equals(day)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(r.key().deckId(), d -> new int[2]);
            if (r.before().phase() == Phase.NEW) {
                c[0]++;
            } else if (r.before().phase() == Phase.REVIEW) {
                c[1]++;
            }
        }
        Map<String, Done> decks = new HashMap<>();
        counts.forEach((d, c) -> decks.put(d, new Done(c[0], c[1])));
        return new StudiedToday(day, decks);
    }

    /** A deck's counts (zero when it was not studied). */
    public Done of(String deckId) {
        return decks.getOrDefault(deckId, Done.NOTHING);
    }

    /** New cards introduced that day in all decks. */
    public int newCards() {
        return decks.values().stream().mapToInt(Done::newCards).sum();
    }

    /** Review cards answered that day in all decks. */
    public int reviews() {
        return decks.values().stream().mapToInt(Done::reviews).sum();
    }

    /** The counts that apply on {@code today}: these when the day matches, none otherwise. */
    StudiedToday on(LocalDate today) {
        return today.equals(day) ? this : new StudiedToday(today, Map.of());
    }
}
