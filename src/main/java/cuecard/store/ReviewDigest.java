package cuecard.store;

import cuecard.deckfile.AtomicFile;

import cuecard.deck.CardKey;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.review.ReviewSink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * 3: rows only of lines within the value ranges (docs/store.md); 4: rating, mode and phase as the codes of
     * {@link Codes}, not ordinals. A digest of another version is rebuilt, never read.
     */
    static final int VERSION = 4;

    private List<Snapshot.Covered> covered;
    private final List<CardKey> keys;
    private final Map<CardKey, Integer> keyIndex = new HashMap<>();
    /** Rows read from the file, read in place from its mapping (never copied onto the heap). */
    private int fileRows;
    private IntBuffer fKey;
    private LongBuffer fSecond;
    private IntBuffer fNano;
    private IntBuffer fOffset;
    private ByteBuffer fRating;
    private ByteBuffer fMode;
    private ByteBuffer fPhase;
    private IntBuffer fInterval;
    private LongBuffer fMillis;
    private IntBuffer fIdEnd;
    private java.nio.ShortBuffer fLog;
    /** The logs as the file named them (its rows' log numbers point here, whatever {@link #cover} says later). */
    private List<Snapshot.Covered> fileCovered = List.of();
    private LongBuffer fPosition;
    private ByteBuffer fIds;
    /** All rows: those of the file, then those added (kept in the arrays below from index 0). */
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
    /** For rows added: the log each came from (an index into {@code addedLogs}) and its line's first byte. */
    private short[] log;
    private long[] position;
    private final List<String> addedLogs = new ArrayList<>();
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
        log = new short[c];
        position = new long[c];
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

    /**
     * Adds a review line (with the entry id and the key as written), read from the log {@code logName} at byte
     * {@code at}.
     */
    void add(String id, Review r, String logName, long at) {
        int h = n - fileRows; // rows added are kept from index 0 of the arrays
        if (h == key.length) {
            grow(h * 2);
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
        key[h] = k;
        second[h] = r.at().getEpochSecond();
        nano[h] = r.at().getNano();
        offset[h] = r.offset().getTotalSeconds();
        rating[h] = Codes.rating(r.rating());
        mode[h] = Codes.mode(r.mode());
        phase[h] = Codes.phase(r.before().phase());
        interval[h] = r.before().scheduledDays();
        millis[h] = r.taken().toMillis();
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        int from = h == 0 ? 0 : idEnd[h - 1];
        if (from + idBytes.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, from + idBytes.length));
        }
        System.arraycopy(idBytes, 0, ids, from, idBytes.length);
        idEnd[h] = from + idBytes.length;
        int l = addedLogs.indexOf(logName);
        if (l < 0) {
            l = addedLogs.size();
            addedLogs.add(logName);
        }
        log[h] = (short) l;
        position[h] = at;
        n++;
    }

    /** Forgets the reviews from index {@code size} on (a torn last line read past the covered bytes). */
    void truncate(int size) {
        n = Math.max(fileRows, Math.min(n, size));
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
        log = Arrays.copyOf(log, capacity);
        position = Arrays.copyOf(position, capacity);
    }

    /** Says which log bytes the reviews now held cover (after the lines read past the old cover were added). */
    void cover(List<Snapshot.Covered> bytes) {
        covered = List.copyOf(bytes);
    }

    /**
     * Hands the brief of every review not in {@code undone} to {@code sink}, its key passed through {@code resolve}
     * (the remaps in effect now).
     */
    void each(Set<String> undone, UnaryOperator<CardKey> resolve, ReviewSink sink) {
        CardKey[] resolved = new CardKey[keys.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolve.apply(keys.get(i));
        }
        for (int r = 0; r < n; r++) {
            if (!undone.isEmpty() && undone.contains(idAt(r))) {
                continue;
            }
            sink.review(resolved[keyAt(r)], secondAt(r), nanoAt(r), offsetAt(r), Codes.rating(ratingAt(r)),
                    Codes.mode(modeAt(r)), Codes.phase(phaseAt(r)), intervalAt(r), millisAt(r));
        }
    }

    // ---- row r: read in place from the file for the rows it holds, from the arrays for rows added since ----

    private long secondAt(int r) {
        return r < fileRows ? fSecond.get(r) : second[r - fileRows];
    }

    private int nanoAt(int r) {
        return r < fileRows ? fNano.get(r) : nano[r - fileRows];
    }

    private int offsetAt(int r) {
        return r < fileRows ? fOffset.get(r) : offset[r - fileRows];
    }

    private byte ratingAt(int r) {
        return r < fileRows ? fRating.get(r) : rating[r - fileRows];
    }

    private byte modeAt(int r) {
        return r < fileRows ? fMode.get(r) : mode[r - fileRows];
    }

    private byte phaseAt(int r) {
        return r < fileRows ? fPhase.get(r) : phase[r - fileRows];
    }

    private int intervalAt(int r) {
        return r < fileRows ? fInterval.get(r) : interval[r - fileRows];
    }

    /** The log row {@code r} was read from. */
    String logAt(int r) {
        return r < fileRows ? fileCovered.get(fLog.get(r)).file() : addedLogs.get(log[r - fileRows]);
    }

    /** The file offset of row {@code r}'s line in its log. */
    long positionAt(int r) {
        return r < fileRows ? fPosition.get(r) : position[r - fileRows];
    }

    /** The card key row {@code r} was written under. */
    CardKey writtenKey(int r) {
        return keys.get(keyAt(r));
    }

    private long millisAt(int r) {
        return r < fileRows ? fMillis.get(r) : millis[r - fileRows];
    }

    /** The entry id of row {@code r}. */
    private String idAt(int r) {
        int from = idFrom(r);
        byte[] id = new byte[idTo(r) - from];
        if (r < fileRows) {
            fIds.get(from, id);
        } else {
            System.arraycopy(ids, from, id, 0, id.length);
        }
        return new String(id, StandardCharsets.UTF_8);
    }

    private int keyAt(int r) {
        return r < fileRows ? fKey.get(r) : key[r - fileRows];
    }

    /** Where row {@code r}'s id starts in its blob (the file's for rows read, the added rows' for the others). */
    private int idFrom(int r) {
        if (r < fileRows) {
            return r == 0 ? 0 : fIdEnd.get(r - 1);
        }
        int h = r - fileRows;
        return h == 0 ? 0 : idEnd[h - 1];
    }

    private int idTo(int r) {
        return r < fileRows ? fIdEnd.get(r) : idEnd[r - fileRows];
    }

    /** Every row, ordered by card (the order of the key table), rows of one card in their present order. */
    private int[] byKey() {
        int[] start = new int[keys.size() + 1];
        for (int r = 0; r < n; r++) {
            start[keyAt(r) + 1]++;
        }
        for (int k = 0; k < keys.size(); k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[start[keyAt(r)]++] = r;
        }
        return order;
    }

    // ---- the file ----

    /** Writes the digest to {@code file} atomically, without fsync ({@link AtomicFile.Durability#DERIVED}). */
    void write(Path file) throws IOException {
        AtomicFile.write(file, ch -> {
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
            int[] order = byKey();
            int total = 0;
            for (int r = 0; r < n; r++) {
                total += idTo(r) - idFrom(r);
            }
            out.buf.putInt(n).putInt(total);
            // rows grouped by card (in log order within a card), so readers meet each card's reviews together
            out.column(order, 4, (b, r) -> b.putInt(keyAt(r)));
            out.column(order, 8, (b, r) -> b.putLong(secondAt(r)));
            out.column(order, 4, (b, r) -> b.putInt(nanoAt(r)));
            out.column(order, 4, (b, r) -> b.putInt(offsetAt(r)));
            out.column(order, 1, (b, r) -> b.put(ratingAt(r)));
            out.column(order, 1, (b, r) -> b.put(modeAt(r)));
            out.column(order, 1, (b, r) -> b.put(phaseAt(r)));
            out.column(order, 4, (b, r) -> b.putInt(intervalAt(r)));
            out.column(order, 8, (b, r) -> b.putLong(millisAt(r)));
            Map<String, Integer> logIndex = new HashMap<>();
            for (int i = 0; i < covered.size(); i++) {
                logIndex.put(covered.get(i).file(), i);
            }
            out.column(order, 2, (b, r) -> b.putShort((short) (int) logIndex.get(logAt(r))));
            out.column(order, 8, (b, r) -> b.putLong(positionAt(r)));
            int end = 0;
            for (int r : order) {
                end += idTo(r) - idFrom(r);
                out.room(4);
                out.buf.putInt(end);
            }
            for (int r : order) {
                byte[] id = idAt(r).getBytes(StandardCharsets.UTF_8);
                out.room(id.length);
                out.buf.put(id);
            }
            out.flush();
            ByteBuffer tail = ByteBuffer.allocate(8).putLong(crc.getValue()).flip();
                while (tail.hasRemaining()) {
                    ch.write(tail);
                }
        }, true, AtomicFile.Durability.DERIVED);
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

        /** Writes one column: {@code width} bytes for each row, in {@code order}. */
        void column(int[] order, int width, java.util.function.ObjIntConsumer<ByteBuffer> value) throws IOException {
            for (int r : order) {
                room(width);
                value.accept(buf, r);
            }
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
            int n = count(in, 50);
            int idBytes = count(in, 1);
            ReviewDigest d = new ReviewDigest(covered, keys, 0);
            d.fileRows = n;
            d.fileCovered = covered;
            d.n = n;
            int[] widths = {4, 8, 4, 4, 1, 1, 1, 4, 8, 2, 8, 4};
            ByteBuffer[] columns = new ByteBuffer[widths.length + 1];
            for (int c = 0; c < widths.length; c++) {
                columns[c] = slice(in, widths[c] * n);
            }
            columns[widths.length] = slice(in, idBytes);
            d.fKey = columns[0].asIntBuffer();
            d.fSecond = columns[1].asLongBuffer();
            d.fNano = columns[2].asIntBuffer();
            d.fOffset = columns[3].asIntBuffer();
            d.fRating = columns[4];
            d.fMode = columns[5];
            d.fPhase = columns[6];
            d.fInterval = columns[7].asIntBuffer();
            d.fMillis = columns[8].asLongBuffer();
            d.fLog = columns[9].asShortBuffer();
            d.fPosition = columns[10].asLongBuffer();
            d.fIdEnd = columns[11].asIntBuffer();
            d.fIds = columns[12];
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

    /** The next {@code bytes} bytes of {@code in} as a buffer of their own; {@code in} moves past them. */
    private static ByteBuffer slice(ByteBuffer in, int bytes) {
        if (bytes < 0 || bytes > in.remaining()) {
            throw new IllegalArgumentException("column out of range");
        }
        ByteBuffer b = in.slice();
        b.limit(bytes);
        in.position(in.position() + bytes);
        return b;
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
        for (int i = 0; i < fileRows; i++) {
            int k = fKey.get(i);
            byte r = fRating.get(i);
            byte m = fMode.get(i);
            byte p = fPhase.get(i);
            int end = fIdEnd.get(i);
            int nano = fNano.get(i);
            if (k < 0 || k >= keys.size() || Codes.rating(r) == null || Codes.mode(m) == null
                    || Codes.phase(p) == null || end < previous || nano < 0 || nano > 999_999_999
                    || Math.abs(fOffset.get(i)) > 18 * 3600 || fLog.get(i) < 0 || fLog.get(i) >= covered.size()
                    || fPosition.get(i) < 0 || fPosition.get(i) >= covered.get(fLog.get(i)).end()) {
                return false;
            }
            previous = end;
        }
        return previous == idBytes;
    }
}
