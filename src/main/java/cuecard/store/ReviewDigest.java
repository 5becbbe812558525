package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.schedule.Phase;
import cuecard.schedule.Rating;
import cuecard.study.Mode;
import cuecard.study.Review;
import cuecard.study.ReviewBrief;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;

/**
 * The brief of every review line in a prefix of the logs ({@code digest.bin} beside them), so that statistics and
 * the optimizer need not parse years of JSON lines each time. Derived data like the snapshot: it records the size
 * and CRC-32C of the log bytes it covers and is used only while the logs still start with those bytes; a damaged,
 * foreign or outdated file is ignored (and replaced by the next full read).
 *
 * <p>It holds every review line as written, undone ones included and under the key written, with each entry's id;
 * the reader leaves out the ones undone and applies remaps with the store's current replay, so a digest stays right
 * whatever was appended after it. Columns of numbers, one after another, and a CRC of the whole file at its end.
 */
final class ReviewDigest {

    static final String FILE = "digest.bin";
    private static final int MAGIC = 0x63634447; // "ccDG"
    private static final int VERSION = 1;
    private static final Mode[] MODES = Mode.values();
    private static final Phase[] PHASES = Phase.values();
    private static final Rating[] RATINGS = Rating.values();

    private List<Snapshot.Covered> covered;
    private final List<CardKey> keys;
    private final Map<CardKey, Integer> keyIndex = new HashMap<>();
    private int n;
    private int[] key;
    private long[] second;
    private int[] nano;
    private int[] offset;
    private byte[] rating;
    private byte[] mode;
    private byte[] phase;
    private int[] interval;
    private long[] millis;
    private int[] idEnd;
    private byte[] ids;

    /** An empty digest. */
    ReviewDigest() {
        this(List.of(), new ArrayList<>(), 0);
    }

    private ReviewDigest(List<Snapshot.Covered> covered, List<CardKey> keys, int capacity) {
        this.covered = covered;
        this.keys = keys;
        int c = Math.max(capacity, 16);
        key = new int[c];
        second = new long[c];
        nano = new int[c];
        offset = new int[c];
        rating = new byte[c];
        mode = new byte[c];
        phase = new byte[c];
        interval = new int[c];
        millis = new long[c];
        idEnd = new int[c];
        ids = new byte[capacity == 0 ? c * 16 : 0];
    }

    /** The log bytes this digest covers, a log at a time. */
    List<Snapshot.Covered> covered() {
        return covered;
    }

    /** Reviews held, undone ones included. */
    int size() {
        return n;
    }

