package cuecard.anki;

import cuecard.deck.CardKey;
import cuecard.schedule.CardSeed;
import cuecard.review.CardState;
import cuecard.review.Rating;
import cuecard.schedule.Scheduler;
import cuecard.store.Imported;
import cuecard.review.AnswerKind;
import cuecard.review.Mode;
import cuecard.review.Review;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A collection's review log as store entries, card by card, each card's states replayed by cuecard's own
 * scheduler: learning, review and relearning rows are reviews (ease 1-4 as again, hard, good, easy), filtered-deck
 * rows are cram answers (they change nothing), manual reschedules and resets start the card over as new. The entry
 * ids are {@code DEVICE-ROWID}, the device derived from the collection ({@link #device}), so importing the same
 * history twice adds nothing. Rows of cards that were not imported are counted, not kept.
 */
public final class AnkiHistory implements Iterator<Imported> {

    private final Iterator<AnkiCollection.RevlogRow> rows;
    private final Map<Long, CardKey> keys;
    private final Function<String, Scheduler> schedulers;
    private final ZoneId zone;
    private final String device;
    private final Instant latest;
    private long card = Long.MIN_VALUE;
    private CardState state;
    private Imported ahead;
    private long notImported;
    private long otherKinds;

    /**
     * @param schedulers the scheduler of each deck id
     * @param zone       the learner's time zone (Anki keeps no UTC offset per review)
     * @param now        the clock's instant: rows dated more than a day after it (a wrong clock) are left out
     */
    public AnkiHistory(Iterator<AnkiCollection.RevlogRow> rows, Map<Long, CardKey> keys,
                       Function<String, Scheduler> schedulers, ZoneId zone, String device, Instant now) {
        this.latest = now.plus(Duration.ofDays(1));
        this.rows = rows;
        this.keys = keys;
        this.schedulers = schedulers;
        this.zone = zone;
        this.device = device;
    }

    /** The device id of a collection's history: {@code anki} and 12 hex digits of its creation time and first review. */
    public static String device(long created, long firstReview) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((created + ":" + firstReview)
                    .getBytes(StandardCharsets.UTF_8));
            return "anki" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows left out so far because their card was not imported. */
    public long notImported() {
        return notImported;
    }

    /** Rows left out so far because cuecard does not know their kind or ease, or they are dated after the clock. */
    public long otherKinds() {
        return otherKinds;
    }

    @Override
    public boolean hasNext() {
        while (ahead == null && rows.hasNext()) {
            ahead = convert(rows.next());
        }
        return ahead != null;
    }

    @Override
    public Imported next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Imported out = ahead;
        ahead = null;
        return out;
    }

    private Imported convert(AnkiCollection.RevlogRow r) {
        CardKey key = keys.get(r.cardId());
        Instant at = Instant.ofEpochMilli(r.id());
        if (key == null) {
            notImported++;
            return null;
        }
        if (r.id() <= 0 || at.isAfter(latest)) {
            otherKinds++;
            return null;
        }
        if (r.cardId() != card) {
            card = r.cardId();
            state = CardState.fresh(at);
        }
        String id = device + "-" + r.id();
        if (r.type() == 4 || r.type() == 5) {
            state = CardState.fresh(at);
            return new Imported.Reset(id, at, zone.getRules().getOffset(at), key);
        }
        if (r.ease() < 1 || r.ease() > 4 || r.type() < 0 || r.type() > 3) {
            otherKinds++;
            return null;
        }
        Rating rating = Rating.values()[r.ease() - 1];
        Duration taken = Duration.ofMillis(Math.max(0, Math.min(r.millis(), Integer.MAX_VALUE)));
        CardState before = state;
        CardState after = before;
        Mode mode = Mode.CRAM;
        if (r.type() != 3) {
            mode = Mode.REVIEW;
            after = schedulers.apply(key.deckId()).apply(before, rating, at, CardSeed.of(key));
            state = after;
        }
        return new Imported.Answer(new Review(id, key, at, zone.getRules().getOffset(at), rating, mode,
                AnswerKind.SELF, null, taken, before, after));
    }
}
