package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The log's instant writer gives exactly {@code Instant.toString()}, and the reader reads it back. */
class InstantsProperties {

    @Property(tries = 3000)
    void formatIsInstantToString(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds,
                                 @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll @IntRange(min = 0, max = 3) int kind) {
        int n = switch (kind) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1000 * 1000;
            default -> nanos;
        };
        Instant at = Instant.ofEpochSecond(seconds, n);
        assertThat(Instants.format(at)).isEqualTo(at.toString());
        if (seconds >= 0) {
            assertThat(Instants.parse(Instants.format(at))).isEqualTo(at);
        }
    }

    @Example
    void edges() {
        for (String s : new String[] {"1970-01-01T00:00:00Z", "2199-12-31T23:59:59.999999999Z", "2024-02-29T12:00:00.100Z",
                "2000-01-01T00:00:00.000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
            Instant at = Instant.parse(s);
            assertThat(Instants.format(at)).isEqualTo(at.toString());
        }
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(Instants.format(far)).isEqualTo(far.toString());
        Instant before = Instant.parse("-0001-12-31T00:00:00Z");
        assertThat(Instants.format(before)).isEqualTo(before.toString());
    }
}
