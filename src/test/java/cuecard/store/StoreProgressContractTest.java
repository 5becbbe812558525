package cuecard.store;

import cuecard.review.Progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link Progress} contract over the store on disk. */
class StoreProgressContractTest extends ProgressContract {

    @TempDir
    Path data;

    private Store store;

    @Override
    Progress progress() {
        store = Store.open(data, Clock.fixed(T0.plus(Duration.ofDays(365)), ZoneOffset.UTC));
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
