package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The process {@link KillTest} kills: opens the store and records reviews, saying on standard output after each step
 * what it has done ({@code open}, {@code saved ID} once the review is fsynced, {@code snapshot}, {@code closed}), so
 * the test kills it right after a chosen step, in the middle of the next one.
 *
 * <p>Arguments: data dir, seed, number of reviews, first review instant.
 */
public final class KillChild {

    private KillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        int reviews = Integer.parseInt(args[2]);
        Instant at = Instant.parse(args[3]);
        Store s = Store.open(data, Clock.systemUTC());
        System.out.println("open");
        System.out.flush();
        for (int i = 0; i < reviews; i++) {
            CardKey key = Reviews.key("kill/c" + random.nextInt(KillTest.CARDS));
            at = at.plus(Duration.ofMinutes(1));
            Review saved = s.record(Reviews.next(key, s.state(key, at), Rating.GOOD, at));
            System.out.println("saved " + saved.id());
            System.out.flush();
            if (i % 4 == 3) {
                s.writeSnapshot();
                System.out.println("snapshot");
                System.out.flush();
            }
        }
        s.close();
        System.out.println("closed");
        System.out.flush();
    }
}
