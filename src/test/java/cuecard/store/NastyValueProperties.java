package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A well-formed line with any value put in any field (absurd instants, huge or non-finite numbers, wrong types):
 * every reading path works, the line is either used or reported as damaged, and the card can still be answered.
 */
class NastyValueProperties {

    private static final Clock CLOCK = Clock.fixed(Reviews.T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private static final CardKey KEY = new CardKey("nasty", "card");

    private static final String[] FIELDS = {"\"at\":", "\"ms\":", "\"offset\":", "\"v\":", "\"id\":", "\"s\":",
        "\"d\":", "\"due\":", "\"last\":", "\"reps\":", "\"lapses\":", "\"days\":", "\"step\":", "\"key\":"};

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("1e400", "-1e400", "1E999", "NaN", "\"Infinity\"", "-1", "-0.0", "0", "2147483648",
                "9223372036854775808", "99999999999999999999999", "1.7976931348623157E308", "4.9E-324", "null", "true",
                "{}", "[]", "\"\"", "\"+300000000-01-01T00:00:00Z\"", "\"-300000000-01-01T00:00:00Z\"",
                "\"9999-12-31T23:59:59.999999999Z\"", "\"0000-01-01T00:00:00Z\"", "\"1969-12-31T23:59:59Z\"",
                "\"2200-01-01T00:00:00Z\"", "\"2199-12-31T23:59:59Z\"", "\"1970-01-01T00:00:00Z\"", "\"+18:00\"",
                "\"-18:00\"", "\"x-1\"", "\"a/b\"", "36500", "36500.0000001", "10.0", "0.999", "1000", "1001",
                "10000000", "10000001", "36501", "2147483647", "\"2026-02-30T00:00:00Z\"");
    }

    @Property(tries = 300)
    void noValueInAnyFieldBreaksAReadingPathOrTheNextAnswer(@ForAll("values") String value,
                                                           @ForAll("fields") int field, @ForAll boolean inBefore)
            throws Exception {
        Path data = Files.createTempDirectory("cuecard-nasty");
        try {
            Review first;
            String device;
            try (Store s = Store.open(data, CLOCK)) {
                first = s.record(Reviews.first(KEY, Reviews.T0));
                device = s.deviceId();
            }
            Review second = Reviews.next(KEY, first.after(), Rating.GOOD, Reviews.T0.plus(Duration.ofDays(1)));
            second = new Review(device + "-2", KEY, second.at(), second.offset(), second.rating(), second.mode(),
                    second.answer(), second.correct(), second.taken(), second.before(), second.after());
            String line = new String(EntryJson.line(new Entry.Reviewed(second)), StandardCharsets.UTF_8);
            String name = FIELDS[field];
            int at = inBefore ? line.indexOf(name) : line.lastIndexOf(name);
            int from = at + name.length();
            int to = from;
            if (line.charAt(from) == '"') {
                to = line.indexOf('"', from + 1) + 1;
            } else {
                while (",}".indexOf(line.charAt(to)) < 0) {
                    to++;
                }
            }
            String nasty = line.substring(0, from) + value + line.substring(to);
            Files.writeString(data.resolve("reviews/" + device + ".jsonl"), nasty, java.nio.file.StandardOpenOption.APPEND);
            for (int round = 0; round < 2; round++) {
                Files.deleteIfExists(data.resolve("snapshot.json"));
                if (round == 1 && name.equals("\"v\":")) {
                    continue; // a higher format version makes the store read-only by design (docs/store.md)
                }
                try (Store s = round == 0 ? Store.openReadOnly(data, CLOCK) : Store.open(data, CLOCK)) {
                    CardState now = s.state(KEY, CLOCK.instant());
                    List<StoreProblem> found = s.check();
                    boolean used = s.reviewCount() == 2;
                    assertThat(used || found.stream().anyMatch(p -> p.serious() && p.line() == 2))
                            .as(nasty).isTrue();
                    assertThat(found).as(nasty).noneMatch(p -> p.message().contains("snapshot disagrees"));
                    List<Review> all = new ArrayList<>();
                    s.eachReview(all::add);
                    s.eachReviewBrief(b -> { });
                    // a "key" value that is another valid key ("a/b") moves that review to another card
                    assertThat(s.history(KEY)).hasSize((int) all.stream().filter(r -> r.key().equals(KEY)).count());
                    if (round == 1 && now.due().isBefore(CLOCK.instant().plus(Duration.ofDays(3650)))) {
                        Review next = Reviews.next(KEY, now, Rating.GOOD, CLOCK.instant());
                        try {
                            s.record(next);
                        } catch (Progress.StaleCard e) {
                            // a line dated after now: refused, nothing written
                        }
                    }
                }
            }
            try (Store s = Store.openReadOnly(data, CLOCK)) {
                assertThat(s.check()).as(nasty).noneMatch(p -> p.serious() && p.line() != 2);
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Integer> fields() {
        return Arbitraries.integers().between(0, FIELDS.length - 1);
    }
}
