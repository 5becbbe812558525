package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reader decides alike whether a line's numbers are in range: the lean replay (which accepts most numbers
 * without parsing them), the fast reader and the general JSON parser.
 */
class ValueLimitsProperties {

    private static final String LINE = "{\"v\":1,\"id\":\"dev-2\",\"kind\":\"review\",\"key\":\"capitals/france\","
            + "\"at\":\"2026-01-06T09:00:00Z\",\"offset\":\"+08:00\",\"rating\":\"good\",\"mode\":\"review\","
            + "\"answer\":\"self\",\"ms\":4200,\"before\":{\"phase\":\"review\",\"step\":0,\"s\":BS,\"d\":BD,"
            + "\"due\":\"2026-01-06T09:00:00Z\",\"last\":\"2026-01-05T09:00:00Z\",\"reps\":1,\"lapses\":0,\"days\":1},"
            + "\"after\":{\"phase\":\"review\",\"step\":0,\"s\":AS,\"d\":AD,\"due\":\"2026-01-08T09:00:00Z\","
            + "\"last\":\"2026-01-06T09:00:00Z\",\"reps\":2,\"lapses\":0,\"days\":2}}";

    @Property(tries = 1000)
    void leanFastAndGeneralReadersAgreeOnRanges(@ForAll("numbers") String s, @ForAll("numbers") String d,
                                                @ForAll boolean inBefore) {
        String text = inBefore ? LINE.replace("BS", s).replace("BD", d).replace("AS", "2.5").replace("AD", "5.0")
                : LINE.replace("AS", s).replace("AD", d).replace("BS", "2.5").replace("BD", "5.0");
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        boolean general;
        try {
            new EntryJson().parseGeneral(b, 0, b.length - 1);
            general = true;
        } catch (EntryJson.BadLine e) {
            general = false;
        }
        double sv = Double.parseDouble(s);
        double dv = Double.parseDouble(d);
        assertThat(general).as(text).isEqualTo(Limits.stabilityOk(sv) && Limits.difficultyOk(dv));
        assertThat(new FastLine(true).leanLine(b, 0, b.length)).as("lean " + text).isEqualTo(general);
        assertThat(new FastLine().parseLine(b, 0, b.length) != null).as("fast " + text).isEqualTo(general);
        assertThat(new FastLine(true).parseLine(b, 0, b.length) != null).as("fast, lean " + text).isEqualTo(general);
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> plain = Arbitraries.doubles().between(-2, 40000).map(String::valueOf);
        Arbitrary<String> edges = Arbitraries.of("0", "0.0", "-0.0", "1", "1.0", "0.9999999999999999999", "10",
                "10.0", "10.000000000000001", "10.0000000000000001", "9.99999999999999999999", "36500", "36500.0",
                "36499.99999999999999", "36500.000000001", "36500.0000000000000001", "1e400", "-1e400", "1E1",
                "3.65E4", "3.6500001E4", "1.0E-4", "0.001", "100000000000", "0.5", "11", "2.5e0", "1000000000.5");
        Arbitrary<String> small = Arbitraries.doubles().between(0.9, 11).map(String::valueOf);
        return Arbitraries.oneOf(plain, edges, small);
    }
}
