package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Card states as a replay of log entries. The state of a card is the {@code after} of its latest (by instant,
 * then entry id) review-mode entry that no undo cancels, so entries may arrive in any order and from any number
 * of device logs. Cancelling a card's latest entry needs a second look at the logs ({@link #finish}).
 */
final class Replay {

    /** The latest effective review of a card. */
    record Head(Instant at, String id, CardState state) {
        boolean before(Instant otherAt, String otherId) {
            return Entry.compare(at, id, otherAt, otherId) < 0;
        }
    }

    /** The latest suspend/unsuspend or bury of a card. */
    record Mark(Instant at, String id, boolean on, LocalDate until) {
    }

    private static final java.util.function.BinaryOperator<Instant> LATER = (a, b) -> a.isAfter(b) ? a : b;
    private static final java.util.function.BinaryOperator<Head> NEWER = (old, nw) -> old.before(nw.at(), nw.id()) ? nw : old;

    private Map<CardKey, Head> heads;

    Replay() {
        this(false);
    }

    /**
     * @param sameInstances the keys applied are one instance per card (all read through one {@link EntryJson}), so
     *                      they are compared by identity: a replay of one piece of a log, merged afterwards
     */
    Replay(boolean sameInstances) {
        heads = sameInstances ? new java.util.IdentityHashMap<>(1 << 16) : new HashMap<>();
    }
    private Map<CardKey, Mark> suspensions = new HashMap<>();
    private Map<CardKey, Mark> burials = new HashMap<>();
    private Map<String, Instant> lastStudied = new HashMap<>();
    private List<Entry.Remap> remaps = new ArrayList<>();
    private final Map<CardKey, CardKey> aliases = new HashMap<>();
    private Set<String> undone = new HashSet<>();
    /** The ids of reset entries: an undo may cancel one (the browser's undo), which is not a review undone. */
    private Set<String> resets = new HashSet<>();
    private Set<String> tornMarks = new HashSet<>();
    private IdCounters counters = new IdCounters();
    private long reviewEntries;

    /**
     * What a snapshot keeps of a replay. Taken from a replay ({@link #saved}) its collections are read-only views;
     * given to {@link #restored} they are taken over, not copied (the snapshot reader builds them for it alone).
     */
    record Saved(long reviewEntries, Set<String> undone, Set<String> resets, Set<String> tornMarks,
                 Map<String, Long> counters, Map<String, Instant> lastStudied, List<Entry.Remap> remaps,
                 Map<CardKey, Mark> suspensions, Map<CardKey, Mark> burials, Map<CardKey, Head> heads) {
    }

    /** What a snapshot writes of this replay (call after {@link #finish}). */
    Saved saved() {
        return new Saved(reviewEntries, Collections.unmodifiableSet(undone), Collections.unmodifiableSet(resets),
                Collections.unmodifiableSet(tornMarks), counters.view(),
                Collections.unmodifiableMap(lastStudied), Collections.unmodifiableList(remaps),
                Collections.unmodifiableMap(suspensions), Collections.unmodifiableMap(burials),
                Collections.unmodifiableMap(heads));
    }

    /** A replay as a snapshot saved it: finished, its remaps already worked out. */
    static Replay restored(Saved s) {
        Replay r = new Replay(s.heads());
        r.reviewEntries = s.reviewEntries();
        r.undone = s.undone();
        r.resets = s.resets();
        r.tornMarks = s.tornMarks();
        r.counters = new IdCounters(s.counters());
        r.lastStudied = s.lastStudied();
        r.remaps = s.remaps();
        r.suspensions = s.suspensions();
        r.burials = s.burials();
        r.rebuildAliases();
        return r;
    }

    private Replay(Map<CardKey, Head> heads) {
        this.heads = heads;
    }

    // ---- what the store reads ----

    /** The head of the card {@code key} now names (after remaps), or null when it has no history in effect. */
    Head head(CardKey key) {
        return heads.get(resolve(key));
    }

    /** Every card's head, by key after remaps (read-only). */
    Map<CardKey, Head> heads() {
        return Collections.unmodifiableMap(heads);
    }

    /** The latest suspend or unsuspend of the card {@code key} names, or null. */
    Mark suspension(CardKey key) {
        return suspensions.get(resolve(key));
    }

