package cuecard.cli;

import cuecard.study.MemoryProgress;
import cuecard.study.Progress;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The progress a study session saves through, closed when the session ends.
 * INTERIM: until the durable {@code cuecard.store.Store} is on main this is an in-memory progress, so answers
 * are NOT kept between runs; replace {@link #open} with {@code Store.open(dataDir, clock)} (exit 5 when locked).
 */
record ProgressHandle(Progress progress, AutoCloseable closer) implements AutoCloseable {

    static ProgressHandle open(Path dataDir, Clock clock) {
        return new ProgressHandle(new MemoryProgress(), () -> { });
    }

    /** What was studied earlier on the current learning day, for the queue's daily limits (none until Store). */
    cuecard.schedule.StudiedToday studiedToday(cuecard.study.SessionSettings settings) {
        return cuecard.schedule.StudiedToday.none();
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new UserError(ExitCode.INTERNAL, "could not close the progress store: " + e.getMessage());
        }
    }
}
