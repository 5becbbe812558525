package cuecard.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The logs as loaded (the reader and replay part of the store): the replay of every entry, where each log stands,
 * and the problems found. {@link #load} is the one way logs become a replay: a cold load replays every log from its
 * first byte; a load from the snapshot replays, the same way, only the bytes after those it covers, and absorbs the
 * snapshot's replay as the lines before them. A new load replaces the whole object.
 */
final class LoadedLogs {

    /** Logs are replayed in parallel pieces of at least this many bytes (one a core at most), cut at line ends. */
    static final long PIECE = 1L << 20;

    final Replay replay;
    /** Where each log stands; the writer moves a log's end as it appends. */
    final Map<String, LogFolder.LogFile> logs;
    final List<StoreProblem> problems;
    /** The log bytes the loaded snapshot covers (their CRCs were checked when it was read); empty after a cold load. */
    final Map<String, Snapshot.Covered> checked;
    final Store.Start start;
    /** Some line is in a newer format than this program writes. */
    final boolean newerFormat;
    /** Entries replayed or written since the snapshot was written (closing writes one when many). */
    long sinceSnapshot;

    private LoadedLogs(Replay replay, Pieces read, List<StoreProblem> problems, Map<String, Snapshot.Covered> checked,
                       Store.Start start, long sinceSnapshot) {
        this.replay = replay;
        this.logs = read.logs();
        this.problems = problems;
        this.checked = checked;
        this.start = start;
        this.newerFormat = read.newer();
        this.sinceSnapshot = sinceSnapshot;
    }

    /** Loads the logs, from the snapshot and what was appended since when {@code useSnapshot} and it matches. */
    static LoadedLogs load(LogFolder folder, boolean useSnapshot) throws IOException {
        if (useSnapshot) {
            LoadedLogs fromSnapshot = fromSnapshot(folder);
            if (fromSnapshot != null) {
                return fromSnapshot;
            }
        }
        Store.Start start = useSnapshot && Files.exists(folder.snapshot()) ? Store.Start.REBUILT_STALE : Store.Start.COLD;
        Pieces all = replay(folder, Map.of());
        all.replay().finish(folder::rescan);
        return new LoadedLogs(all.replay(), all, all.problems(), new HashMap<>(), start,
                all.replay().reviewEntries() + 1);
    }

    /** The snapshot and the lines after it; null when the snapshot is missing or stale, or a remap was appended. */
    private static LoadedLogs fromSnapshot(LogFolder folder) throws IOException {
        Set<String> onDisk = new TreeSet<>(folder.names());
        Snapshot.Loaded snap = Snapshot.read(folder.snapshot(), covered -> {
            try {
                for (Snapshot.Covered c : covered) {
                    Path f = folder.log(c.file());
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
            return null;
        }
        Map<String, Snapshot.Covered> covered = new LinkedHashMap<>();
        snap.covered().forEach(c -> covered.put(c.file(), c));
        Pieces tail = replay(folder, covered);
        if (tail.replay().hasRemaps()) {
            return null; // remaps change which key every older entry belongs to
        }
        long sinceSnapshot = tail.replay().reviewEntries();
        tail.replay().absorbEarlier(snap.replay());
        tail.replay().finish(folder::rescan);
        List<StoreProblem> problems = new ArrayList<>(snap.problems());
        problems.addAll(tail.problems());
        return new LoadedLogs(tail.replay(), tail, problems, covered, Store.Start.SNAPSHOT, sinceSnapshot);
    }

    /** A replay of log lines, not finished, with where each log ends and the problems of the lines read. */
    private record Pieces(Replay replay, Map<String, LogFolder.LogFile> logs, List<StoreProblem> problems,
                          boolean newer) {
    }

    /**
     * Replays every log from the end of its cover in {@code from} (from its first byte when it has none), in pieces
     * on all cores; pieces are merged in order.
     */
    private static Pieces replay(LogFolder folder, Map<String, Snapshot.Covered> from) throws IOException {
        record Piece(String name, long from, long to, boolean first, boolean last, int linesBefore) {
        }
        record Done(Replay replay, LogReader.Scan scan, List<StoreProblem> problems) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (String name : folder.names()) {
            Path file = folder.log(name);
            Snapshot.Covered c = from.get(name);
            long start = c == null ? 0 : c.end();
            // few large pieces: each piece has its own key cache, and most cards appear in every piece
            int cores = Runtime.getRuntime().availableProcessors();
            int parts = (int) Math.max(1, Math.min(cores, (Files.size(file) - start) / PIECE)); // 2 a core: 25% slower
            long[] cuts = parts == 1 ? new long[] {start, Long.MAX_VALUE} : LogReader.cuts(file, start, parts);
            for (int i = 0; i < parts; i++) {
                pieces.add(new Piece(name, cuts[i], i == parts - 1 ? Long.MAX_VALUE : cuts[i + 1], i == 0,
                        i == parts - 1, c == null ? 0 : c.lines()));
            }
        }
        List<Done> done = pieces.parallelStream().map(p -> {
            Replay r = new Replay(true); // one EntryJson per piece: one key instance per card
            List<StoreProblem> found = new ArrayList<>();
            String shown = LogFolder.display(p.name());
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
                r.leanSource(folder.log(p.name()));
                LogReader.Scan scan = LogReader.readRange(folder.log(p.name()), shown, p.from(), p.to(), 0,
                        new EntryJson(true), sink, found);
                scan.damagedIds().forEach(r::countId);
                return new Done(r, scan, found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Replay all = new Replay();
        Map<String, LogFolder.LogFile> logs = new LinkedHashMap<>();
        List<StoreProblem> problems = new ArrayList<>();
        boolean newer = false;
        int lines = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Done d = done.get(i);
            if (p.first()) {
                lines = p.linesBefore();
            }
            for (StoreProblem pr : d.problems()) {
                problems.add(new StoreProblem(pr.file(), pr.line() + lines, pr.message(), pr.serious()));
            }
            newer |= d.scan().newer();
            if (p.last()) {
                LogFolder.LogFile f = new LogFolder.LogFile();
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
        return new Pieces(all, logs, problems, newer);
    }
}
