package cuecard.cli;

import cuecard.anki.ApkgWriter;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.review.CardState;
import cuecard.store.Store;
import cuecard.review.Review;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code cuecard export DECK.yaml... --format apkg -o FILE.apkg [--with-progress]}. */
final class ApkgExport {

    private ApkgExport() {
    }

    static int run(List<Path> files, Path output, boolean force, boolean withProgress, Path dataDir, Environment env,
                   PrintWriter out) {
        List<Deck> decks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            Deck d = DeckInput.deck(f);
            if (!ids.add(d.id())) {
                throw new UserError(ExitCode.BAD_INPUT, f + ": a second deck with the id `" + d.id() + "`; export "
                        + "decks with different ids");
            }
            decks.add(d);
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("cuecard-apkg");
            byte[] zip;
            if (withProgress) {
                try (Store store = StoreAccess.openReadOnly(dataDir, env.clock())) {
                    java.time.Instant now = env.clock().instant();
                    Set<CardKey> keys = new HashSet<>();
                    decks.forEach(d -> d.cards().forEach(c -> keys.add(c.key())));
                    java.util.Map<CardKey, List<Review>> histories = new java.util.HashMap<>();
                    store.eachReview(r -> {
                        if (keys.contains(r.key())) {
                            histories.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                        }
                    });
                    histories.values().forEach(l -> l.sort(java.util.Comparator.comparing(Review::at)));
                    zip = ApkgWriter.write(decks, new ApkgWriter.Progress() {
                        @Override
                        public CardState state(CardKey key) {
                            return store.state(key, now);
                        }

                        @Override
                        public List<Review> history(CardKey key) {
                            return histories.getOrDefault(key, List.of());
                        }
                    }, now, scratch);
                } catch (cuecard.store.StoreException e) {
                    throw StoreAccess.userError(e);
                }
            } else {
                zip = ApkgWriter.write(decks, null, env.clock().instant(), scratch);
            }
            OutputFile.write(output, zip, force);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, output + ": cannot write the package: " + e.getMessage());
        } finally {
            if (scratch != null) {
                try (var s = Files.walk(scratch)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
        int notes = decks.stream().mapToInt(d -> d.notes().size()).sum();
        int cards = decks.stream().mapToInt(d -> d.cards().size()).sum();
        cuecard.study.Messages en = cuecard.study.Messages.english();
        out.println("Wrote " + en.count(cuecard.study.Messages.Text.N_NOTES, notes) + ", " + en.count(cuecard.study.Messages.Text.N_CARDS, cards)
                + " of " + en.count(cuecard.study.Messages.Text.N_DECKS, decks.size()) + " to " + output + (withProgress ? " with their progress" : "") + ".");
        return ExitCode.OK;
    }
}