    /** The cards with a suspend or unsuspend (read-only). */
    Set<CardKey> suspendedKeys() {
        return Collections.unmodifiableSet(suspensions.keySet());
    }

    /** The latest burial of the card {@code key} names, or null. */
    Mark burial(CardKey key) {
        return burials.get(resolve(key));
    }

    /** The instant of the latest answer in the deck, or null. */
    Instant lastStudied(String deckId) {
        return lastStudied.get(deckId);
    }

    /** Whether an undo cancels the entry {@code id}. */
    boolean undone(String id) {
        return undone.contains(id);
    }

    /** The ids undo entries cancel (read-only). */
    Set<String> undoneIds() {
        return Collections.unmodifiableSet(undone);
    }

    /** Whether the torn line {@code file:line} was set aside by a torn mark. */
    boolean tornMarked(String fileLine) {
        return tornMarks.contains(fileLine);
    }

    /** Whether the replay met a remap entry. */
    boolean hasRemaps() {
        return !remaps.isEmpty();
    }

    /** Review entries replayed, undone ones included. */
    long reviewEntries() {
        return reviewEntries;
    }

    // ---- what the writer changes ----

    /** The next entry id of {@code device} ({@code DEVICE-N}), taken when {@code take}. */
    String nextId(String device, boolean take) {
        return counters.next(device, take);
    }

    /**
     * Puts back the head a card had before the entry {@code id} (just undone in this session) when that entry is
     * still the card's head; {@code previous} null means the card had no history.
     */
    void restoreHead(CardKey key, String id, Head previous) {
        Head head = heads.get(key);
        if (head != null && head.id().equals(id)) {
            if (previous == null) {
                heads.remove(key);
            } else {
                heads.put(key, previous);
            }
        }
    }

    /** Applies one entry read from {@code file} at {@code line}. */
    void apply(Entry e, String file, int line) {
        counters.count(e.id());
        if (e instanceof Entry.Reviewed rv) {
            Review r = rv.review();
            reviewEntries++;
            // the deck was studied then, even if the rating was undone afterwards (as the parallel path counts it)
            lastStudied.merge(r.key().deckId(), r.at(), LATER);
            if (!undone.isEmpty() && undone.contains(r.id())) {
                return;
            }
            if (r.mode() == Mode.REVIEW) {
                CardKey key = aliases.isEmpty() ? r.key() : resolve(r.key());
                offer(key, new Head(r.at(), r.id(), r.after()));
            }
        } else if (e instanceof Entry.Reset rs) {
            resets.add(rs.id());
            reset(resolve(rs.key()), rs);
        } else if (e instanceof Entry.Undo u) {
            if (sameDevice(u.id(), u.target())) { // a device undoes only its own answers
                undone.add(u.target());
            }
        } else if (e instanceof Entry.Suspension s) {
            mark(suspensions, resolve(s.key()), new Mark(s.at(), s.id(), s.on(), null));
        } else if (e instanceof Entry.Burial b) {
            mark(burials, resolve(b.key()), new Mark(b.at(), b.id(), true, b.until()));
        } else if (e instanceof Entry.Remap m) {
            remaps.add(m);
        } else if (e instanceof Entry.TornMark t) {
            tornMarks.add(file + ":" + t.line());
        }
    }

    /** Whether two entry ids have the same device part (the text before the last dash). */
    static boolean sameDevice(String a, String b) {
        int da = a.lastIndexOf('-');
        return da > 0 && da == b.lastIndexOf('-') && a.regionMatches(0, b, 0, da);
    }

    /** A reset is a fresh state from its instant on, until a later review. */
    private void reset(CardKey key, Entry.Reset rs) {
        offer(key, new Head(rs.at(), rs.id(), CardState.fresh(rs.at())));
    }

    /** The one rule for a card's head: {@code h} becomes it when it is later (by instant, then id) than the head. */
    private void offer(CardKey key, Head h) {
        settle(key);
        heads.merge(key, h, NEWER);
    }

    private static void mark(Map<CardKey, Mark> marks, CardKey key, Mark m) {
        Mark old = marks.get(key);
        if (old == null || Entry.compare(old.at(), old.id(), m.at(), m.id()) < 0) {
            marks.put(key, m);
        }
    }

    /** Counts the id of a line that did not parse: no new entry may take it (see {@link IdCounters}). */
    void countId(String id) {
        counters.count(id);
    }

