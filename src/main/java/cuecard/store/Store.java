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
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Progress on disk (see {@code docs/store.md}). {@link #open} takes the write lock; {@link #openReadOnly} does not
 * and refuses to write. Every write is appended to this device's log and fsynced before the method returns.
 * Not thread-safe.
 */
public final class Store implements Progress, AutoCloseable {

    /** Replayed entries after which closing writes a fresh snapshot. */
    static final int SNAPSHOT_AFTER = 2000;

    /** How the state was loaded. */
    public enum Start { COLD, SNAPSHOT, REBUILT_STALE }

    /** Where a log stands: the bytes and lines replayed, and a torn last line not yet set aside. */
    private static final class LogFile {
        long end;
        int lines;
        int tornLine;
    }

    private final Path dataDir;
    private final Clock clock;
    private final String deviceId;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Replay replay;
    private final Map<String, LogFile> logs = new LinkedHashMap<>();
    private final List<StoreProblem> problems = new ArrayList<>();
    private final Deque<Done> session = new ArrayDeque<>();
    /** Resets appended in this session, newest first, with the head each replaced, so the last can be undone. */
    private final Deque<ResetDone> resets = new ArrayDeque<>();
    private Start start;
    private long replayedSinceSnapshot;
    private boolean newerFormat;
    private boolean closed;
    /** The log bytes the loaded snapshot covers (their CRCs were checked when it was read); empty after a cold load. */
    private final Map<String, Snapshot.Covered> checked = new HashMap<>();
    /**
     * Log prefixes a review digest named whose CRC this store has worked out and found right, so that opening one
     * card's history after another (the card browser) does not read the logs through each time.
     */
    private final Set<Snapshot.Covered> digestChecked = new HashSet<>();

    /** A review recorded in this session, with what it replaced, so it can be undone exactly. */
    private record Done(Review review, CardKey key, Replay.Head previous, Instant previousLastStudied) {
    }

    private record ResetDone(Entry.Reset reset, CardKey key, Replay.Head previous) {
    }

    private Store(Path dataDir, Clock clock, String deviceId, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.deviceId = deviceId;
        this.lockChannel = lockChannel;
        this.lock = lock;
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
            if (s.newerFormat) {
                s.close();
                throw new StoreException(StoreException.Reason.NEWER_FORMAT, "the progress store " + dataDir
                        + " has entries written by a newer cuecard; update cuecard before studying (nothing was changed)");
            }
            s.cleanTemporaryFiles();
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

    // ---- loading ----

    private Path reviewsDir() {
        return dataDir.resolve("reviews");
    }

    private Path snapshotFile() {
        return dataDir.resolve("snapshot.json");
    }

    private List<String> logNames() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(reviewsDir())) {
            return names;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(reviewsDir(), "*.jsonl")) {
            for (Path p : ds) {
                names.add(p.getFileName().toString());
            }
        }
        Collections.sort(names);
        return names;
    }

    private static String display(String name) {
        return "reviews/" + name;
    }

    private void load(boolean useSnapshot) throws IOException {
        checked.clear();
        digestChecked.clear();
        logs.clear();
        problems.clear();
        newerFormat = false;
        replayedSinceSnapshot = 0;
        if (useSnapshot && loadFromSnapshot()) {
            start = Start.SNAPSHOT;
            return;
        }
        start = useSnapshot && Files.exists(snapshotFile()) ? Start.REBUILT_STALE : Start.COLD;
        logs.clear();
        problems.clear();
        replay = replayAll();
        replay.finish(this::rescan);
        replayedSinceSnapshot = replay.reviewEntries + 1;
    }

    /** Logs are replayed in parallel pieces of at least this many bytes (two pieces a core at most), cut at line ends. */
    static final long PIECE = 1L << 20;

    /** Replays every log from its first byte, in pieces on all cores; pieces are merged in order. */
    private Replay replayAll() throws IOException {
        record Piece(String name, long from, long to, boolean last) {
        }
        record Done(Replay replay, LogReader.Scan scan, List<StoreProblem> problems) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (String name : logNames()) {
            Path file = reviewsDir().resolve(name);
            // few large pieces: each piece has its own key cache, and most cards appear in every piece
            int cores = Runtime.getRuntime().availableProcessors();
            int parts = (int) Math.max(1, Math.min(cores, Files.size(file) / PIECE)); // one a core: 2 a core took 25% longer
            long[] cuts = parts == 1 ? new long[] {0, Long.MAX_VALUE} : LogReader.cuts(file, parts);
            for (int i = 0; i < parts; i++) {
                pieces.add(new Piece(name, cuts[i], i == parts - 1 ? Long.MAX_VALUE : cuts[i + 1], i == parts - 1));
            }
        }
        List<Done> done = pieces.parallelStream().map(p -> {
            Replay r = new Replay(true); // one EntryJson per piece: one key instance per card
            List<StoreProblem> found = new ArrayList<>();
            String shown = display(p.name());
            try {
                LogReader.LeanSink sink = new LogReader.LeanSink() {
                    @Override
                    public void entry(Entry e, int line, byte[] buf, int off, int len) {
                        r.apply(e, shown, line);
                    }

                    @Override
                    public void lean(FastLine line, long bufStart) {
                        r.applyLean(line, bufStart);
                    }
                };
                r.leanSource(reviewsDir().resolve(p.name()));
                LogReader.Scan scan = LogReader.readRange(reviewsDir().resolve(p.name()), shown, p.from(), p.to(), 0,
                        new EntryJson(true), sink, found);
                scan.damagedIds().forEach(r::countId);
                return new Done(r, scan, found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Replay all = new Replay();
        int lines = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Done d = done.get(i);
            if (p.from() == 0) {
                lines = 0;
            }
            for (StoreProblem pr : d.problems()) {
                problems.add(new StoreProblem(pr.file(), pr.line() + lines, pr.message(), pr.serious()));
            }
            newerFormat |= d.scan().newer();
            if (p.last()) {
                LogFile f = new LogFile();
                f.end = d.scan().end();
                f.lines = lines + d.scan().lines();
                f.tornLine = d.scan().tornLine() == 0 ? 0 : d.scan().tornLine() + lines;
                logs.put(p.name(), f);
            }
            lines += d.scan().lines();
        }
        for (int i = pieces.size() - 1; i >= 0; i--) { // last first: most cards' latest review is in a late piece
            all.absorbEarlier(done.get(i).replay());
        }
        return all;
    }

    private void rescan(java.util.function.Consumer<Entry> sink) {
        try {
            for (String name : logNames()) {
                LogReader.read(reviewsDir().resolve(name), display(name), 0, 0, new EntryJson(),
                        (e, line) -> sink.accept(e), new ArrayList<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the snapshot and replays what was appended since; false when it is missing or stale. */
    private boolean loadFromSnapshot() throws IOException {
        Set<String> onDisk = new TreeSet<>(logNames());
        Snapshot.Loaded snap = Snapshot.read(snapshotFile(), covered -> {
            try {
                for (Snapshot.Covered c : covered) {
                    Path f = reviewsDir().resolve(c.file());
                    if (!onDisk.contains(c.file()) || Files.size(f) < c.end() || Durable.crc(f, c.end()) != c.crc()) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false; // not trusted: the logs are read again from their first byte, which reports it
            }
        });
        if (snap == null || !snap.matched()) {
            return false;
        }
        snap.covered().forEach(c -> checked.put(c.file(), c));
        replay = snap.replay();
        problems.addAll(snap.problems());
        boolean[] remapped = {false};
        long before = replay.reviewEntries;
        Map<String, Snapshot.Covered> covered = new LinkedHashMap<>();
        snap.covered().forEach(c -> covered.put(c.file(), c));
        Replay tail = replay;
        for (String name : onDisk) {
            Snapshot.Covered c = covered.get(name);
            String shown = display(name);
            LogReader.Scan scan = LogReader.read(reviewsDir().resolve(name), shown, c == null ? 0 : c.end(),
                    c == null ? 0 : c.lines(), new EntryJson(), (e, line) -> {
                        if (e instanceof Entry.Remap) {
                            remapped[0] = true;
                        }
                        tail.apply(e, shown, line);
                    }, problems);
            scan.damagedIds().forEach(tail::countId);
            LogFile lf = new LogFile();
            lf.end = scan.end();
            lf.lines = scan.lines();
            lf.tornLine = scan.tornLine();
            logs.put(name, lf);
            newerFormat |= scan.newer();
        }
        if (remapped[0]) {
            return false;
        }
        replay.finish(this::rescan);
        replayedSinceSnapshot = replay.reviewEntries - before;
        return true;
    }

    private void cleanTemporaryFiles() {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir, "{.snapshot.json,.digest.bin}.*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p); // an unfinished snapshot from a crash: derived data, not the learner's
            }
        } catch (IOException ignored) {
            // harmless: a later open tries again
        }
    }

    // ---- Progress ----

    @Override
    public CardState state(CardKey key, Instant now) {
        Replay.Head h = replay.heads.get(replay.resolve(key));
        return h != null ? h.state() : CardState.fresh(now);
    }

    /** The instant of the card's latest review in effect (or of its reset), if it has one. */
    public Optional<Instant> lastReviewed(CardKey key) {
        Replay.Head h = replay.heads.get(replay.resolve(key));
        return h == null ? Optional.empty() : Optional.of(h.at());
    }

    @Override
    public boolean known(CardKey key) {
        return replay.heads.containsKey(replay.resolve(key));
    }

    @Override
    public boolean suspended(CardKey key) {
        Replay.Mark m = replay.suspensions.get(replay.resolve(key));
        return m != null && m.on();
    }

    @Override
    public Optional<LocalDate> buriedUntil(CardKey key) {
        Replay.Mark m = replay.burials.get(replay.resolve(key));
        return m == null ? Optional.empty() : Optional.of(m.until());
    }

    @Override
    public Optional<Instant> lastStudied(String deckId) {
        return Optional.ofNullable(replay.lastStudied.get(deckId));
    }

    /**
     * {@inheritDoc} Also refused with {@link StaleCard}: a review-mode answer dated before the card's latest review,
     * which would change nothing. Review and lapse counts saturate ({@link Limits#saturated}); a review with a value
     * outside the ranges of docs/store.md is refused ({@link IllegalArgumentException}) before anything is written.
     */
    @Override
    public Review record(Review review) throws StaleCard {
        writable();
        CardKey key = replay.resolve(review.key());
        Replay.Head current = replay.heads.get(key);
        boolean fresh = current == null && review.before().phase() == Phase.NEW && review.before().reps() == 0;
        if (current == null ? !fresh : !current.state().equals(review.before())) {
            throw new StaleCard(review.key());
        }
        if (current != null && review.mode() == Mode.REVIEW && !current.before(review.at(), peekId())) {
            throw new StaleCard(review.key()); // it would not be the card's latest review: recording it changes nothing
        }
        Duration taken = review.taken().isNegative() ? Duration.ZERO
                : review.taken().compareTo(Duration.ofMillis(Limits.MAX_MILLIS)) > 0 ? Duration.ofMillis(Limits.MAX_MILLIS)
                : Duration.ofMillis(review.taken().toMillis());
        Review candidate = new Review(peekId(), review.key(), review.at(), review.offset(), review.rating(),
                review.mode(), review.answer(), review.correct(), taken, review.before(),
                review.mode() == Mode.REVIEW ? Limits.saturated(review.after()) : review.before());
        Limits.requireWritable(new Entry.Reviewed(candidate)); // before an id is taken or a byte written
        Review saved = new Review(nextId(), candidate.key(), candidate.at(), candidate.offset(), candidate.rating(),
                candidate.mode(), candidate.answer(), candidate.correct(), candidate.taken(), candidate.before(),
                candidate.after());
        Instant previousLast = replay.lastStudied.get(saved.key().deckId());
        append(new Entry.Reviewed(saved));
        session.push(new Done(saved, key, current, previousLast));
        return saved;
    }

    @Override
    public Optional<Review> undoLast() {
        writable();
        Done d = session.poll();
        if (d == null) {
            return Optional.empty();
        }
        append(new Entry.Undo(nextId(), clock.instant(), offsetNow(), d.review().id()));
        Replay.Head head = replay.heads.get(d.key());
        if (head != null && head.id().equals(d.review().id())) {
            if (d.previous() == null) {
                replay.heads.remove(d.key());
            } else {
                replay.heads.put(d.key(), d.previous());
            }
        }
        if (d.previousLastStudied() == null) {
            replay.lastStudied.remove(d.review().key().deckId());
        } else {
            replay.lastStudied.put(d.review().key().deckId(), d.previousLastStudied());
        }
        return Optional.of(d.review());
    }

    @Override
    public void suspend(CardKey key, boolean on) {
        writable();
        append(new Entry.Suspension(nextId(), clock.instant(), offsetNow(), key, on));
    }

    @Override
    public void bury(CardKey key, LocalDate untilDay) {
        writable();
        append(new Entry.Burial(nextId(), clock.instant(), offsetNow(), key, untilDay));
    }

    @Override
    public void reset(CardKey key) {
        writable();
        CardKey card = replay.resolve(key);
        Entry.Reset reset = new Entry.Reset(nextId(), clock.instant(), offsetNow(), key);
        Replay.Head previous = replay.heads.get(card);
        append(reset);
        resets.push(new ResetDone(reset, card, previous));
    }

    @Override
    public boolean undoReset(CardKey key) {
        writable();
        ResetDone d = resets.peek();
        if (d == null || !d.key().equals(replay.resolve(key))) {
            return false;
        }
        resets.pop();
        append(new Entry.Undo(nextId(), clock.instant(), offsetNow(), d.reset().id()));
        Replay.Head head = replay.heads.get(d.key());
        if (head != null && head.id().equals(d.reset().id())) {
            if (d.previous() == null) {
                replay.heads.remove(d.key());
            } else {
                replay.heads.put(d.key(), d.previous());
            }
        }
        return true;
    }

    /** Carries the history of {@code from} over to {@code to} (a renamed card), by appending a remap entry. */
    public void remap(CardKey from, CardKey to) {
        writable();
        if (from.equals(to)) {
            throw new IllegalArgumentException("a card cannot be remapped to itself");
        }
        append(new Entry.Remap(nextId(), clock.instant(), offsetNow(), from, to));
        try {
            load(false); // remaps change which key every older entry belongs to
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot re-read the logs: " + e.getMessage());
        }
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

    /** The id {@link #nextId} gives next, without taking it. */
    private String peekId() {
        return deviceId + "-" + (replay.counters.getOrDefault(deviceId, 0L) + 1);
    }

    private String nextId() {
        long n = replay.counters.getOrDefault(deviceId, 0L) + 1;
        replay.counters.put(deviceId, n);
        return deviceId + "-" + n;
    }

    private ZoneOffset offsetNow() {
        return clock.getZone().getRules().getOffset(clock.instant());
    }

    /** Appends one entry to this device's log, fsynced, and applies it. */
    private void append(Entry e) {
        String name = deviceId + ".jsonl";
        appendTo(name, List.of(e), true);
    }

    /** Appends entries to a log (setting aside a torn last line first) and applies them when asked. */
    private void appendTo(String name, List<Entry> entries, boolean apply) {
        List<byte[]> lines = new ArrayList<>();
        for (Entry e : entries) {
            lines.add(EntryJson.line(e));
        }
        appendLines(name, lines);
        if (apply) {
            for (Entry e : entries) {
                replay.apply(e, display(name), logs.get(name).lines);
            }
        }
    }

    private void appendLines(String name, List<byte[]> lines) {
        LogFile f = logs.computeIfAbsent(name, n -> new LogFile());
        List<byte[]> out = new ArrayList<>();
        if (f.tornLine > 0) {
            out.add(EntryJson.line(new Entry.TornMark(nextId(), clock.instant(), offsetNow(), f.tornLine)));
        }
        out.addAll(lines);
        Path file = reviewsDir().resolve(name);
        try {
            long sizeBefore = Files.exists(file) ? Files.size(file) : 0;
            boolean joined = sizeBefore > f.end; // a last line without newline: the newline written first ends it
            Durable.append(file, out);
            if (f.tornLine > 0) {
                replay.tornMarks.add(display(name) + ":" + f.tornLine);
                f.tornLine = 0;
            }
            f.end = Files.size(file);
            f.lines += out.size() + (joined ? 1 : 0);
            replayedSinceSnapshot += out.size();
        } catch (IOException e) {
            throw StoreException.cannotWrite(file, e, "nothing was saved (the lines before are intact; a partly "
                    + "written line is set aside by the next write)");
        }
    }

    /** Writes the snapshot now (atomically). */
    public void writeSnapshot() {
        writable();
        try {
            List<Snapshot.Covered> covered = new ArrayList<>();
            for (var e : logs.entrySet()) {
                Path f = reviewsDir().resolve(e.getKey());
                covered.add(new Snapshot.Covered(e.getKey(), e.getValue().end, e.getValue().lines,
                        Durable.crc(f, e.getValue().end)));
            }
            List<StoreProblem> kept = new ArrayList<>();
            for (StoreProblem p : problems) {
                LogFile lf = logs.get(p.file().substring("reviews/".length()));
                if (lf == null || p.line() <= lf.lines) { // a torn last line is found again on the next read
                    kept.add(p);
                }
            }
            Durable.replace(snapshotFile(), Snapshot.write(replay, covered, kept));
            replayedSinceSnapshot = 0;
        } catch (IOException e) {
            throw StoreException.cannotWrite(snapshotFile(), e, "the snapshot was not written (the logs are intact)");
        }
    }

    /** Closes the store: writes a snapshot when much was replayed or written since the last one, releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (lock != null && !newerFormat && (start != Start.SNAPSHOT || replayedSinceSnapshot >= SNAPSHOT_AFTER)) {
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

    // ---- what commands ask ----

    public String deviceId() {
        return deviceId;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Start start() {
        return start;
    }

    /** Every problem found while reading, torn lines already set aside shown as notes. */
    public List<StoreProblem> problems() {
        List<StoreProblem> out = new ArrayList<>();
        for (StoreProblem p : problems) {
            out.add(replay.tornMarks.contains(p.file() + ":" + p.line())
                    ? p.asNote("set aside after a crash") : p);
        }
        return out;
    }

    /** The current state of every card with a history, by key (after remaps). */
    public Map<CardKey, CardState> states() {
        Map<CardKey, CardState> out = new java.util.HashMap<>();
        replay.heads.forEach((k, h) -> out.put(k, h.state()));
        return out;
    }

    /** Review entries in effect (undone ones left out). */
    public long reviewCount() {
        return replay.reviews();
    }

    /** The devices that have a log here. */
    public Set<String> devices() {
        Set<String> out = new TreeSet<>();
        for (String name : logs.keySet()) {
            out.add(name.substring(0, name.length() - ".jsonl".length()));
        }
        return out;
    }

    /** Cards with a history whose key is in none of {@code deckKeys} (a card removed or renamed in its deck). */
    public Set<CardKey> orphans(Set<CardKey> deckKeys) {
        Set<CardKey> out = new TreeSet<>();
        Set<CardKey> all = new HashSet<>(replay.heads.keySet());
        all.addAll(replay.suspensions.keySet());
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
    public void eachReview(java.util.function.Consumer<Review> sink) {
        rescan(e -> {
            if (e instanceof Entry.Reviewed rv && !replay.undone.contains(e.id())) {
                Review r = rv.review();
                CardKey k = replay.resolve(r.key());
                sink.accept(k.equals(r.key()) ? r : new Review(r.id(), k, r.at(), r.offset(), r.rating(), r.mode(),
                        r.answer(), r.correct(), r.taken(), r.before(), r.after()));
            }
        });
    }

    /** Reviews read from the logs past the digest after which a read writes a new digest. */
    static final int DIGEST_AFTER = 10_000;

    /**
     * Hands the brief of every review in effect (undone ones left out, renamed cards under their new key) to
     * {@code sink}, in no set order: what {@link #eachReview} gives, without re-reading years of JSON. The reviews
     * come from the review digest ({@code digest.bin}, checked against the logs' bytes) and the log lines after it;
     * when many lines were read past it, a new digest is written (by read-only stores too: it is derived data,
     * written to a temporary file and renamed, and a failure to write it is ignored).
     */
    public void eachReviewBrief(java.util.function.Consumer<ReviewBrief> sink) {
        eachReviewRow(ReviewSink.of(sink), DIGEST_AFTER);
    }

    void eachReviewBrief(java.util.function.Consumer<ReviewBrief> sink, int digestAfter) {
        eachReviewRow(ReviewSink.of(sink), digestAfter);
    }

    /** As {@link #eachReviewBrief}, one call per review with no object made for it (statistics, the optimizer). */
    public void eachReviewRow(ReviewSink sink) {
        eachReviewRow(sink, DIGEST_AFTER);
    }

    void eachReviewRow(ReviewSink sink, int digestAfter) {
        Path file = dataDir.resolve(ReviewDigest.FILE);
        try {
            List<String> names = logNames();
            ReviewDigest digest = ReviewDigest.read(file);
            if (digest != null && !matches(digest.covered(), names)) {
                digest = null;
            }
            Set<String> undone = replay.undone;
            Map<String, Snapshot.Covered> from = new HashMap<>();
            if (digest != null) {
                digest.covered().forEach(c -> from.put(c.file(), c));
                digest.each(undone, replay::resolve, sink);
            } else {
                digest = new ReviewDigest();
            }
            ReviewDigest grown = digest;
            int before = grown.size();
            List<Snapshot.Covered> cover = new ArrayList<>();
            for (String name : names) {
                Snapshot.Covered c = from.get(name);
                int[] last = {0, 0}; // line and digest size before the last review read
                long[] place = {0};
                LogReader.PlacedSink lines = new LogReader.PlacedSink() {
                    @Override
                    public void place(long offset) {
                        place[0] = offset;
                    }

                    @Override
                    public void entry(Entry e, int line, byte[] buf, int off, int len) {
                        if (e instanceof Entry.Reviewed rv) {
                            Review r = rv.review();
                            last[0] = line;
                            last[1] = grown.size();
                            grown.add(e.id(), r, name, place[0]);
                            if (!undone.contains(e.id())) {
                                sink.review(replay.resolve(r.key()), r);
                            }
                        }
                    }
                };
                LogReader.Scan scan = LogReader.readRaw(reviewsDir().resolve(name), display(name),
                        c == null ? 0 : c.end(), c == null ? 0 : c.lines(), new EntryJson(), lines, new ArrayList<>());
                if (last[0] > scan.lines()) {
                    grown.truncate(last[1]); // a last line without its newline: not covered yet
                }
                cover.add(new Snapshot.Covered(name, scan.end(), scan.lines(), 0));
            }
            if (grown.size() - before >= digestAfter) {
                List<Snapshot.Covered> withCrc = new ArrayList<>();
                for (Snapshot.Covered c : cover) {
                    withCrc.add(new Snapshot.Covered(c.file(), c.end(), c.lines(), crcOf(c, from, checked)));
                }
                grown.cover(withCrc);
                digestChecked.addAll(withCrc);
                try {
                    grown.write(file);
                } catch (IOException e) {
                    // derived data: without it the next read parses the logs again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CRC of the log bytes {@code c} names, taken from a cover already checked when it names the same bytes. */
    @SafeVarargs
    private long crcOf(Snapshot.Covered c, Map<String, Snapshot.Covered>... known) throws IOException {
        for (Map<String, Snapshot.Covered> m : known) {
            Snapshot.Covered k = m.get(c.file());
            if (k != null && k.end() == c.end()) {
                return k.crc();
            }
        }
        return Durable.crc(reviewsDir().resolve(c.file()), c.end());
    }

    /**
     * The reviews in effect of one card (older reviews of a renamed card under its new key), in replay order: when
     * the review digest matches the logs, only this card's lines are read, at the places it gives, and then the
     * lines after it; otherwise every line is read.
     */
    public List<Review> history(CardKey key) {
        List<Review> out = new ArrayList<>();
        historyFromDigest = false;
        try {
            List<String> names = logNames();
            ReviewDigest digest = ReviewDigest.read(dataDir.resolve(ReviewDigest.FILE));
            if (digest == null || !matches(digest.covered(), names) || !linesOf(digest, key, out)) {
                out.clear();
                eachReview(r -> {
                    if (r.key().equals(key)) {
                        out.add(r);
                    }
                });
            } else {
                historyFromDigest = true;
                Map<String, Snapshot.Covered> from = new HashMap<>();
                digest.covered().forEach(c -> from.put(c.file(), c));
                for (String name : names) {
                    Snapshot.Covered c = from.get(name);
                    LogReader.read(reviewsDir().resolve(name), display(name), c == null ? 0 : c.end(),
                            c == null ? 0 : c.lines(), new EntryJson(), (e, line) -> keep(e, key, out),
                            new ArrayList<>());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()));
        return out;
    }

    /** Whether the last {@link #history} read its lines at the places the review digest gave (for tests). */
    boolean historyFromDigest;

    /** Adds the review {@code e} holds to {@code out} when it is in effect and belongs to {@code key}. */
    private void keep(Entry e, CardKey key, List<Review> out) {
        if (e instanceof Entry.Reviewed rv && !replay.undone.contains(e.id())) {
            Review r = rv.review();
            CardKey k = replay.resolve(r.key());
            if (k.equals(key)) {
                out.add(k.equals(r.key()) ? r : new Review(r.id(), k, r.at(), r.offset(), r.rating(), r.mode(),
                        r.answer(), r.correct(), r.taken(), r.before(), r.after()));
            }
        }
    }

    /**
     * Reads the digest's lines of {@code key} at their places; false when a place does not hold the review line
     * the digest says it does (the caller then reads everything).
     */
    private boolean linesOf(ReviewDigest digest, CardKey key, List<Review> out) throws IOException {
        Map<CardKey, Boolean> ours = new HashMap<>();
        Map<String, FileChannel> channels = new HashMap<>();
        EntryJson json = new EntryJson();
        try {
            for (int r = 0; r < digest.size(); r++) {
                CardKey written = digest.writtenKey(r);
                if (!ours.computeIfAbsent(written, k -> replay.resolve(k).equals(key))) {
                    continue;
                }
                FileChannel ch = channels.get(digest.logAt(r));
                if (ch == null) {
                    ch = FileChannel.open(reviewsDir().resolve(digest.logAt(r)), StandardOpenOption.READ);
                    channels.put(digest.logAt(r), ch);
                }
                Entry e = lineAt(ch, digest.positionAt(r), json);
                if (!(e instanceof Entry.Reviewed)) {
                    return false;
                }
                keep(e, key, out);
            }
            return true;
        } finally {
            for (FileChannel ch : channels.values()) {
                ch.close();
            }
        }
    }

    /** The entry on the line that starts at {@code at}, or null when it is not a good line. */
    private static Entry lineAt(FileChannel ch, long at, EntryJson json) throws IOException {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1024);
        while (true) {
            int got = ch.read(buf, at + buf.position());
            byte[] b = buf.array();
            for (int i = 0; i < buf.position(); i++) {
                if (b[i] == '\n') {
                    try {
                        return json.parse(b, 0, i);
                    } catch (EntryJson.BadLine e) {
                        return null;
                    }
                }
            }
            if (got <= 0) {
                return null; // no newline: not a line the digest could have covered
            }
            if (!buf.hasRemaining()) {
                if (buf.capacity() > Limits.MAX_LINE) {
                    return null; // longer than any line that is read
                }
                buf = java.nio.ByteBuffer.allocate(buf.capacity() * 2).put(buf.flip());
            }
        }
    }

    /** Whether the logs still start with the bytes a digest covers (CRCs the snapshot checked are not redone). */
    private boolean matches(List<Snapshot.Covered> covered, List<String> names) throws IOException {
        for (Snapshot.Covered c : covered) {
            Path f = reviewsDir().resolve(c.file());
            if (!names.contains(c.file()) || Files.size(f) < c.end()) {
                return false;
            }
            if (!c.equals(checked.get(c.file())) && !digestChecked.contains(c)) {
                if (Durable.crc(f, c.end()) != c.crc()) {
                    return false;
                }
                digestChecked.add(c); // the logs only grow: bytes that matched once still match
            }
        }
        return true;
    }

    /** Rebuilds the state from the logs alone, ignoring the snapshot, and writes a new snapshot. */
    public void rebuild() {
        writable();
        try {
            load(false);
            Files.deleteIfExists(dataDir.resolve(ReviewDigest.FILE)); // derived too: the next full read writes it again
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read the logs: " + e.getMessage());
        }
        writeSnapshot();
    }

    // ---- sync ----

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
        Path from = Files.isDirectory(dir.resolve("reviews")) ? dir.resolve("reviews") : dir;
        Map<String, Long> present = new HashMap<>(); // id -> CRC-32C of its line's bytes
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        try {
            for (String name : logNames()) {
                LogReader.readRaw(reviewsDir().resolve(name), display(name), 0, 0, new EntryJson(),
                        (e, line, buf, off, len) -> present.putIfAbsent(e.id(), crcOf(crc, buf, off, len)),
                        new ArrayList<>());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read the logs: " + e.getMessage());
        }
        List<StoreProblem> theirProblems = new ArrayList<>();
        int files = 0;
        int added = 0;
        int already = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(from, "*.jsonl")) {
            List<Path> sources = new ArrayList<>();
            ds.forEach(sources::add);
            Collections.sort(sources);
            for (Path source : sources) {
                String name = source.getFileName().toString();
                if (!name.matches("[A-Za-z0-9_.]{1,64}\\.jsonl") || !Files.isRegularFile(source)) {
                    theirProblems.add(new StoreProblem(source.toString(), 0, "not a device log name; skipped", true));
                    continue;
                }
                if (source.toAbsolutePath().normalize().equals(reviewsDir().resolve(name).toAbsolutePath().normalize())) {
                    continue; // our own folder
                }
                files++;
                List<byte[]> missing = new ArrayList<>();
                int[] counts = {0, 0};
                LogReader.readRaw(source, source.toString(), 0, 0, new EntryJson(), (e, line, buf, off, len) -> {
                    long sum = crcOf(crc, buf, off, len);
                    Long here = present.putIfAbsent(e.id(), sum);
                    if (here == null) {
                        byte[] l = java.util.Arrays.copyOfRange(buf, off, off + len + 1);
                        l[len] = '\n';
                        missing.add(l);
                        counts[0]++;
                    } else if (here != sum) {
                        theirProblems.add(new StoreProblem(source.toString(), line, "entry id " + e.id()
                                + " is already here with different content; not copied (a data dir copied to "
                                + "another device, or an edited line? compare the two lines)", true));
                    } else {
                        counts[1]++;
                    }
                }, theirProblems);
                if (!missing.isEmpty()) {
                    appendLines(name, missing);
                }
                added += counts[0];
                already += counts[1];
            }
            if (added > 0) {
                load(false);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot sync from " + dir + ": " + e.getMessage());
        }
        return new SyncResult(files, added, already, theirProblems);
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
    public ImportResult importHistory(String device, java.util.Iterator<Imported> entries) {
        writable();
        if (!device.matches("[A-Za-z0-9_.]{1,64}") || device.equals(deviceId)) {
            throw new IllegalArgumentException("not a device id for an import: " + device);
        }
        String name = device + ".jsonl";
        Path file = reviewsDir().resolve(name);
        java.util.Set<String> present = new java.util.HashSet<>();
        try {
            if (Files.exists(file)) {
                LogReader.readRaw(file, display(name), 0, 0, new EntryJson(),
                        (e, line, buf, off, len) -> present.add(e.id()), new ArrayList<>());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read " + file + ": " + e.getMessage());
        }
        long added = 0;
        long already = 0;
        List<Entry> chunk = new ArrayList<>();
        while (entries.hasNext()) {
            Imported next = entries.next();
            Entry e;
            if (next instanceof Imported.Answer a) {
                e = new Entry.Reviewed(a.review());
            } else {
                Imported.Reset r = (Imported.Reset) next;
                e = new Entry.Reset(r.id(), r.at(), r.offset(), r.key());
            }
            if (!e.id().startsWith(device + "-")) {
                throw new IllegalArgumentException("entry " + e.id() + " is not of device " + device);
            }
            if (!present.isEmpty() && !present.add(e.id())) { // a new log: the importer's ids are distinct
                already++;
                continue;
            }
            chunk.add(e);
            added++;
            if (chunk.size() == 20_000) {
                appendAndApply(name, chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            appendAndApply(name, chunk);
        }
        return new ImportResult(added, already);
    }

    /**
     * Appends the lines of {@code entries} (written on every core: a large import writes a million) and applies them,
     * each at its line (the replay's order is by instant, not by line).
     */
    private void appendAndApply(String name, List<Entry> entries) {
        appendLines(name, entries.parallelStream().map(EntryJson::line).toList());
        int first = logs.get(name).lines - entries.size();
        for (int i = 0; i < entries.size(); i++) {
            replay.apply(entries.get(i), display(name), first + i + 1);
        }
    }

    private static long crcOf(java.util.zip.CRC32C crc, byte[] buf, int off, int len) {
        crc.reset();
        crc.update(buf, off, len);
        return crc.getValue();
    }

    // ---- checks ----

    /**
     * A full check: every log read again from the start (the snapshot ignored) and compared with the loaded state;
     * entry ids used twice and undo entries whose review is nowhere are reported too.
     */
    public List<StoreProblem> check() {
        List<StoreProblem> found = new ArrayList<>(problems());
        Replay cold = new Replay();
        Map<String, String> seen = new java.util.HashMap<>();
        List<StoreProblem> scratch = new ArrayList<>();
        Instant ahead = clock.instant().plus(Duration.ofDays(1));
        try {
            for (String name : logNames()) {
                String shown = display(name);
                LogReader.read(reviewsDir().resolve(name), shown, 0, 0, new EntryJson(), (e, line) -> {
                    String where = shown + ":" + line;
                    String first = seen.putIfAbsent(e.id(), where);
                    if (first != null) {
                        found.add(new StoreProblem(shown, line, "entry id " + e.id() + " is also used at " + first
                                + " (a copied data dir? each device needs its own `device` file)", true));
                    }
                    cold.apply(e, shown, line);
                    if (e instanceof Entry.Undo u && !Replay.sameDevice(u.id(), u.target())) {
                        found.add(new StoreProblem(shown, line, "undo " + u.id() + " names " + u.target()
                                + ", an entry of another device; ignored (a device undoes only its own answers)",
                                false));
                    }
                    if (e.at().isAfter(ahead)) {
                        found.add(new StoreProblem(shown, line, "entry " + e.id() + " is dated " + e.at()
                                + ", more than a day after now (a device whose clock was wrong?)"
                                + (e instanceof Entry.Reviewed rv ? "; " + rv.review().key()
                                + " keeps its schedule until then, and reviews dated before it are refused" : ""),
                                false));
                    }
                }, scratch);
            }
        } catch (IOException e) {
            found.add(new StoreProblem("reviews", 0, "cannot read: " + e.getMessage(), true));
            return found;
        }
        cold.finish(this::rescan);
        for (String target : cold.undone) {
            if (!seen.containsKey(target)) {
                found.add(new StoreProblem("reviews", 0, "an undo refers to entry " + target
                        + ", which is in no log (its device's log not synced yet?)", false));
            }
        }
        Set<CardKey> differ = new TreeSet<>();
        Set<CardKey> keys = new HashSet<>(cold.heads.keySet());
        keys.addAll(replay.heads.keySet());
        for (CardKey k : keys) {
            Replay.Head x = cold.heads.get(k);
            Replay.Head y = replay.heads.get(k);
            if (x == null || y == null || !x.state().equals(y.state())) {
                differ.add(k);
            }
        }
        if (!differ.isEmpty()) {
            found.add(new StoreProblem("snapshot.json", 0, "the snapshot disagrees with the logs for " + differ.size()
                    + " cards (first: " + differ.iterator().next() + "); run `cuecard doctor --rebuild`", true));
        }
        return found;
    }

    /** Random device ids: generated once per data dir and kept in {@code DATA/device}. */
    static final class DeviceId {
        private DeviceId() {
        }

        static String of(Path dataDir) throws IOException {
            String id = read(dataDir);
            if (id == null) {
                byte[] b = new byte[6];
                new SecureRandom().nextBytes(b);
                StringBuilder sb = new StringBuilder();
                for (byte x : b) {
                    sb.append(String.format("%02x", x));
                }
                id = sb.toString();
                Durable.replace(dataDir.resolve("device"), (id + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return id;
        }

        static String read(Path dataDir) {
            try {
                Path f = dataDir.resolve("device");
                if (!Files.isRegularFile(f)) {
                    return null;
                }
                String id = Files.readString(f).trim();
                return id.matches("[A-Za-z0-9_.]{1,64}") ? id : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
