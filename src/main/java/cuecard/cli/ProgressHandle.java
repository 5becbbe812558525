package cuecard.cli;

import cuecard.schedule.StudiedToday;
import cuecard.store.Store;
import cuecard.store.StoreException;
import cuecard.study.Progress;
import cuecard.study.SessionSettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The durable progress a study session saves through: the store under the data dir, locked while the session
 * runs (exit 5 when another cuecard process holds it) and closed when the session ends.
 */
record ProgressHandle(Store store) implements AutoCloseable {

    static ProgressHandle open(Path dataDir, Clock clock) {
        return new ProgressHandle(StoreAccess.open(dataDir, clock));
    }

    Progress progress() {
        return store;
    }

    /**
     * What was studied earlier on the current learning day, so the queue's daily limits hold across sessions. The
     * log is only read again (which takes a while for a long history) when one of the decks was studied today.
     */
    StudiedToday studiedToday(java.util.List<String> deckIds, SessionSettings settings, java.time.Instant now) {
        return StoreAccess.studiedToday(store, deckIds, settings.zone(), settings.dayStartHour(), now);
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
