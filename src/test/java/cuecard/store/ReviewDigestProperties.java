package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.review.ReviewBrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review digest never changes what a full read of the logs gives: after any mix of reviews, undos, remaps,
 * torn last lines, reopenings and digests written at any point, the briefs equal those of {@link Store#eachReview}.
 */
class ReviewDigestProperties {

    private static final Comparator<ReviewBrief> ORDER = Comparator.comparing(ReviewBrief::at)
            .thenComparing(ReviewBrief::key).thenComparing(ReviewBrief::rating);

    private static List<ReviewBrief> briefs(Store s, int digestAfter) {
        List<ReviewBrief> out = new ArrayList<>();
        s.eachReviewBrief(out::add, digestAfter);
        out.sort(ORDER);
        return out;
    }

    private static List<ReviewBrief> full(Store s) {
        List<ReviewBrief> out = new ArrayList<>();
        s.eachReview(r -> out.add(ReviewBrief.of(r)));
        out.sort(ORDER);
        return out;
    }

    private static void same(Store s, int digestAfter) {
        List<ReviewBrief> expected = full(s);
        assertThat(briefs(s, digestAfter)).isEqualTo(expected);
        assertThat(briefs(s, digestAfter)).isEqualTo(expected); // again, now from the digest just written
        // each card's history, read at the places the digest gives, is what a full read finds for it
        List<Review> all = s.reviews();
        for (CardKey k : all.stream().map(Review::key).distinct().toList()) {
            assertThat(s.history(k)).as(k.toString()).isEqualTo(all.stream().filter(r -> r.key().equals(k)).toList());
        }
    }

    @Property(tries = 25)
    void briefsEqualAFullReadAfterAnyHistory(@ForAll long seed) throws Exception {
        Path data = Files.createTempDirectory("digest");
        try {
            run(data, new Random(seed));
        } finally {
            try (var walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(Path data, Random random) throws Exception {
        Instant t = Reviews.T0;
        Clock clock = Clock.fixed(t.plus(Duration.ofDays(400)), ZoneOffset.UTC);
        List<CardKey> cards = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cards.add(new CardKey("d" + (i % 2), "c" + i));
        }
        Store s = Store.open(data, clock);
        try {
            for (int step = 0; step < 40; step++) {
                int op = random.nextInt(10);
                if (op < 5) {
                    CardKey k = cards.get(random.nextInt(cards.size()));
                    t = t.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
                    s.record(Reviews.next(k, s.state(k, t), Rating.of(1 + random.nextInt(4)), t));
                } else if (op == 5) {
                    s.undoLast();
                } else if (op == 6) {
                    CardKey from = cards.get(random.nextInt(cards.size()));
                    CardKey to = new CardKey(from.deckId(), from.cardId() + "x");
                    s.remap(from, to);
                    cards.set(cards.indexOf(from), to);
                } else if (op == 7) {
                    s.close();
                    s = Store.open(data, clock);
                } else if (op == 8) {
                    try (Store reader = Store.openReadOnly(data, clock)) {
                        same(reader, random.nextInt(4));
                    }
                } else {
                    same(s, random.nextInt(4));
                }
            }
            same(s, 1);
        } finally {
            s.close();
        }
        // a review line left without its newline (a crash after the write, before the newline) is read the same
        // way by both, and the digest does not take it in until its line is complete
        Path log;
        try (var list = Files.list(data.resolve("reviews"))) {
            log = list.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(log);
        int lastStart = bytes.length - 1;
        while (lastStart > 0 && bytes[lastStart - 1] != '\n') {
            lastStart--;
        }
        byte[] copy = java.util.Arrays.copyOfRange(bytes, lastStart, bytes.length - 1); // the last line, no newline
        String line = new String(copy, StandardCharsets.UTF_8);
        String changed = line.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-torn\"");
        Files.write(log, changed.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (Store reader = Store.openReadOnly(data, clock)) {
            same(reader, 1);
        }
        Files.write(log, new byte[] {'\n'}, StandardOpenOption.APPEND);
        try (Store reader = Store.openReadOnly(data, clock)) {
            same(reader, 1);
        }
    }

    @TempDir
    Path dir;

    @Test
    void aDigestIsWrittenOnlyAfterManyLinesAndIsUsedWhileTheLogsAgree() throws Exception {
        Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(400)), ZoneOffset.UTC);
        CardKey k = new CardKey("d", "c");
        try (Store s = Store.open(dir, clock)) {
            Instant t = Reviews.T0;
            for (int i = 0; i < 5; i++) {
                t = t.plus(Duration.ofDays(1));
                s.record(Reviews.next(k, s.state(k, t), Rating.GOOD, t));
            }
            Path digest = dir.resolve(ReviewDigest.FILE);
            briefs(s, 6);
            assertThat(digest).doesNotExist();
            briefs(s, 5);
            assertThat(digest).exists();
            assertThat(ReviewDigest.read(digest).size()).isEqualTo(5);
            t = t.plus(Duration.ofDays(1));
            s.record(Reviews.next(k, s.state(k, t), Rating.AGAIN, t)); // a line after the digest
            List<Review> history = s.history(k);
            assertThat(s.historyFromDigest()).isTrue();
            assertThat(history).hasSize(6).isEqualTo(s.reviews());
            assertThat(history.get(5).rating()).isEqualTo(Rating.AGAIN);
        }
        Path digest = dir.resolve(ReviewDigest.FILE);
        // damaged in any byte: ignored, and the full read still answers
        byte[] good = Files.readAllBytes(digest);
        for (int i = 0; i < good.length; i += Math.max(1, good.length / 40)) {
            byte[] bad = good.clone();
            bad[i] ^= 0x21;
            Files.write(digest, bad);
            assertThat(ReviewDigest.read(digest)).as("byte %d", i).isNull();
            try (Store r = Store.openReadOnly(dir, clock)) {
                assertThat(briefs(r, 1_000)).isEqualTo(full(r));
            }
        }
        Files.write(digest, good);
        // the logs no longer start with the bytes it covers: not used (and replaced)
        Path log;
        try (var list = Files.list(dir.resolve("reviews"))) {
            log = list.findFirst().orElseThrow();
        }
        String text = Files.readString(log);
        Files.writeString(log, text.replace("\"rating\":\"good\"", "\"rating\":\"easy\""));
        try (Store r = Store.openReadOnly(dir, clock)) {
            List<ReviewBrief> now = briefs(r, 1_000);
            assertThat(now).isEqualTo(full(r));
            assertThat(now).noneMatch(b -> b.rating() == Rating.GOOD).anyMatch(b -> b.rating() == Rating.EASY);
        }
    }

    @Test
    void rebuildingTheStoreDropsTheDigest() throws Exception {
        Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(400)), ZoneOffset.UTC);
        CardKey k = new CardKey("d", "c");
        try (Store s = Store.open(dir, clock)) {
            s.record(Reviews.first(k, Reviews.T0));
            briefs(s, 1);
            assertThat(dir.resolve(ReviewDigest.FILE)).exists();
            s.rebuild();
            assertThat(dir.resolve(ReviewDigest.FILE)).doesNotExist();
            assertThat(briefs(s, 1_000)).isEqualTo(full(s));
        }
    }
}
