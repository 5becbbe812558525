package cuecard.cli;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.CardSeed;
import cuecard.schedule.Scheduler;
import cuecard.schedule.StudiedToday;
import cuecard.schedule.StudyQueue;
import cuecard.store.Store;
import cuecard.store.StoreException;
import cuecard.study.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard grade KEY RATING}: records one review without the study screen; exits 0 once it is on disk. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Record a review of one card (as if studied) and print when it is due next.",
        footer = {"", "Exit codes: 0 saved (fsynced), 2 unknown card or rating, 3 a deck path or id is missing",
            "or a named deck is invalid,",
            "4 damaged store, 5 another cuecard process is writing, 6 cannot write (read-only or full disk)."})
public final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "KEY", description = "The card, as deck-id/card-id.")
    String key;

    @Parameters(index = "1", paramLabel = "RATING", description = "again, hard, good or easy (or 1-4).")
    String rating;

    @Parameters(index = "2..*", paramLabel = "DECK",
            description = "Deck files, folders or deck ids (default: every deck in the deck folders).")
    List<Path> decks;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When the review happened (ISO-8601, e.g. 2026-01-05T09:00:00Z; default: now).")
    Instant at;

    private final Environment env;

    GradeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CardKey cardKey = CardKey.parse(key).orElseThrow(() ->
                new UserError(ExitCode.USAGE, "`" + key + "` is not a card key (deck-id/card-id)"));
        Rating r = Rating.parse(rating).orElseThrow(() ->
                new UserError(ExitCode.USAGE, "`" + rating + "` is not a rating: use again, hard, good or easy"));
        Path data = dataDir.resolve(env);
        Schedulers schedulers = Schedulers.of(env, data);
        DeckSelection.Chosen chosen = DeckSelection.resolvePaths(env, data, schedulers.config(), decks,
                spec.commandLine().getErr());
        Card card = chosen.cards().stream()
                .filter(c -> c.key().equals(cardKey)).findFirst()
                .orElseThrow(() -> new UserError(ExitCode.USAGE, "no card `" + cardKey + "` in the decks"
                        + (decks == null || decks.isEmpty() ? " of the deck folders" : " given")));
        List<Card> deckCards = chosen.cards().stream().filter(c -> c.key().deckId().equals(cardKey.deckId())).toList();
        Scheduler scheduler = schedulers.forDeck(cardKey.deckId());
        Clock clock = env.clock();
        Instant now = at != null ? at : clock.instant();
        if (at != null && at.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            throw new UserError(ExitCode.USAGE, "--at " + at + " is more than a day after now (" + clock.instant()
                    + "); a review cannot be recorded ahead of time (nothing was saved)");
        }
        if (at != null && at.isBefore(Instant.EPOCH)) {
            throw new UserError(ExitCode.USAGE, "--at " + at + " is before 1970-01-01 (nothing was saved)");
        }
        ZoneOffset offset = clock.getZone().getRules().getOffset(now);
        try (Store store = StoreAccess.open(data, clock)) {
            Instant latest = store.lastReviewed(cardKey).orElse(null);
            if (latest != null && !latest.isBefore(now)) {
                throw new UserError(ExitCode.USAGE, cardKey + " already has a review dated " + latest
                        + (latest.isAfter(clock.instant()) ? " (in the future: a device whose clock was wrong?)" : "")
                        + "; a review dated " + now + " would not come after it and would change nothing (nothing was saved)");
            }
            CardState before = store.state(cardKey, now);
            CardState after = scheduler.apply(before, r, now, CardSeed.of(cardKey));
            // what follows the answer is the study screen's: the same queue buries the siblings waiting today and
            // suspends a leech (the daily limits are not counted: a sibling past them waits for tomorrow anyway)
            StudyQueue queue = schedulers.config().studyQueue(deckCards, store, clock.getZone(), StudiedToday.none());
            Review saved = queue.answer(store, card, new Review(null, cardKey, now, offset, r, Mode.REVIEW,
                    AnswerKind.of(card.type()), null, Duration.ZERO, before, after));
            out.println("saved " + cardKey + " " + r.name().toLowerCase(java.util.Locale.ROOT) + " (" + saved.id()
                    + "); due " + after.due() + " (" + Messages.english().interval(Duration.between(now, after.due())) + ")");
            for (CardKey sibling : queue.buriedBy(cardKey)) {
                out.println("buried " + sibling + " until the next learning day (a sibling)");
            }
            if (queue.leeches().contains(cardKey)) {
                out.println("suspended " + cardKey + " as a leech (" + after.lapses() + " lapses)");
            }
            return ExitCode.OK;
        } catch (Progress.StaleCard e) {
            throw new UserError(ExitCode.INTERNAL, e.getMessage());
        } catch (StoreException e) {
            throw StoreAccess.userError(e);
        }
    }

}
