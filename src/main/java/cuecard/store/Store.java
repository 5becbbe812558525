package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.review.Review;
import cuecard.review.ReviewBrief;
import cuecard.review.ReviewSink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Progress on disk (see {@code docs/store.md}). {@link #open} takes the write lock; {@link #openReadOnly} does not
 * and refuses to write. Every write is appended to this device's log and fsynced before the method returns.
 * Not thread-safe.
 *
 * <p>The store is this class (the lock, the session's undo, what commands ask) over its parts: {@link LoadedLogs}
 * (reading and replaying the logs, with the snapshot), {@link LogWriter} (ids and appends), {@link ReviewReads}
 * (history and the review digest), {@link LogSync} (sync and imported histories) and {@link StoreCheck} (doctor).
 */
public final class Store implements Progress, AutoCloseable {

    /** Replayed entries after which closing writes a fresh snapshot. */
    static final int SNAPSHOT_AFTER = 2000;

    /** Logs are replayed in parallel pieces of at least this many bytes, cut at line ends. */
    static final long PIECE = LoadedLogs.PIECE;

    /** Reviews read from the logs past the digest after which a read writes a new digest. */
    static final int DIGEST_AFTER = ReviewReads.DIGEST_AFTER;

    /** How the state was loaded. */
    public enum Start { COLD, SNAPSHOT, REBUILT_STALE }

    private final LogFolder folder;
    private final Clock clock;
    private final String deviceId;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LogWriter writer;
    private final ReviewReads reads;
    private LoadedLogs loaded;
    private final Deque<Done> session = new ArrayDeque<>();
    /** Resets appended in this session, newest first, with the head each replaced, so the last can be undone. */
    private final Deque<ResetDone> resets = new ArrayDeque<>();
    private boolean closed;

    /** A review recorded in this session, with what it replaced, so it can be undone exactly. */
    private record Done(Review review, CardKey key, Replay.Head previous) {
    }

    private record ResetDone(Entry.Reset reset, CardKey key, Replay.Head previous) {
    }

    private Store(Path dataDir, Clock clock, String deviceId, FileChannel lockChannel, FileLock lock) {
        this.folder = new LogFolder(dataDir);
        this.clock = clock;
        this.deviceId = deviceId;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.writer = new LogWriter(folder, clock, deviceId);
        this.reads = new ReviewReads(folder);
    }

    /** Opens the store for writing, taking its lock; fails with {@link StoreException.Reason#LOCKED} when held. */
    public static Store open(Path dataDir, Clock clock) {
        try {
            FileChannel ch;
            try {
                if (!Files.isDirectory(dataDir.resolve("reviews"))) {
                    Files.createDirectories(dataDir.resolve("reviews"));
                    Durable.syncDirectory(dataDir); // the new folder's entry is durable before any review goes in it
                }
                ch = FileChannel.open(dataDir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw StoreException.cannotWrite(dataDir, e, "the progress store " + dataDir
                        + " needs to be writable (is it on a read-only or full disk?); nothing was changed");
            }
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new StoreException(StoreException.Reason.LOCKED, "the progress store " + dataDir
                        + " is in use by another cuecard process; close it first (reading commands such as next,"
                        + " stats and doctor still work)");
            }
            Store s;
            try {
                Migrations.check(dataDir, clock);
                String device;
                try {
                    device = DeviceId.of(dataDir);
                } catch (IOException e) {
                    throw StoreException.cannotWrite(dataDir.resolve("device"), e, "nothing was changed");
                }
                s = new Store(dataDir, clock, device, ch, lock);
                s.load(true);
            } catch (RuntimeException | IOException e) {
                lock.release();
                ch.close();
                throw e;
            }
            if (s.loaded.newerFormat) {
                s.close();
                throw new StoreException(StoreException.Reason.NEWER_FORMAT, "the progress store " + dataDir
                        + " has entries written by a newer cuecard; update cuecard before studying (nothing was changed)");
            }
            s.folder.cleanTemporaryFiles();
            return s;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot open the progress store " + dataDir + ": " + e.getMessage());
        }
    }

    /** Opens the store for reading only: no lock, nothing is ever written (not even a snapshot). */
    public static Store openReadOnly(Path dataDir, Clock clock) {
        Store s = new Store(dataDir, clock, DeviceId.read(dataDir), null, null);
        try {
            s.load(true);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read the progress store " + dataDir + ": " + e.getMessage());
        }
        return s;
    }

    private void load(boolean useSnapshot) throws IOException {
        loaded = LoadedLogs.load(folder, useSnapshot);
        reads.forget();
    }

    private void reload() {
        try {
            load(false);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot re-read the logs: " + e.getMessage());
        }
    }

    private Replay replay() {
        return loaded.replay;
    }

    // ---- Progress ----

    @Override
    public CardState state(CardKey key, Instant now) {
        Replay.Head h = replay().head(key);
        return h != null ? h.state() : CardState.fresh(now);
    }

    /** The instant of the card's latest review in effect (or of its reset), if it has one. */
    public Optional<Instant> lastReviewed(CardKey key) {
        Replay.Head h = replay().head(key);
        return h == null ? Optional.empty() : Optional.of(h.at());
    }

    @Override
    public boolean known(CardKey key) {
        return replay().head(key) != null;
    }

    @Override
    public boolean suspended(CardKey key) {
        Replay.Mark m = replay().suspension(key);
        return m != null && m.on();
    }

    @Override
    public Optional<LocalDate> buriedUntil(CardKey key) {
        Replay.Mark m = replay().burial(key);
        return m == null ? Optional.empty() : Optional.of(m.until());
    }

    @Override
    public Optional<Instant> lastStudied(String deckId) {
        return Optional.ofNullable(replay().lastStudied(deckId));
    }

    /**
     * {@inheritDoc} Also refused with {@link StaleCard}: a review-mode answer dated before the card's latest review,
     * which would change nothing. Review and lapse counts saturate ({@link Limits#saturated}); a review with a value
     * outside the ranges of docs/store.md is refused ({@link IllegalArgumentException}) before anything is written.
     */
    @Override
    public Review record(Review review) throws StaleCard {
        writable();
        CardKey key = replay().resolve(review.key());
        Replay.Head current = replay().head(key);
        boolean fresh = current == null && review.before().phase() == Phase.NEW && review.before().reps() == 0;
        if (current == null ? !fresh : !current.state().equals(review.before())) {
            throw new StaleCard(review.key());
        }
        String id = writer.peekId(loaded);
        if (current != null && review.mode() == Mode.REVIEW && !current.before(review.at(), id)) {
            throw new StaleCard(review.key()); // it would not be the card's latest review: recording it changes nothing
        }
        Duration taken = review.taken().isNegative() ? Duration.ZERO
                : review.taken().compareTo(Duration.ofMillis(Limits.MAX_MILLIS)) > 0 ? Duration.ofMillis(Limits.MAX_MILLIS)
                : Duration.ofMillis(review.taken().toMillis());
        Review candidate = new Review(id, review.key(), review.at(), review.offset(), review.rating(),
                review.mode(), review.answer(), review.correct(), taken, review.before(),
                review.mode() == Mode.REVIEW ? Limits.saturated(review.after()) : review.before());
        Limits.requireWritable(new Entry.Reviewed(candidate)); // before an id is taken or a byte written
        Review saved = new Review(writer.nextId(loaded), candidate.key(), candidate.at(), candidate.offset(),
                candidate.rating(), candidate.mode(), candidate.answer(), candidate.correct(), candidate.taken(),
                candidate.before(), candidate.after());
        writer.append(loaded, new Entry.Reviewed(saved));
        session.push(new Done(saved, key, current));
        return saved;
    }

    @Override
    public Optional<Review> undoLast() {
        writable();
        Done d = session.poll();
        if (d == null) {
            return Optional.empty();
        }
        writer.append(loaded, new Entry.Undo(writer.nextId(loaded), clock.instant(), writer.offsetNow(), d.review().id()));
        replay().restoreHead(d.key(), d.review().id(), d.previous());
        return Optional.of(d.review());
    }

    @Override
    public void suspend(CardKey key, boolean on) {
        writable();
        writer.append(loaded, new Entry.Suspension(writer.nextId(loaded), clock.instant(), writer.offsetNow(), key, on));
    }

    @Override
    public void bury(CardKey key, LocalDate untilDay) {
        writable();
        writer.append(loaded, new Entry.Burial(writer.nextId(loaded), clock.instant(), writer.offsetNow(), key, untilDay));
    }

    @Override
    public void reset(CardKey key) {
        writable();
        CardKey card = replay().resolve(key);
        Entry.Reset reset = new Entry.Reset(writer.nextId(loaded), clock.instant(), writer.offsetNow(), key);
        Replay.Head previous = replay().head(card);
        writer.append(loaded, reset);
        resets.push(new ResetDone(reset, card, previous));
    }

    @Override
    public boolean undoReset(CardKey key) {
        writable();
        ResetDone d = resets.peek();
        if (d == null || !d.key().equals(replay().resolve(key))) {
            return false;
        }
        resets.pop();
        writer.append(loaded, new Entry.Undo(writer.nextId(loaded), clock.instant(), writer.offsetNow(), d.reset().id()));
        replay().restoreHead(d.key(), d.reset().id(), d.previous());
        return true;
    }

    /** Carries the history of {@code from} over to {@code to} (a renamed card), by appending a remap entry. */
    public void remap(CardKey from, CardKey to) {
        writable();
        if (from.equals(to)) {
            throw new IllegalArgumentException("a card cannot be remapped to itself");
        }
        writer.append(loaded, new Entry.Remap(writer.nextId(loaded), clock.instant(), writer.offsetNow(), from, to));
        reload(); // remaps change which key every older entry belongs to
    }

    // ---- writing ----

    private void writable() {
        if (lock == null) {
            throw new StoreException(StoreException.Reason.READ_ONLY, "the progress store was opened read-only");
        }
        if (closed) {
            throw new IllegalStateException("store closed");
        }
    }

    /** Writes the snapshot now (atomically). */
    public void writeSnapshot() {
        writable();
        Path file = folder.snapshot();
        try {
            List<Snapshot.Covered> covered = new ArrayList<>();
            for (var e : loaded.logs.entrySet()) {
                covered.add(new Snapshot.Covered(e.getKey(), e.getValue().end, e.getValue().lines,
                        Durable.crc(folder.log(e.getKey()), e.getValue().end)));
            }
            List<StoreProblem> kept = new ArrayList<>();
            for (StoreProblem p : loaded.problems) {
                LogFolder.LogFile lf = loaded.logs.get(p.file().substring("reviews/".length()));
                if (lf == null || p.line() <= lf.lines) { // a torn last line is found again on the next read
                    kept.add(p);
                }
            }
            Durable.replace(file, Snapshot.write(replay(), covered, kept));
            loaded.sinceSnapshot = 0;
        } catch (IOException e) {
            throw StoreException.cannotWrite(file, e, "the snapshot was not written (the logs are intact)");
        }
    }

    /** Rebuilds the state from the logs alone, ignoring the snapshot, and writes a new snapshot. */
    public void rebuild() {
        writable();
        try {
            load(false);
            Files.deleteIfExists(folder.digest()); // derived too: the next full read writes it again
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read the logs: " + e.getMessage());
        }
        writeSnapshot();
    }

    /** Closes the store: writes a snapshot when much was replayed or written since the last one, releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (lock != null && !loaded.newerFormat
                    && (loaded.start != Start.SNAPSHOT || loaded.sinceSnapshot >= SNAPSHOT_AFTER)) {
                try {
                    writeSnapshot();
                } catch (StoreException e) {
                    // the snapshot is derived data: everything is in the logs already, and the next open rebuilds it
                }
            }
        } finally {
            closed = true;
            try {
                if (lock != null) {
                    lock.release();
                    lockChannel.close();
                }
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    // ---- sync and imports ----

    /**
     * What a sync did.
     *
     * @param files    log files read from the other folder
     * @param added    entries appended here (those not present yet)
     * @param present  entries that were already here
     * @param problems damaged or torn lines of the other folder (not copied)
     */
    public record SyncResult(int files, int added, int present, List<StoreProblem> problems) {
    }

    /**
     * Merges the review logs in {@code dir} (another device's data dir or its {@code reviews} folder): a union by
     * entry id. Each entry not yet here is appended, byte for byte, to the log of the same name; nothing is rewritten.
     */
    public SyncResult sync(Path dir) {
        writable();
        SyncResult result = new LogSync(folder, writer, deviceId).sync(loaded, dir);
        if (result.added() > 0) {
            reload();
        }
        return result;
    }

    /**
     * What an import of another program's history did.
     *
     * @param added   entries appended
     * @param present entries whose id was already in the log (imported before)
     */
    public record ImportResult(long added, long present) {
    }

    /**
     * Appends a history made by another program as the log of its own device {@code device}
     * ({@code reviews/DEVICE.jsonl}), the way {@link #sync} brings in another device's log: each entry whose id is not
     * in that log yet is appended, fsynced in chunks; nothing is rewritten, so importing the same history twice adds
     * nothing. Every entry's id must be {@code DEVICE-COUNTER}, and the ids of {@code entries} distinct.
     */
    public ImportResult importHistory(String device, Iterator<Imported> entries) {
        writable();
        return new LogSync(folder, writer, deviceId).importHistory(loaded, device, entries);
    }

    // ---- checks ----

    /**
     * A full check: every log read again from the start (the snapshot ignored) and compared with the loaded state;
     * entry ids used twice and undo entries whose review is nowhere are reported too.
     */
    public List<StoreProblem> check() {
        return StoreCheck.check(folder, replay(), new ArrayList<>(problems()), clock.instant());
    }

    // ---- what commands ask ----

    public String deviceId() {
        return deviceId;
    }

    public Path dataDir() {
        return folder.dataDir();
    }

    public Start start() {
        return loaded.start;
    }

    /** Every problem found while reading, torn lines already set aside shown as notes. */
    public List<StoreProblem> problems() {
        List<StoreProblem> out = new ArrayList<>();
        for (StoreProblem p : loaded.problems) {
            out.add(replay().tornMarked(p.file() + ":" + p.line()) ? p.asNote("set aside after a crash") : p);
        }
        return out;
    }

    /** The current state of every card with a history, by key (after remaps). */
    public Map<CardKey, CardState> states() {
        Map<CardKey, CardState> out = new HashMap<>();
        replay().heads().forEach((k, h) -> out.put(k, h.state()));
        return out;
    }

    /** Review entries in effect (undone ones left out). */
    public long reviewCount() {
        return replay().reviews();
    }

    /** The devices that have a log here. */
    public Set<String> devices() {
        Set<String> out = new TreeSet<>();
        for (String name : loaded.logs.keySet()) {
            out.add(name.substring(0, name.length() - ".jsonl".length()));
        }
        return out;
    }

    /** Cards with a history whose key is in none of {@code deckKeys} (a card removed or renamed in its deck). */
    public Set<CardKey> orphans(Set<CardKey> deckKeys) {
        Set<CardKey> out = new TreeSet<>();
        Set<CardKey> all = new HashSet<>(replay().heads().keySet());
        all.addAll(replay().suspendedKeys());
        for (CardKey k : all) {
            if (!deckKeys.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Every review in effect, in replay order (instant, then id), read again from the logs. */
    public List<Review> reviews() {
        List<Review> out = new ArrayList<>();
        eachReview(out::add);
        out.sort((a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()));
        return out;
    }

    /**
     * Streams every review in effect (undone ones left out, renamed cards under their new key) in log order, read
     * again from the logs without keeping them: for statistics and the optimizer over years of reviews.
     */
    public void eachReview(Consumer<Review> sink) {
        reads.eachReview(replay(), sink);
    }

    /**
     * Hands the brief of every review in effect (undone ones left out, renamed cards under their new key) to
     * {@code sink}, in no set order: what {@link #eachReview} gives, without re-reading years of JSON. The reviews
     * come from the review digest ({@code digest.bin}, checked against the logs' bytes) and the log lines after it;
     * when many lines were read past it, a new digest is written (by read-only stores too: it is derived data,
     * written to a temporary file and renamed, and a failure to write it is ignored).
     */
    public void eachReviewBrief(Consumer<ReviewBrief> sink) {
        eachReviewRow(ReviewSink.of(sink), DIGEST_AFTER);
    }

    void eachReviewBrief(Consumer<ReviewBrief> sink, int digestAfter) {
        eachReviewRow(ReviewSink.of(sink), digestAfter);
    }

    /** As {@link #eachReviewBrief}, one call per review with no object made for it (statistics, the optimizer). */
    public void eachReviewRow(ReviewSink sink) {
        eachReviewRow(sink, DIGEST_AFTER);
    }

    void eachReviewRow(ReviewSink sink, int digestAfter) {
        reads.eachReviewRow(loaded, sink, digestAfter);
    }

    /**
     * The reviews in effect of one card (older reviews of a renamed card under its new key), in replay order: when
     * the review digest matches the logs, only this card's lines are read, at the places it gives, and then the
     * lines after it; otherwise every line is read.
     */
    public List<Review> history(CardKey key) {
        return reads.history(loaded, key);
    }

    /** Whether the last {@link #history} read its lines at the places the review digest gave (for tests). */
    boolean historyFromDigest() {
        return reads.historyFromDigest;
    }
}
