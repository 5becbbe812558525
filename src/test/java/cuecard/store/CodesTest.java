package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.deck.CardKey;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Mode;
import cuecard.review.Review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived files write enum values as fixed codes, not ordinals: these literal codes are what files on disk
 * hold, so reordering or extending {@link Rating}, {@link Mode} or {@link Phase} must leave every one of them as is.
 */
class CodesTest {

    @TempDir
    Path data;

    @Test
    void everyValueHasTheCodeFilesOnDiskHold() {
        assertThat(List.of(Codes.rating(Rating.AGAIN), Codes.rating(Rating.HARD), Codes.rating(Rating.GOOD),
                Codes.rating(Rating.EASY))).containsExactly((byte) 1, (byte) 2, (byte) 3, (byte) 4);
        assertThat(List.of(Codes.mode(Mode.REVIEW), Codes.mode(Mode.CRAM), Codes.mode(Mode.EXAM)))
                .containsExactly((byte) 1, (byte) 2, (byte) 3);
        assertThat(List.of(Codes.phase(Phase.NEW), Codes.phase(Phase.LEARNING), Codes.phase(Phase.REVIEW),
                Codes.phase(Phase.RELEARNING))).containsExactly((byte) 1, (byte) 2, (byte) 3, (byte) 4);
    }

    @Test
    void codesReadBackAsTheirValuesAndNoOtherCodeMeansAnything() {
        Set<Object> back = new HashSet<>();
        for (Rating r : Rating.values()) {
            back.add(Codes.rating((int) Codes.rating(r)));
        }
        for (Mode m : Mode.values()) {
            back.add(Codes.mode((int) Codes.mode(m)));
        }
        for (Phase p : Phase.values()) {
            back.add(Codes.phase((int) Codes.phase(p)));
        }
        Set<Object> all = new HashSet<>(EnumSet.allOf(Rating.class));
        all.addAll(EnumSet.allOf(Mode.class));
        all.addAll(EnumSet.allOf(Phase.class));
        assertThat(back).isEqualTo(all);
        for (int code : new int[] {-1, 0, 5, 127}) {
            assertThat(Codes.rating(code)).isNull();
            assertThat(Codes.phase(code)).isNull();
        }
        assertThat(Codes.mode(0)).isNull();
        assertThat(Codes.mode(4)).isNull();
    }

    @Test
    void theSnapshotWritesACardsPhaseAsItsCode() throws Exception {
        Clock clock = Clock.fixed(Reviews.T0, ZoneOffset.UTC);
        CardKey key = Reviews.key("capitals/france");
        try (Store s = Store.open(data, clock)) {
            Review r = s.record(Reviews.first(key, Reviews.T0));
            assertThat(r.after().phase()).isEqualTo(Phase.REVIEW);
            s.writeSnapshot();
        }
        List<String> lines = Files.readAllLines(data.resolve("snapshot.json"), StandardCharsets.UTF_8);
        JsonNode cards = new ObjectMapper().readTree(lines.get(1).substring(9));
        assertThat(cards.get(0).get(0).asText()).isEqualTo("capitals/france");
        assertThat(cards.get(0).get(3).asInt()).isEqualTo(3); // Phase.REVIEW's code, whatever its ordinal
    }

    @Test
    void aSnapshotOfTheFormatWithOrdinalsIsRebuiltNotRead() throws Exception {
        Clock clock = Clock.fixed(Reviews.T0, ZoneOffset.UTC);
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(Reviews.key("capitals/france"), Reviews.T0));
            s.writeSnapshot();
        }
        Path snap = data.resolve("snapshot.json");
        List<String> lines = Files.readAllLines(snap, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("\"v\":" + Snapshot.VERSION);
        String header = lines.get(0).substring(9).replace("\"v\":" + Snapshot.VERSION, "\"v\":4");
        CRC32C crc = new CRC32C();
        crc.update(header.getBytes(StandardCharsets.UTF_8));
        lines.set(0, String.format("%08x ", crc.getValue()) + header); // intact, of version 4
        Files.writeString(snap, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
            assertThat(s.states()).hasSize(1);
        }
        crc.reset();
        String current = header.replace("\"v\":4", "\"v\":" + Snapshot.VERSION);
        crc.update(current.getBytes(StandardCharsets.UTF_8));
        lines.set(0, String.format("%08x ", crc.getValue()) + current);
        Files.writeString(snap, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT); // the same bytes under the current version are read
        }
    }

    @Test
    void aDigestOfAnotherVersionIsRebuiltNotRead() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        SyntheticLog.write(data, 50, 300, 5);
        Path digest = data.resolve(ReviewDigest.FILE);
        try (Store s = Store.openReadOnly(data, clock)) {
            s.eachReviewBrief(b -> { }, 1);
        }
        assertThat(ReviewDigest.read(digest)).isNotNull();
        byte[] bytes = Files.readAllBytes(digest);
        assertThat(java.nio.ByteBuffer.wrap(bytes).getInt(4)).isEqualTo(ReviewDigest.VERSION);
        withVersion(bytes, 3); // the format before codes, intact otherwise
        Files.write(digest, bytes);
        assertThat(ReviewDigest.read(digest)).isNull();
        withVersion(bytes, ReviewDigest.VERSION);
        Files.write(digest, bytes);
        assertThat(ReviewDigest.read(digest)).isNotNull(); // only the version kept it out
    }

    /** Sets the digest's version and its whole-file CRC-32C to match. */
    private static void withVersion(byte[] bytes, int version) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        b.putInt(4, version);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        b.putLong(bytes.length - 8, crc.getValue());
    }
}
