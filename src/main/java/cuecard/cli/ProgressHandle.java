package cuecard.cli;

import cuecard.review.Progress;
import cuecard.schedule.StudiedToday;
import cuecard.store.Store;
import cuecard.store.StoreException;
import cuecard.study.SessionSettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The durable progress a study session saves through: the store under the data dir, locked while the session
 * runs (exit 5 when another cuecard process holds it) and closed when the session ends.
 */
final class ProgressHandle implements AutoCloseable {

    private final Store store;
    /** The last {@link #studiedToday} answer and what it was computed for (the day and the reviews in effect). */
    private StudiedToday studied;
    private Object studiedFor;

    ProgressHandle(Store store) {
        this.store = store;
    }

    static ProgressHandle open(Path dataDir, Clock clock) {
        return new ProgressHandle(StoreAccess.open(dataDir, clock));
    }

    Store store() {
        return store;
    }

    Progress progress() {
        return store;
    }

    /**
     * What was studied earlier on the current learning day, so the queue's daily limits hold across sessions. The
     * log is only read again (which takes a while for a long history) when one of the decks was studied today.
     */
    StudiedToday studiedToday(java.util.List<String> deckIds, SessionSettings settings, java.time.Instant now) {
        // the picker asks once per deck: the log is read again only after a review was recorded or undone
        Object key = java.util.List.of(deckIds, settings.learningDay(now), store.reviewCount());
        if (!key.equals(studiedFor)) {
            studied = StoreAccess.studiedToday(store, deckIds, settings.zone(), settings.dayStartHour(), now);
            studiedFor = key;
        }
        return studied;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (StoreException e) {
            throw StoreAccess.userError(e);
        }
    }
}
