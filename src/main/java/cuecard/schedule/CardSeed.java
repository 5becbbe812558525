package cuecard.schedule;

import cuecard.deck.CardKey;

import java.nio.charset.StandardCharsets;

/** The per-card seed of the interval fuzz: a stable 64-bit hash (FNV-1a) of the card key's text. */
public final class CardSeed {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private CardSeed() {
    }

    public static long of(CardKey key) {
        return of(key.toString());
    }

    /** The seed of any text, e.g. the id of a replayed history. */
    public static long of(String text) {
        long h = OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= PRIME;
        }
        return h;
    }
}
