package cuecard.cli;

import cuecard.store.Store;
import cuecard.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the progress store for the store commands, turning failures into exit codes (decks: {@link DeckSelection}). */
final class StoreAccess {

    private StoreAccess() {
    }

    static Store open(Path dataDir, Clock clock) {
        try {
            return Store.open(dataDir, clock);
        } catch (StoreException e) {
            throw userError(e);
        }
    }

    static Store openReadOnly(Path dataDir, Clock clock) {
        try {
            return Store.openReadOnly(dataDir, clock);
        } catch (StoreException e) {
            throw userError(e);
        }
    }

    static UserError userError(StoreException e) {
        int code = switch (e.reason()) {
            case LOCKED -> ExitCode.LOCKED;
            case CANNOT_WRITE -> ExitCode.CANNOT_WRITE;
            case READ_ONLY -> ExitCode.INTERNAL;
            default -> ExitCode.BAD_STORE;
        };
        return new UserError(code, e.getMessage());
    }

    /**
     * What was studied earlier on the learning day of {@code now} in these decks, for the daily limits. The log is
     * only read again (which takes seconds for a long history) when one of the decks was studied today.
     */
    static cuecard.schedule.StudiedToday studiedToday(Store store, java.util.Collection<String> deckIds,
                                                      java.time.ZoneId zone, int dayStartHour,
                                                      java.time.Instant now) {
        java.time.LocalDate today = cuecard.schedule.LearningDay.of(now, zone, dayStartHour);
        boolean any = deckIds.stream().anyMatch(d -> store.lastStudied(d)
                .map(t -> cuecard.schedule.LearningDay.of(t, zone, dayStartHour).equals(today)).orElse(false));
        if (!any) {
            return cuecard.schedule.StudiedToday.none();
        }
        return cuecard.schedule.StudiedToday.from(recent(store, now), today, zone, dayStartHour);
    }

    /**
     * The reviews of the last two days: all that can fall on today's learning day (for the daily limits), read
     * without keeping years of reviews in memory.
     */
    static java.util.List<cuecard.review.Review> recent(Store store, java.time.Instant now) {
        java.time.Instant since = now.minus(java.time.Duration.ofDays(2));
        java.util.List<cuecard.review.Review> out = new java.util.ArrayList<>();
        store.eachReview(r -> {
            if (r.at().isAfter(since)) {
                out.add(r);
            }
        });
        return out;
    }
}
