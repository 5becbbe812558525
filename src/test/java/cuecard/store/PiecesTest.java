package cuecard.store;

import static cuecard.store.Reviews.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log large enough to be replayed in parallel pieces gives the same states and line numbers as a sequential read. */
class PiecesTest {

    @TempDir
    Path data;

    @Test
    void replayInPiecesMatchesReadingLineByLine() throws Exception {
        SyntheticLog.write(data, 3000, 12_000, 7); // about 5.7 MB: several pieces
        Path log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.findFirst().orElseThrow();
        }
        assertThat(Files.size(log)).isGreaterThan(3 * Store.PIECE);
        // damage one line deep inside and leave a torn tail
        byte[] all = Files.readAllBytes(log);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; line < 9_001; i++) {
            if (all[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        all[lineStart + 3] = '#';
        // every third line in another spacing, so the general parser reads it: keys from both readers must meet
        StringBuilder mixed = new StringBuilder();
        String[] lines = new String(all, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            mixed.append(i % 3 == 1 ? lines[i].replace("{\"v\":1,", "{ \"v\" : 1 ,") : lines[i]);
            if (i < lines.length - 1) {
                mixed.append('\n');
            }
        }
        all = mixed.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(log, all);
        Files.write(log, "{\"v\":1,\"id\":\"torn".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        Replay sequential = new Replay();
        LogReader.read(log, "x", 0, 0, new EntryJson(), (e, l) -> sequential.apply(e, "x", l), new java.util.ArrayList<>());
        Map<CardKey, cuecard.review.CardState> expected = new java.util.HashMap<>();
        sequential.heads().forEach((k, h) -> expected.put(k, h.state()));

        Clock clock = Clock.fixed(T0.plus(Duration.ofDays(9999)), ZoneOffset.UTC);
        assertThat(expected).hasSize(3000);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.states()).isEqualTo(expected);
            assertThat(s.reviewCount()).isEqualTo(11_999);
            assertThat(s.problems()).extracting(StoreProblem::line).containsExactly(9_001, 12_001);
        }
    }
}