    /** The key a card's history now belongs to, following remaps ({@link #aliases} holds where each key ends). */
    CardKey resolve(CardKey key) {
        return aliases.getOrDefault(key, key);
    }

    /**
     * Works out {@link #aliases} from {@link #remaps} in replay order: each remap moves every key that ends at its
     * {@code from} (and {@code from} itself) to its {@code to}, so a chain {@code A->B->C} ends at C and a remap back
     * ({@code A->B}, then {@code B->A}) leaves everything under A.
     */
    void rebuildAliases() {
        remaps.sort((x, y) -> Entry.compare(x.at(), x.id(), y.at(), y.id()));
        aliases.clear();
        for (Entry.Remap m : remaps) {
            if (m.from().equals(m.to())) {
                continue;
            }
            for (Map.Entry<CardKey, CardKey> e : aliases.entrySet()) {
                if (e.getValue().equals(m.from())) {
                    e.setValue(m.to());
                }
            }
            aliases.put(m.from(), m.to());
            aliases.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        }
    }

    /**
     * Completes a replay: applies remaps (merging a renamed card's history into its new key) and, for cards whose
     * latest review was undone, looks at the logs again (through {@code rescan}) for their latest remaining one.
     */
    void finish(Consumer<Consumer<Entry>> rescan) {
        settle();
        if (!remaps.isEmpty()) {
            rebuildAliases();
            merge(heads, NEWER);
            merge(suspensions, (a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()) < 0 ? b : a);
            merge(burials, (a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()) < 0 ? b : a);
        }
        Set<CardKey> lost = new HashSet<>();
        heads.entrySet().removeIf(en -> {
            if (undone.contains(en.getValue().id())) {
                lost.add(en.getKey());
                return true;
            }
            return false;
        });
        if (!lost.isEmpty()) {
            rescan.accept(e -> {
                if (e instanceof Entry.Reset rs && lost.contains(resolve(rs.key())) && !undone.contains(rs.id())) {
                    reset(resolve(rs.key()), rs);
                } else if (e instanceof Entry.Reviewed rv && rv.review().mode() == Mode.REVIEW && !undone.contains(e.id())) {
                    CardKey key = resolve(rv.review().key());
                    if (lost.contains(key)) {
                        offer(key, new Head(e.at(), e.id(), rv.review().after()));
                    }
                }
            });
        }
    }

    private <V> void merge(Map<CardKey, V> map, java.util.function.BinaryOperator<V> later) {
        for (CardKey from : new ArrayList<>(map.keySet())) {
            CardKey to = resolve(from);
            if (!to.equals(from)) {
                V v = map.remove(from);
                map.merge(to, v, later);
            }
        }
    }

    // ---- lines read in place (FastLine#leanLine): heads kept as numbers and bytes in slots until the end ----

    private FastLine lean;
    private CardKey[] slotKey = new CardKey[0];
    private long[] headSec = new long[0];
    private int[] headNano = new int[0];
    /** Where each slot's id and after-state bytes are in {@link #leanFile}: read again only for the line that wins. */
    private long[] headIdPos = new long[0];
    private long[] headAfterPos = new long[0];
    private int[] headIdLen = new int[0];
    private int[] headAfterLen = new int[0];
    private Path leanFile;
    private FileChannel leanChannel;
    private java.nio.MappedByteBuffer leanMap;

    /** The log file the lean lines come from (their bytes are read from it again when their state is needed). */
    void leanSource(Path file) {
        leanFile = file;
    }