    /** Adds a review line (with the entry id and the key as written). */
    void add(String id, Review r) {
        if (n == key.length) {
            grow(n * 2);
        }
        if (keyIndex.size() < keys.size()) { // a digest read from its file: index its keys on the first addition
            for (int i = 0; i < keys.size(); i++) {
                keyIndex.put(keys.get(i), i);
            }
        }
        Integer k = keyIndex.get(r.key());
        if (k == null) {
            k = keys.size();
            keys.add(r.key());
            keyIndex.put(r.key(), k);
        }
        key[n] = k;
        second[n] = r.at().getEpochSecond();
        nano[n] = r.at().getNano();
        offset[n] = r.offset().getTotalSeconds();
        rating[n] = (byte) r.rating().ordinal();
        mode[n] = (byte) r.mode().ordinal();
        phase[n] = (byte) r.before().phase().ordinal();
        interval[n] = r.before().scheduledDays();
        millis[n] = r.taken().toMillis();
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        int from = n == 0 ? 0 : idEnd[n - 1];
        if (from + idBytes.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, from + idBytes.length));
        }
        System.arraycopy(idBytes, 0, ids, from, idBytes.length);
        idEnd[n] = from + idBytes.length;
        n++;
    }

    /** Forgets the reviews from index {@code size} on (a torn last line read past the covered bytes). */
    void truncate(int size) {
        n = Math.min(n, size);
    }

    private void grow(int capacity) {
        key = Arrays.copyOf(key, capacity);
        second = Arrays.copyOf(second, capacity);
        nano = Arrays.copyOf(nano, capacity);
        offset = Arrays.copyOf(offset, capacity);
        rating = Arrays.copyOf(rating, capacity);
        mode = Arrays.copyOf(mode, capacity);
        phase = Arrays.copyOf(phase, capacity);
        interval = Arrays.copyOf(interval, capacity);
        millis = Arrays.copyOf(millis, capacity);
        idEnd = Arrays.copyOf(idEnd, capacity);
    }

    /** Says which log bytes the reviews now held cover (after the lines read past the old cover were added). */
    void cover(List<Snapshot.Covered> bytes) {
        covered = List.copyOf(bytes);
    }

    /**
     * Hands the brief of every review not in {@code undone} to {@code sink}, its key passed through {@code resolve}
     * (the remaps in effect now).
     */
    void each(Set<String> undone, UnaryOperator<CardKey> resolve, Consumer<ReviewBrief> sink) {
        CardKey[] resolved = new CardKey[keys.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolve.apply(keys.get(i));
        }
        ZoneOffset lastOffset = ZoneOffset.UTC;
        for (int i = 0; i < n; i++) {
            if (!undone.isEmpty()) {
                int from = i == 0 ? 0 : idEnd[i - 1];
                if (undone.contains(new String(ids, from, idEnd[i] - from, StandardCharsets.UTF_8))) {
                    continue;
                }
            }
            if (offset[i] != lastOffset.getTotalSeconds()) {
                lastOffset = ZoneOffset.ofTotalSeconds(offset[i]);
            }
            sink.accept(new ReviewBrief(resolved[key[i]], Instant.ofEpochSecond(second[i], nano[i]), lastOffset,
                    RATINGS[rating[i]], MODES[mode[i]], PHASES[phase[i]], interval[i], millis[i]));
        }
    }

    // ---- the file ----

    /** Writes the digest to {@code file} through a temporary file and a rename (no fsync: it is derived data). */
    void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                CRC32C crc = new CRC32C();
                Out out = new Out(ch, crc);
                out.buf.putInt(MAGIC).putInt(VERSION).putInt(covered.size());
                for (Snapshot.Covered c : covered) {
                    out.text(c.file());
                    out.room(20);
                    out.buf.putLong(c.end()).putInt(c.lines()).putLong(c.crc());
                }
                out.room(4);
                out.buf.putInt(keys.size());
                for (CardKey k : keys) {
                    out.text(k.deckId());
                    out.text(k.cardId());
                }
                out.room(8);
                out.buf.putInt(n).putInt(n == 0 ? 0 : idEnd[n - 1]);
                out.ints(key, n);
                out.longs(second, n);
                out.ints(nano, n);
                out.ints(offset, n);
                out.bytes(rating, n);
                out.bytes(mode, n);
                out.bytes(phase, n);
                out.ints(interval, n);
                out.longs(millis, n);
                out.ints(idEnd, n);
                out.bytes(ids, n == 0 ? 0 : idEnd[n - 1]);
                out.flush();
                ByteBuffer tail = ByteBuffer.allocate(8).putLong(crc.getValue()).flip();
                while (tail.hasRemaining()) {
                    ch.write(tail);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A buffered writer of columns that keeps a CRC of everything it writes. */
    private static final class Out {
        final FileChannel ch;
        final CRC32C crc;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 20);

        Out(FileChannel ch, CRC32C crc) {
            this.ch = ch;
            this.crc = crc;
        }

        void room(int bytes) throws IOException {
            if (buf.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            buf.flip();
            crc.update(buf.duplicate());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }

        void text(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            room(4);
            buf.putInt(b.length);
            bytes(b, b.length);
        }

        void bytes(byte[] a, int count) throws IOException {
            int i = 0;
            while (i < count) {
                room(1);
                int m = Math.min(buf.remaining(), count - i);
                buf.put(a, i, m);
                i += m;
            }
        }

        void ints(int[] a, int count) throws IOException {
            int i = 0;
            while (i < count) {
                room(4);
                int m = Math.min(buf.remaining() / 4, count - i);
                buf.asIntBuffer().put(a, i, m);
                buf.position(buf.position() + m * 4);
                i += m;
            }
        }

        void longs(long[] a, int count) throws IOException {
            int i = 0;
            while (i < count) {
                room(8);
                int m = Math.min(buf.remaining() / 8, count - i);
                buf.asLongBuffer().put(a, i, m);
                buf.position(buf.position() + m * 8);
                i += m;
            }
        }
    }

    /** The digest in {@code file}, or null when there is none or it is damaged, foreign or of another version. */
    static ReviewDigest read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 28 || size > Integer.MAX_VALUE) {
                return null;
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CRC32C crc = new CRC32C();
            crc.update(map.duplicate().limit((int) size - 8));
            if (map.getLong((int) size - 8) != crc.getValue()) {
                return null;
            }
            ByteBuffer in = map.duplicate().limit((int) size - 8);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                return null;
            }
            int logs = count(in, 36);
            List<Snapshot.Covered> covered = new ArrayList<>(logs);
            for (int i = 0; i < logs; i++) {
                String name = text(in);
                covered.add(new Snapshot.Covered(name, in.getLong(), in.getInt(), in.getLong()));
            }
            int keyCount = count(in, 8);
            List<CardKey> keys = new ArrayList<>(keyCount);
            for (int i = 0; i < keyCount; i++) {
                keys.add(new CardKey(text(in), text(in)));
            }
            int n = count(in, 40);
            int idBytes = count(in, 1);
            ReviewDigest d = new ReviewDigest(covered, keys, n);
            d.n = n;
            in.asIntBuffer().get(d.key, 0, n);
            in.position(in.position() + 4 * n);
            in.asLongBuffer().get(d.second, 0, n);
            in.position(in.position() + 8 * n);
            in.asIntBuffer().get(d.nano, 0, n);
            in.position(in.position() + 4 * n);
            in.asIntBuffer().get(d.offset, 0, n);
            in.position(in.position() + 4 * n);
            in.get(d.rating, 0, n);
            in.get(d.mode, 0, n);
            in.get(d.phase, 0, n);
            in.asIntBuffer().get(d.interval, 0, n);
            in.position(in.position() + 4 * n);
            in.asLongBuffer().get(d.millis, 0, n);
            in.position(in.position() + 8 * n);
            in.asIntBuffer().get(d.idEnd, 0, n);
            in.position(in.position() + 4 * n);
            d.ids = new byte[idBytes];
            in.get(d.ids);
            if (in.hasRemaining() || !d.valid(idBytes)) {
                return null;
            }
            return d;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // a cache that cannot be read is rebuilt from the logs
        }
    }

    /** A count of items of at least {@code each} bytes, checked against what is left. */
    private static int count(ByteBuffer in, int each) {
        int c = in.getInt();
        if (c < 0 || (long) c * each > in.remaining()) {
            throw new IllegalArgumentException("count out of range");
        }
        return c;
    }

    private static String text(ByteBuffer in) {
        int len = count(in, 1);
        byte[] b = new byte[len];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Every index and enum code in range, the id ends rising. */
    private boolean valid(int idBytes) {
        int previous = 0;
        for (int i = 0; i < n; i++) {
            if (key[i] < 0 || key[i] >= keys.size() || rating[i] < 0 || rating[i] >= RATINGS.length
                    || mode[i] < 0 || mode[i] >= MODES.length || phase[i] < 0 || phase[i] >= PHASES.length
                    || idEnd[i] < previous || nano[i] < 0 || nano[i] > 999_999_999
                    || Math.abs(offset[i]) > 18 * 3600) {
                return false;
            }
            previous = idEnd[i];
        }
        return previous == idBytes;
    }
}
