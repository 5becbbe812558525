package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast line reader gives exactly what the general JSON parser gives, and declines what it cannot read. */
class FastLineProperties {

    @Property(tries = 300)
    void fastAndGeneralReadersAgree(@ForAll("reviews") Review r) throws Exception {
        byte[] line = EntryJson.line(new Entry.Reviewed(r));
        Entry fast = new FastLine().parse(line, 0, line.length - 1);
        Entry general = new EntryJson().parseGeneral(line, 0, line.length - 1);
        assertThat(general).isEqualTo(new Entry.Reviewed(r));
        boolean escaped = r.key().toString().contains("\"") || r.key().toString().contains("\\");
        if (escaped) {
            assertThat(fast).isNull(); // left to the general parser
        } else {
            assertThat(fast).isNotNull().isEqualTo(general);
        }
    }

    @Property(tries = 200)
    void aLineReadInPlaceEndsExactlyAtItsNewline(@ForAll("reviews") Review r) {
        byte[] line = EntryJson.line(new Entry.Reviewed(r.withId("dev-3")));
        byte[] buf = new byte[line.length + 40];
        System.arraycopy(line, 0, buf, 3, line.length);
        buf[3 + line.length] = '{'; // the next line begins right away
        FastLine fast = new FastLine();
        Entry e = fast.parseLine(buf, 3, 3 + line.length + 1);
        if (r.key().toString().contains("\"") || r.key().toString().contains("\\")) {
            assertThat(e).isNull();
            return;
        }
        assertThat(e).isEqualTo(new Entry.Reviewed(r.withId("dev-3")));
        assertThat(fast.lineEnd()).isEqualTo(3 + line.length - 1);
        assertThat(fast.parseLine(buf, 3, 3 + line.length - 1)).as("no newline yet").isNull();
    }

    @Property(tries = 200)
    void aLeanReadKeepsAllButTheBeforeStateAndStillChecksIt(@ForAll("reviews") Review r) {
        byte[] line = EntryJson.line(new Entry.Reviewed(r.withId("dev-2")));
        Entry lean = new FastLine(true).parse(line, 0, line.length - 1);
        if (r.key().toString().contains("\"") || r.key().toString().contains("\\")) {
            return;
        }
        Review got = ((Entry.Reviewed) lean).review();
        assertThat(got.before()).isSameAs(FastLine.NOT_READ);
        assertThat(got.withId("dev-2")).isEqualTo(new Review("dev-2", r.key(), r.at(), r.offset(), r.rating(), r.mode(),
                r.answer(), r.correct(), r.taken(), FastLine.NOT_READ, r.after()));
        String text = new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
        int before = text.indexOf("\"before\":");
        String broken = text.substring(0, before) + text.substring(before).replaceFirst("\"reps\":\\d+", "\"reps\":1x");
        byte[] b = broken.getBytes(StandardCharsets.UTF_8);
        assertThat(new FastLine(true).parse(b, 0, b.length)).isNull();
    }

    @Property(tries = 300)
    void aCutOrChangedLineIsNeverReadFast(@ForAll("reviews") Review r, @ForAll double where) {
        byte[] line = EntryJson.line(new Entry.Reviewed(r));
        int cut = (int) (Math.abs(where) % 1 * (line.length - 2));
        assertThat(new FastLine().parse(line, 0, cut)).isNull();
        String spaced = new String(line, 0, line.length - 1, StandardCharsets.UTF_8).replace(",\"after\":", ", \"after\":");
        byte[] b = spaced.getBytes(StandardCharsets.UTF_8);
        assertThat(new FastLine().parse(b, 0, b.length)).isNull();
    }

    @net.jqwik.api.Example
    void aKeyThatIsNotUtf8IsADamagedLineNotAReview() {
        Review r = Reviews.first(Reviews.key("words/ni-hao"), Reviews.T0).withId("dev-1");
        byte[] line = EntryJson.line(new Entry.Reviewed(r));
        int at = new String(line, StandardCharsets.ISO_8859_1).indexOf("ni-hao");
        line[at] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        assertThat(new FastLine().parse(line, 0, line.length - 1)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EntryJson().parse(line, 0, line.length - 1))
                .isInstanceOf(EntryJson.BadLine.class);
    }

    @net.jqwik.api.Example
    void chineseKeysAreReadFast() throws Exception {
        Review r = Reviews.first(Reviews.key("词语/你好"), Reviews.T0).withId("dev-1");
        byte[] line = EntryJson.line(new Entry.Reviewed(r));
        FastLine fast = new FastLine();
        assertThat(fast.parse(line, 0, line.length - 1)).isEqualTo(new Entry.Reviewed(r));
        assertThat(fast.parse(line, 0, line.length - 1)).isEqualTo(new Entry.Reviewed(r)); // from the key cache
    }

    /** {@link ReviewLine} writes every review line Jackson's way, byte for byte, or declines and Jackson writes it. */
    @Property(tries = 3000)
    void theHandWrittenReviewLineIsJacksons(@ForAll("reviews") Review r) {
        byte[] hand = ReviewLine.write(r);
        String jackson = new String(EntryJson.generalLine(new Entry.Reviewed(r)), java.nio.charset.StandardCharsets.UTF_8);
        if (hand == null) {
            assertThat(r.key().toString()).containsAnyOf("\"", "\\");
        } else {
            assertThat(new String(hand, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(jackson);
        }
    }

    @net.jqwik.api.Example
    void handWrittenNumbersAreJacksons() {
        for (double s : new double[] {0.001, 1.0E-4, 36500, 0.1 + 0.2, 1e-7, 123456.789, 2.0}) {
            CardState st = new CardState(Phase.REVIEW, 0, new MemoryState(s, 10), Reviews.T0, Reviews.T0, 10_000_000, 0, 36500);
            Review r = new Review("dev-9", Reviews.key("a/b"), Reviews.T0, ZoneOffset.UTC, Rating.EASY, Mode.EXAM,
                    AnswerKind.TRUE_FALSE, false, Duration.ofMillis(Integer.MAX_VALUE), st, st);
            assertThat(new String(ReviewLine.write(r), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(EntryJson.generalLine(new Entry.Reviewed(r)), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<Review> reviews() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)))
                .injectDuplicates(0.2).edgeCases(e -> e.add(Instant.ofEpochSecond(1_700_000_000L)));
        Arbitrary<CardState> states = Combinators.combine(Arbitraries.of(Phase.class), Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0.001, 36500).ofScale(12).injectNull(0.3), instants, instants.injectNull(0.3),
                Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 36500))
                .as((p, step, s, due, last, reps, lapses, days) -> new CardState(p, step,
                        s == null ? null : new MemoryState(s, 1 + s % 9), due, last, reps, lapses, days));
        Arbitrary<CardKey> keys = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("ni-hao", "谢谢", "q\"uote", "back\\slash", "x-r", "c-c2"))
                .as(CardKey::new);
        return Combinators.combine(keys, instants, Arbitraries.of(Rating.class), Arbitraries.of(Mode.class),
                Arbitraries.of(AnswerKind.class), Arbitraries.of(true, false).injectNull(0.5), states, states)
                .as((k, at, rating, mode, answer, correct, before, after) -> new Review("dev-1", k, at,
                        ZoneOffset.ofHoursMinutes(5, 30), rating, mode, answer, correct, Duration.ofMillis(1234), before, after));
    }
}
