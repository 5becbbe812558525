package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** Writes a large review log directly (no fsync per line) for benchmarks: reviews spread over cards in time order. */
public final class SyntheticLog {

    private SyntheticLog() {
    }

    /** Writes {@code reviews} reviews over {@code cards} cards to {@code DATA/reviews/DEVICE.jsonl}; returns the device. */
    public static String write(Path data, int cards, int reviews, long seed) throws IOException {
        CardKey[] keys = new CardKey[cards];
        for (int i = 0; i < cards; i++) {
            keys[i] = new CardKey("deck" + (i % 50), "card-" + i);
        }
        return write(data, keys, reviews, seed);
    }

    /** The same over given card keys (e.g. the cards of a synthetic deck collection). */
    public static String write(Path data, CardKey[] keys, int reviews, long seed) throws IOException {
        int cards = keys.length;
        Files.createDirectories(data.resolve("reviews"));
        String device = "bench0device";
        Files.writeString(data.resolve("device"), device + "\n");
        Random random = new Random(seed);
        CardState[] states = new CardState[cards];
        Instant t = Instant.parse("2024-01-01T08:00:00Z");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(data.resolve("reviews").resolve(device + ".jsonl")), 1 << 20)) {
            for (int n = 0; n < reviews; n++) {
                int c = n < cards ? n : random.nextInt(cards);
                t = t.plusMillis(1000 + random.nextInt(60_000));
                CardState before = states[c] == null ? CardState.fresh(t) : states[c];
                Rating rating = Rating.of(1 + random.nextInt(4));
                Review r = Reviews.next(keys[c], before, rating, t).withId(device + "-" + (n + 1));
                states[c] = r.after();
                out.write(EntryJson.line(new Entry.Reviewed(r)));
            }
        }
        return device;
    }

    /** A review of card {@code i} of the synthetic log, following its stored state. */
    public static Review next(Store store, int i, Instant at) {
        CardKey key = new CardKey("deck" + (i % 50), "card-" + i);
        return Reviews.next(key, store.state(key, at), Rating.GOOD, at);
    }

}
