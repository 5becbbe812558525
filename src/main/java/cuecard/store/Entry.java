package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.study.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One line of a review log. Every entry has a unique id and the instant it was made. */
sealed interface Entry {

    String id();

    Instant at();

    /** The kind as written in the log's {@code kind} field. */
    String kind();

    /** A card was answered (in any mode). */
    record Reviewed(Review review) implements Entry {
        public String id() {
            return review.id();
        }

        public Instant at() {
            return review.at();
        }

        public String kind() {
            return "review";
        }
    }

    /** Cancels an earlier review entry. */
    record Undo(String id, Instant at, ZoneOffset offset, String target) implements Entry {
        public String kind() {
            return "undo";
        }
    }

    /** Takes a card out of (on) or back into (off) every queue. */
    record Suspension(String id, Instant at, ZoneOffset offset, CardKey key, boolean on) implements Entry {
        public String kind() {
            return on ? "suspend" : "unsuspend";
        }
    }

    /** Hides a card until the end of a learning day. */
    record Burial(String id, Instant at, ZoneOffset offset, CardKey key, LocalDate until) implements Entry {
        public String kind() {
            return "bury";
        }
    }

    /** The card {@code from} was renamed to {@code to}: its history now belongs to {@code to}. */
    record Remap(String id, Instant at, ZoneOffset offset, CardKey from, CardKey to) implements Entry {
        public String kind() {
            return "remap";
        }
    }

    /** The learner reset a card to new (its history stays in the log; scheduling starts over). */
    record Reset(String id, Instant at, ZoneOffset offset, CardKey key) implements Entry {
        public String kind() {
            return "reset";
        }
    }

    /** Written when a writer found a torn last line (a crash mid-write): that line number is set aside. */
    record TornMark(String id, Instant at, ZoneOffset offset, int line) implements Entry {
        public String kind() {
            return "torn";
        }
    }

    /** Ordering used by replay: by instant, then by id. */
    static int compare(Instant atA, String idA, Instant atB, String idB) {
        int c = atA.compareTo(atB);
        return c != 0 ? c : idA.compareTo(idB);
    }
}
