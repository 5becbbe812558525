package cuecard.store;

import static cuecard.store.Reviews.T0;
import static cuecard.store.Reviews.key;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncTest {

    @TempDir
    Path laptop;
    @TempDir
    Path phone;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private final CardKey a = key("words/ni-hao");
    private final CardKey b = key("words/xie-xie");

    @Test
    void twoDevicesLogsMergeByTimeAndASecondSyncAddsNothing() throws Exception {
        Review onLaptop;
        Review onPhone;
        try (Store s = Store.open(laptop, clock)) {
            onLaptop = s.record(Reviews.first(a, T0));
        }
        try (Store s = Store.open(phone, clock)) {
            Review r = s.record(Reviews.first(a, T0.plus(Duration.ofHours(2)))); // later: wins
            onPhone = r;
            s.record(Reviews.first(b, T0));
        }
        try (Store s = Store.open(laptop, clock)) {
            Store.SyncResult first = s.sync(phone);
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.files()).isEqualTo(1);
            assertThat(s.devices()).hasSize(2);
            assertThat(s.state(a, clock.instant())).isEqualTo(onPhone.after());
            assertThat(s.known(b)).isTrue();
            assertThat(s.reviewCount()).isEqualTo(3);

            Store.SyncResult again = s.sync(phone);
            assertThat(again.added()).isZero();
            assertThat(again.present()).isEqualTo(2);
        }
        // the copy is byte for byte, so the phone's log here equals the phone's own log
        String phoneDevice = DeviceId.read(phone);
        assertThat(laptop.resolve("reviews").resolve(phoneDevice + ".jsonl"))
                .hasSameBinaryContentAs(phone.resolve("reviews").resolve(phoneDevice + ".jsonl"));

        // and the other way round: both devices end with the same states
        try (Store s = Store.open(phone, clock)) {
            assertThat(s.sync(laptop).added()).isEqualTo(1);
            assertThat(s.state(a, clock.instant())).isEqualTo(onPhone.after());
            assertThat(s.reviews()).extracting(Review::id).contains(onLaptop.id());
            assertThat(s.check()).isEmpty();
        }
    }

    @Test
    void newLinesOnTheOtherDeviceAreAppendedAfterWhatWasSyncedBefore() throws Exception {
        try (Store s = Store.open(phone, clock)) {
            s.record(Reviews.first(a, T0));
        }
        try (Store s = Store.open(laptop, clock)) {
            s.sync(phone);
        }
        Review later;
        try (Store s = Store.open(phone, clock)) {
            later = s.record(Reviews.next(a, s.state(a, clock.instant()), Rating.EASY, T0.plus(Duration.ofDays(3))));
        }
        try (Store s = Store.open(laptop, clock)) {
            assertThat(s.sync(phone).added()).isEqualTo(1);
            assertThat(s.state(a, clock.instant())).isEqualTo(later.after());
        }
        try (Store s = Store.openReadOnly(laptop, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.state(a, clock.instant())).isEqualTo(later.after());
        }
    }

    @Test
    void damagedLinesOfTheOtherDeviceAreReportedAndNotCopied() throws Exception {
        try (Store s = Store.open(phone, clock)) {
            s.record(Reviews.first(a, T0));
        }
        Path log = phone.resolve("reviews").resolve(DeviceId.read(phone) + ".jsonl");
        Files.writeString(log, Files.readString(log) + "{not json}\n");
        try (Store s = Store.open(laptop, clock)) {
            Store.SyncResult r = s.sync(phone);
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
            assertThat(s.problems()).isEmpty();
        }
    }

    @Test
    void theCheckFindsACopiedDataDirByItsRepeatedIds() throws Exception {
        try (Store s = Store.open(laptop, clock)) {
            s.record(Reviews.first(a, T0));
        }
        Path log = laptop.resolve("reviews").resolve(DeviceId.read(laptop) + ".jsonl");
        Files.copy(log, laptop.resolve("reviews").resolve("copy.jsonl"));
        try (Store s = Store.openReadOnly(laptop, clock)) {
            List<StoreProblem> found = s.check();
            assertThat(found).anySatisfy(p -> assertThat(p.message()).contains("also used at"));
        }
    }
}
