package cuecard.deckfile;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.generate.review.ProposalReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes what a review of the generator's proposals decided: the kept cards into the deck file (a new, complete
 * deck; or at the end of an existing one, which keeps its own text byte for byte and gets no duplicate) and the
 * decisions into {@code DECK.review.yaml} beside it. Nothing is written when nothing changed.
 */
public final class ReviewedDeck {

    /**
     * What was written.
     *
     * @param added   the cards that went into the deck
     * @param skipped kept cards the deck already had
     * @param created whether the deck file is new
     */
    public record Written(List<Note> added, int skipped, boolean created) {
    }

    /** Why the deck could not be written (its text is then left as it was). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private ReviewedDeck() {
    }

    /**
     * Writes the kept cards of {@code review} into {@code file} and its decisions beside it.
     *
     * @param generated the deck the generator made (id, title, language, description, tags, sources)
     */
    public static Written write(Path file, Deck generated, ProposalReview review) throws IOException, Refused {
        List<Note> kept = review.keptCards();
        Written written;
        if (!Files.exists(file)) {
            written = create(file, generated, kept);
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            DeckAppend.Result r = DeckAppend.all(text, file.toString(), kept, generated.sources());
            if (r.problem() != null) {
                throw new Refused(r.problem());
            }
            if (!r.added().isEmpty()) {
                AtomicFile.replace(file, r.text());
            }
            written = new Written(r.added(), r.skipped(), false);
        }
        if (review.changed()) {
            ReviewDecisionsFile.write(ReviewDecisionsFile.beside(file), review.decisions(), file.getFileName().toString());
        }
        return written;
    }

    private static Written create(Path file, Deck generated, List<Note> kept) throws IOException, Refused {
        if (kept.isEmpty()) {
            return new Written(List.of(), 0, false);
        }
        DeckAppend.Fresh fresh = DeckAppend.fresh(List.of(), kept);
        Deck deck = new Deck(generated.id(), generated.title(), generated.language(), generated.description(),
                generated.tags(), generated.sources(), fresh.cards(), generated.location());
        String yaml = DeckYaml.write(deck);
        DeckResult check = DeckLoader.parse(yaml, file.toString());
        if (!(check instanceof DeckResult.Ok)) {
            throw new Refused("the deck would not load: " + check.problems().stream().filter(DeckError::isError)
                    .map(DeckError::format).collect(Collectors.joining("; ")));
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFile.create(file, yaml);
        return new Written(fresh.cards(), fresh.skipped(), true);
    }
}
