package cuecard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The writing part of the store: entry ids, and lines appended to a log (this device's own, or an imported or synced
 * one), fsynced before a method returns. A torn last line is set aside by a torn mark before the first line after it.
 */
final class LogWriter {

    private final LogFolder folder;
    private final Clock clock;
    private final String deviceId;

    LogWriter(LogFolder folder, Clock clock, String deviceId) {
        this.folder = folder;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** The id {@link #nextId} gives next, without taking it. */
    String peekId(LoadedLogs logs) {
        return logs.replay.nextId(deviceId, false);
    }

    String nextId(LoadedLogs logs) {
        return logs.replay.nextId(deviceId, true);
    }

    ZoneOffset offsetNow() {
        return clock.getZone().getRules().getOffset(clock.instant());
    }

    /** Appends one entry to this device's log, fsynced, and applies it. */
    void append(LoadedLogs logs, Entry e) {
        appendAndApply(logs, deviceId + ".jsonl", List.of(e));
    }

    /**
     * Appends the lines of {@code entries} (written on every core: a large import writes a million) and applies them,
     * each at its line (the replay's order is by instant, not by line).
     */
    void appendAndApply(LoadedLogs logs, String name, List<Entry> entries) {
        appendLines(logs, name, entries.size() == 1 ? List.of(EntryJson.line(entries.get(0)))
                : entries.parallelStream().map(EntryJson::line).toList());
        int first = logs.logs.get(name).lines - entries.size();
        for (int i = 0; i < entries.size(); i++) {
            logs.replay.apply(entries.get(i), LogFolder.display(name), first + i + 1);
        }
    }

    /** Appends lines to a log, fsynced, after a torn mark when its last line is torn; applies only the mark. */
    void appendLines(LoadedLogs logs, String name, List<byte[]> lines) {
        LogFolder.LogFile f = logs.logs.computeIfAbsent(name, n -> new LogFolder.LogFile());
        List<byte[]> out = new ArrayList<>();
        Entry.TornMark mark = null;
        if (f.tornLine > 0) {
            mark = new Entry.TornMark(nextId(logs), clock.instant(), offsetNow(), f.tornLine);
            out.add(EntryJson.line(mark));
        }
        out.addAll(lines);
        Path file = folder.log(name);
        try {
            long sizeBefore = Files.exists(file) ? Files.size(file) : 0;
            boolean joined = sizeBefore > f.end; // a last line without newline: the newline written first ends it
            Durable.append(file, out);
            if (mark != null) {
                logs.replay.apply(mark, LogFolder.display(name), f.tornLine + 1);
                f.tornLine = 0;
            }
            f.end = Files.size(file);
            f.lines += out.size() + (joined ? 1 : 0);
            logs.sinceSnapshot += out.size();
        } catch (IOException e) {
            throw StoreException.cannotWrite(file, e, "nothing was saved (the lines before are intact; a partly "
                    + "written line is set aside by the next write)");
        }
    }
}