    /** {@code len} bytes of {@link #leanFile} at {@code pos}: lines before the end already read never change. */
    private byte[] fileBytes(long pos, int len) {
        byte[] out = new byte[len];
        try {
            if (leanChannel == null) {
                leanChannel = FileChannel.open(leanFile, StandardOpenOption.READ);
                long size = leanChannel.size();
                if (size <= Integer.MAX_VALUE) {
                    leanMap = leanChannel.map(FileChannel.MapMode.READ_ONLY, 0, size);
                }
            }
            if (leanMap != null && pos + len <= leanMap.capacity()) {
                leanMap.get((int) pos, out);
                return out;
            }
            ByteBuffer into = ByteBuffer.wrap(out);
            while (into.hasRemaining()) {
                if (leanChannel.read(into, pos + into.position()) < 0) {
                    throw new IOException(leanFile + " is shorter than when it was read");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets go of {@link #leanFile}: after {@link #settle()} or when absorbed by {@link #absorbEarlier}. */
    private void release() {
        leanMap = null;
        if (leanChannel != null) {
            try {
                leanChannel.close();
            } catch (IOException ignored) {
                // read-only: nothing is lost
            }
            leanChannel = null;
        }
    }
    private boolean[] pending = new boolean[0];
    private boolean[] studied = new boolean[0];
    private long[] studiedSec = new long[0];
    private int[] studiedNano = new int[0];

    /**
     * Applies the review line {@code f} just read in place: the same as {@link #apply} with the entry the line
     * holds, but a card's head stays in its slot as the line's instant, id bytes and after-state bytes, and becomes
     * a {@link Head} only in {@link #settle()}. A slot's head is always newer than the card's head in {@link #heads}.
     */
    void applyLean(FastLine f, long bufStart) {
        lean = f;
        byte[] b = f.leanBuf;
        counters.count(b, f.idFrom, f.idTo);
        reviewEntries++;
        if (!undone.isEmpty() && undone.contains(new String(b, f.idFrom, f.idTo - f.idFrom, StandardCharsets.ISO_8859_1))) {
            return;
        }
        int k = f.leanSlot;
        if (k >= slotKey.length) {
            grow(Math.max(k + 1, slotKey.length * 2));
        }
        slotKey[k] = f.leanKey;
        if (!studied[k] || compare(f.atSecond, f.atNano, studiedSec[k], studiedNano[k]) > 0) {
            studied[k] = true;
            studiedSec[k] = f.atSecond;
            studiedNano[k] = f.atNano;
        }
        if (f.leanMode != Mode.REVIEW) {
            return;
        }
        boolean newer;
        if (pending[k]) {
            int c = compare(f.atSecond, f.atNano, headSec[k], headNano[k]);
            newer = c > 0 || (c == 0 && Entry.compareIds(new String(fileBytes(headIdPos[k], headIdLen[k]),
                    StandardCharsets.ISO_8859_1), new String(b, f.idFrom, f.idTo - f.idFrom, StandardCharsets.ISO_8859_1)) < 0);
        } else {
            Head h = heads.get(f.leanKey);
            if (h == null) {
                newer = true;
            } else {
                int c = compare(f.atSecond, f.atNano, h.at().getEpochSecond(), h.at().getNano());
                newer = c > 0 || (c == 0 && Entry.compareIds(h.id(), new String(b, f.idFrom, f.idTo - f.idFrom, StandardCharsets.ISO_8859_1)) < 0);
            }
        }
        if (!newer) {
            return;
        }
        pending[k] = true;
        headSec[k] = f.atSecond;
        headNano[k] = f.atNano;
        headIdPos[k] = bufStart + f.idFrom;
        headIdLen[k] = f.idTo - f.idFrom;
        headAfterPos[k] = bufStart + f.afterFrom;
        headAfterLen[k] = f.afterTo - f.afterFrom;
    }

    private static int compare(long secA, int nanoA, long secB, int nanoB) {
        int c = Long.compare(secA, secB);
        return c != 0 ? c : Integer.compare(nanoA, nanoB);
    }

    private void grow(int n) {
        slotKey = java.util.Arrays.copyOf(slotKey, n);
        headSec = java.util.Arrays.copyOf(headSec, n);
        headNano = java.util.Arrays.copyOf(headNano, n);
        headIdPos = java.util.Arrays.copyOf(headIdPos, n);
        headAfterPos = java.util.Arrays.copyOf(headAfterPos, n);
        headIdLen = java.util.Arrays.copyOf(headIdLen, n);
        headAfterLen = java.util.Arrays.copyOf(headAfterLen, n);
        pending = java.util.Arrays.copyOf(pending, n);
        studied = java.util.Arrays.copyOf(studied, n);
        studiedSec = java.util.Arrays.copyOf(studiedSec, n);
        studiedNano = java.util.Arrays.copyOf(studiedNano, n);
    }

    /** Moves the slot head of {@code key} (if any) into {@link #heads}, before an entry read otherwise touches it. */
    private void settle(CardKey key) {
        if (lean == null) {
            return;
        }
        int k = lean.slotOf(key);
        if (k >= 0 && k < pending.length && pending[k]) {
            settleSlot(k);
        }
    }

    private void settleSlot(int k) {
        pending[k] = false;
        heads.put(slotKey[k], slotHead(k));
    }

    private Head slotHead(int k) {
        long from = headIdPos[k];
        int at = (int) (headAfterPos[k] - from);
        byte[] bytes = fileBytes(from, at + headAfterLen[k]);
        return new Head(Instant.ofEpochSecond(headSec[k], headNano[k]),
                new String(bytes, 0, headIdLen[k], StandardCharsets.ISO_8859_1),
                lean.stateOf(bytes, at, headAfterLen[k]));
    }

    /** Turns every slot into heads and study dates: call once after the last line, before {@link #finish}. */
    void settle() {
        counters.flush();
        if (lean == null) {
            return;
        }
        for (int k = 0; k < slotKey.length; k++) {
            if (pending[k]) {
                settleSlot(k);
            }
            if (studied[k]) {
                studied[k] = false;
                lastStudied.merge(slotKey[k].deckId(), Instant.ofEpochSecond(studiedSec[k], studiedNano[k]), LATER);
            }
        }
        release();
    }

    /**
     * Adds what another replay found, of lines that all come before the lines absorbed so far (the pieces of the logs,
     * replayed in parallel, are merged last to first), with the same result as replaying all lines in order. A slot's head becomes a {@link Head} only when it wins, so
     * a card reviewed in several pieces has its state read once.
     */
    void absorbEarlier(Replay o) {
        reviewEntries += o.reviewEntries;
        undone.addAll(o.undone);
        resets.addAll(o.resets);
        tornMarks.addAll(o.tornMarks);
        remaps.addAll(0, o.remaps);
        counters.absorb(o.counters);
        o.lastStudied.forEach((k, v) -> lastStudied.merge(k, v, LATER));
        if (o.heads.size() > heads.size() && !(o.heads instanceof java.util.IdentityHashMap)
                && !(heads instanceof java.util.IdentityHashMap)) {
            // the earlier heads are the many (a snapshot under the lines after it): take their map, add ours to it
            Map<CardKey, Head> later = heads;
            heads = o.heads;
            o.heads = new HashMap<>();
            later.forEach((k, v) -> heads.merge(k, v, NEWER));
        } else {
            // on a tie the earlier line wins, as it does when absorbing in order
            o.heads.forEach((k, v) -> heads.merge(k, v, (existing, incoming) -> NEWER.apply(incoming, existing)));
        }
        java.util.function.BinaryOperator<Mark> later = (a, b) -> Entry.compare(a.at(), a.id(), b.at(), b.id()) < 0 ? b : a;
        o.suspensions.forEach((k, v) -> suspensions.merge(k, v, (existing, incoming) -> later.apply(incoming, existing)));
        o.burials.forEach((k, v) -> burials.merge(k, v, (existing, incoming) -> later.apply(incoming, existing)));
        if (o.lean == null) {
            return;
        }
        for (int k = 0; k < o.slotKey.length; k++) {
            if (o.studied[k]) {
                String deck = o.slotKey[k].deckId();
                Instant seen = lastStudied.get(deck);
                if (seen == null || compare(o.studiedSec[k], o.studiedNano[k], seen.getEpochSecond(), seen.getNano()) > 0) {
                    lastStudied.put(deck, Instant.ofEpochSecond(o.studiedSec[k], o.studiedNano[k]));
                }
            }
            if (o.pending[k]) {
                Head h = heads.get(o.slotKey[k]);
                boolean wins = h == null;
                if (!wins) {
                    int c = compare(o.headSec[k], o.headNano[k], h.at().getEpochSecond(), h.at().getNano());
                    wins = c > 0 || (c == 0 && Entry.compareIds(new String(o.fileBytes(o.headIdPos[k], o.headIdLen[k]),
                            StandardCharsets.ISO_8859_1), h.id()) >= 0);
                }
                if (wins) {
                    heads.put(o.slotKey[k], o.slotHead(k));
                }
            }
        }
        o.release();
    }

    /** Review entries in effect (undone ones left out). */
    long reviews() {
        long undoneResets = 0;
        for (String id : resets) {
            undoneResets += undone.contains(id) ? 1 : 0;
        }
        return reviewEntries - (undone.size() - undoneResets);
    }
}
