package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.Review;
import cuecard.review.ReviewSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The history part of the store: every review in effect read again from the logs, through the review digest
 * ({@code digest.bin}) where it matches them, and the digest kept up to date. Reads only; the one file it writes is
 * the digest, derived data.
 */
final class ReviewReads {

    /** Reviews read from the logs past the digest after which a read writes a new digest. */
    static final int DIGEST_AFTER = 10_000;

    private final LogFolder folder;
    /**
     * Log prefixes a review digest named whose CRC this store has worked out and found right, so that opening one
     * card's history after another (the card browser) does not read the logs through each time.
     */
    private final Set<Snapshot.Covered> digestChecked = new HashSet<>();
    /** Whether the last {@link #history} read its lines at the places the review digest gave (for tests). */
    boolean historyFromDigest;

    ReviewReads(LogFolder folder) {
        this.folder = folder;
    }

    /** Forgets the prefixes checked (after a new load). */
    void forget() {
        digestChecked.clear();
    }

    /** The review {@code r} under the key its history now belongs to. */
    private static Review resolved(Replay replay, Review r) {
        CardKey k = replay.resolve(r.key());
        return k.equals(r.key()) ? r : new Review(r.id(), k, r.at(), r.offset(), r.rating(), r.mode(), r.answer(),
                r.correct(), r.taken(), r.before(), r.after());
    }

    /** Streams every review in effect (undone ones left out, renamed cards under their new key) in log order. */
    void eachReview(Replay replay, Consumer<Review> sink) {
        folder.rescan(e -> {
            if (e instanceof Entry.Reviewed rv && !replay.undone(e.id())) {
                sink.accept(resolved(replay, rv.review()));
            }
        });
    }

    /**
     * Hands every review in effect to {@code sink}, from the digest (checked against the logs' bytes) and the log
     * lines after it; writes a new digest when {@code digestAfter} lines or more were read past it (a failure to
     * write it is ignored: derived data).
     */
    void eachReviewRow(LoadedLogs loaded, ReviewSink sink, int digestAfter) {
        Replay replay = loaded.replay;
        Path file = folder.digest();
        try {
            List<String> names = folder.names();
            ReviewDigest digest = ReviewDigest.read(file);
            if (digest != null && !matches(loaded, digest.covered(), names)) {
                digest = null;
            }
            Set<String> undone = replay.undoneIds();
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
                LogReader.Scan scan = LogReader.readRaw(folder.log(name), LogFolder.display(name),
                        c == null ? 0 : c.end(), c == null ? 0 : c.lines(), new EntryJson(), lines, new ArrayList<>());
                if (last[0] > scan.lines()) {
                    grown.truncate(last[1]); // a last line without its newline: not covered yet
                }
                cover.add(new Snapshot.Covered(name, scan.end(), scan.lines(), 0));
            }
            if (grown.size() - before >= digestAfter) {
                List<Snapshot.Covered> withCrc = new ArrayList<>();
                for (Snapshot.Covered c : cover) {
                    withCrc.add(new Snapshot.Covered(c.file(), c.end(), c.lines(), crcOf(c, from, loaded.checked)));
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
        return Durable.crc(folder.log(c.file()), c.end());
    }

    /**
     * The reviews in effect of one card (older reviews of a renamed card under its new key), in replay order: when
     * the review digest matches the logs, only this card's lines are read, at the places it gives, and then the
     * lines after it; otherwise every line is read.
     */
    List<Review> history(LoadedLogs loaded, CardKey key) {
        Replay replay = loaded.replay;
        List<Review> out = new ArrayList<>();
        historyFromDigest = false;
        try {
            List<String> names = folder.names();
            ReviewDigest digest = ReviewDigest.read(folder.digest());
            if (digest == null || !matches(loaded, digest.covered(), names) || !linesOf(replay, digest, key, out)) {
                out.clear();
                eachReview(replay, r -> {
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
                    LogReader.read(folder.log(name), LogFolder.display(name), c == null ? 0 : c.end(),
                            c == null ? 0 : c.lines(), new EntryJson(), (e, line) -> keep(replay, e, key, out),
                            new ArrayList<>());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()));
        return out;
    }

    /** Adds the review {@code e} holds to {@code out} when it is in effect and belongs to {@code key}. */
    private static void keep(Replay replay, Entry e, CardKey key, List<Review> out) {
        if (e instanceof Entry.Reviewed rv && !replay.undone(e.id())) {
            Review r = resolved(replay, rv.review());
            if (r.key().equals(key)) {
                out.add(r);
            }
        }
    }

    /**
     * Reads the digest's lines of {@code key} at their places; false when a place does not hold the review line
     * the digest says it does (the caller then reads everything).
     */
    private boolean linesOf(Replay replay, ReviewDigest digest, CardKey key, List<Review> out) throws IOException {
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
                    ch = FileChannel.open(folder.log(digest.logAt(r)), StandardOpenOption.READ);
                    channels.put(digest.logAt(r), ch);
                }
                Entry e = lineAt(ch, digest.positionAt(r), json);
                if (!(e instanceof Entry.Reviewed)) {
                    return false;
                }
                keep(replay, e, key, out);
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
        ByteBuffer buf = ByteBuffer.allocate(1024);
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
                buf = ByteBuffer.allocate(buf.capacity() * 2).put(buf.flip());
            }
        }
    }

    /** Whether the logs still start with the bytes a digest covers (CRCs the snapshot checked are not redone). */
    private boolean matches(LoadedLogs loaded, List<Snapshot.Covered> covered, List<String> names) throws IOException {
        for (Snapshot.Covered c : covered) {
            Path f = folder.log(c.file());
            if (!names.contains(c.file()) || Files.size(f) < c.end()) {
                return false;
            }
            if (!c.equals(loaded.checked.get(c.file())) && !digestChecked.contains(c)) {
                if (Durable.crc(f, c.end()) != c.crc()) {
                    return false;
                }
                digestChecked.add(c); // the logs only grow: bytes that matched once still match
            }
        }
        return true;
    }
}
