package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.Review;

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

    /** Ordering used by replay: by instant, then by id ({@link #compareIds}). */
    static int compare(Instant atA, String idA, Instant atB, String idB) {
        int c = atA.compareTo(atB);
        return c != 0 ? c : compareIds(idA, idB);
    }

    /**
     * The order of entry ids ({@code DEVICE-COUNTER}): by device (the text before the last dash), then ids whose
     * counter is a number (up to 18 digits) before others, counters as numbers ({@code -9} before {@code -10}),
     * then by text. A total order, so every device sorts the same entries the same way.
     */
    static int compareIds(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        int pa = da < 0 ? a.length() : da;
        int pb = db < 0 ? b.length() : db;
        int c = CharSequence.compare(a.subSequence(0, pa), b.subSequence(0, pb));
        if (c != 0) {
            return c;
        }
        long na = counter(a, da);
        long nb = counter(b, db);
        if (na != nb) {
            return na < 0 ? 1 : nb < 0 ? -1 : Long.compare(na, nb);
        }
        return a.compareTo(b);
    }

    /** The number after the dash at {@code dash}, or -1 when there is none (no dash, no digits, a non-digit, too long). */
    static long counter(String id, int dash) {
        if (dash < 0 || dash == id.length() - 1 || id.length() - dash - 1 > 18) {
            return -1;
        }
        long n = 0;
        for (int i = dash + 1; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
