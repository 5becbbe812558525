package cuecard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads a review log line by line from a byte offset. Damaged lines are reported with their line number and
 * skipped (never changed); a last line without its newline is read if it parses and otherwise reported as torn.
 */
final class LogReader {

    /** Receives each good entry with its 1-based line number. */
    interface Sink {
        void entry(Entry e, int line);
    }

    /** Receives each good entry with its line number and its bytes (without the newline). */
    interface RawSink {
        void entry(Entry e, int line, byte[] buf, int off, int len);
    }

    /**
     * A sink that also takes review lines read in place ({@link FastLine#leanLine}), from a lean reader, with the
     * file offset of the buffer's first byte.
     */
    interface LeanSink extends RawSink {
        void lean(FastLine line, long bufStart);
    }

    /** A sink told the file offset of each line's first byte just before the line's entry. */
    interface PlacedSink extends RawSink {
        void place(long offset);
    }

    /**
     * What a read found.
     *
     * @param end     offset just after the last newline: everything before it is complete lines
     * @param lines   number of complete lines before {@code end}
     * @param size    the file's size when read
     * @param tornLine the line number of an unparsable last line without newline, or 0
     * @param newer   some line is in a newer format than this program writes
     * @param damagedIds the ids written in lines that did not parse (found in their text), so that no new entry
     *                   takes one of them
     */
    record Scan(long end, int lines, long size, int tornLine, boolean newer, List<String> damagedIds) {
    }

    private LogReader() {
    }

    static Scan read(Path file, String name, long from, int firstLine, EntryJson json, Sink sink,
                     List<StoreProblem> problems) throws IOException {
        return readRaw(file, name, from, firstLine, json, (e, line, buf, off, len) -> sink.entry(e, line), problems);
    }

    static Scan readRaw(Path file, String name, long from, int firstLine, EntryJson json, RawSink sink,
                        List<StoreProblem> problems) throws IOException {
        return readRange(file, name, from, Long.MAX_VALUE, firstLine, json, sink, problems);
    }

    /** Reads the lines in {@code [from, to)}; {@code to} must be just after a newline, or past the end. */
    static Scan readRange(Path file, String name, long from, long to, int firstLine, EntryJson json, RawSink sink,
                          List<StoreProblem> problems) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long remaining = Math.min(size, to) - from;
            ch.position(from);
            InputStream in = Channels.newInputStream(ch);
            byte[] buf = new byte[1 << 20];
            int filled = 0;
            long bufStart = from; // file offset of buf[0]
            int line = firstLine;
            boolean newer = false;
            List<String> damagedIds = new java.util.ArrayList<>(0);
            FastLine lean = sink instanceof LeanSink ? json.lean() : null;
            LeanSink leanSink = lean != null ? (LeanSink) sink : null;
            PlacedSink placed = sink instanceof PlacedSink p ? p : null;
            int n;
            while ((n = remaining <= 0 ? -1 : in.read(buf, filled, (int) Math.min(buf.length - filled, remaining))) > 0
                    || filled > 0) {
                if (n > 0) {
                    filled += n;
                    remaining -= n;
                }
                int start = 0;
                while (start < filled) {
                    // The split (EntryJson#jacksonOnly): a line in the exact written form is read in place by
                    // FastLine, lean (numbers and positions) or built; any other line is cut at its newline and
                    // goes to one(), where Jackson's streaming parser decides what it means.
                    if (lean != null && lean.leanLine(buf, start, filled)
                            && lean.lineEnd() - start <= Limits.MAX_LINE) { // nothing built: numbers and positions
                        line++;
                        int nl = lean.lineEnd();
                        leanSink.lean(lean, bufStart);
                        start = nl + 1;
                        continue;
                    }
                    Entry quick = json.fastLine(buf, start, filled);
                    if (quick != null && json.fastEnd() - start <= Limits.MAX_LINE) { // the usual case: one pass
                        line++;
                        if (placed != null) {
                            placed.place(bufStart + start);
                        }
                        int nl = json.fastEnd();
                        sink.entry(quick, line, buf, start, nl - start);
                        start = nl + 1;
                        continue;
                    }
                    int nl = newline(buf, start, filled);
                    if (nl < 0) {
                        break;
                    }
                    line++;
                    if (placed != null) {
                        placed.place(bufStart + start);
                    }
                    if (nl - start > Limits.MAX_LINE) {
                        tooLong(buf, start, nl - start, nl - start, name, line, problems, damagedIds, true);
                    } else {
                        newer |= one(json, buf, start, nl - start, name, line, sink, problems, false, damagedIds);
                    }
                    start = nl + 1;
                }
                if (n <= 0) { // end of file: what is left has no newline
                    int tornLine = 0;
                    if (start < filled) {
                        int at = line + 1;
                        if (placed != null) {
                            placed.place(bufStart + start);
                        }
                        if (filled - start > Limits.MAX_LINE) {
                            tooLong(buf, start, filled - start, filled - start, name, at, problems, damagedIds, false);
                        } else if (one(json, buf, start, filled - start, name, at, sink, problems, true, damagedIds)) {
                            newer = true;
                        }
                        if (!problems.isEmpty() && problems.get(problems.size() - 1).line() == at
                                && problems.get(problems.size() - 1).file().equals(name)) {
                            tornLine = at;
                        }
                    }
                    return new Scan(bufStart + start, line, size, tornLine, newer, damagedIds);
                }
                // keep the unfinished line, growing the buffer when one line fills it
                int rest = filled - start;
                if (start == 0 && rest == buf.length && rest > Limits.MAX_LINE) {
                    // a line longer than the limit: read on to its newline without keeping its bytes
                    long lineStart = bufStart;
                    int idEnd = Math.min(rest, 1 << 16);
                    byte[] head = java.util.Arrays.copyOf(buf, idEnd);
                    long length = rest;
                    int got = 0;
                    int nl = -1;
                    while (remaining > 0 && (got = in.read(buf, 0, (int) Math.min(buf.length, remaining))) > 0) {
                        remaining -= got;
                        nl = newline(buf, 0, got);
                        if (nl >= 0) {
                            break;
                        }
                        length += got;
                    }
                    line++;
                    if (placed != null) {
                        placed.place(lineStart);
                    }
                    if (nl < 0) { // no newline before the end: an over-long torn last line
                        tooLong(head, 0, idEnd, length, name, line, problems, damagedIds, false);
                        return new Scan(lineStart, line - 1, size, line, newer, damagedIds);
                    }
                    length += nl;
                    tooLong(head, 0, idEnd, length, name, line, problems, damagedIds, true);
                    filled = got - nl - 1;
                    System.arraycopy(buf, nl + 1, buf, 0, filled);
                    bufStart = lineStart + length + 1;
                    continue;
                }
                if (start == 0 && rest == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                } else {
                    System.arraycopy(buf, start, buf, 0, rest);
                    bufStart += start;
                }
                filled = rest;
            }
            return new Scan(bufStart, line, size, 0, newer, damagedIds);
        }
    }

    /** Parses one line; returns whether it was in a newer format. */
    private static int newline(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Offsets that cut a file's bytes from {@code start} (just after a newline) into about {@code parts} pieces, each
     * just after a newline (first {@code start}, last the size).
     */
    static long[] cuts(Path file, long start, int parts) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long[] out = new long[parts + 1];
            out[0] = start;
            java.nio.ByteBuffer probe = java.nio.ByteBuffer.allocate(1 << 16);
            for (int i = 1; i < parts; i++) {
                long at = Math.max(out[i - 1], start + (size - start) * i / parts);
                long cut = size;
                while (at < size && cut == size) {
                    probe.clear();
                    int got = ch.read(probe, at);
                    if (got <= 0) {
                        break;
                    }
                    for (int j = 0; j < got; j++) {
                        if (probe.get(j) == '\n') {
                            cut = at + j + 1;
                            break;
                        }
                    }
                    at += got;
                }
                out[i] = cut;
            }
            out[parts] = size;
            return out;
        }
    }

    private static boolean one(EntryJson json, byte[] buf, int off, int len, String name, int line, RawSink sink,
                               List<StoreProblem> problems, boolean last, List<String> damagedIds) {
        if (len == 0 || (len == 1 && buf[off] == '\r') || blank(buf, off, len)) {
            return false;
        }
        try {
            sink.entry(json.parse(buf, off, len), line, buf, off, len);
            return false;
        } catch (EntryJson.BadLine e) {
            String id = idIn(buf, off, len);
            if (id != null) {
                damagedIds.add(id);
            }
            if (last) { // an interrupted write (a crash, a full disk): the next write ends it and sets it aside
                problems.add(new StoreProblem(name, line, "torn last line (" + len + " bytes, no newline): an "
                        + "interrupted write (a crash or a full disk?), not used; the lines before it are intact, and "
                        + "the next write sets it aside", false));
            } else {
                problems.add(new StoreProblem(name, line, "damaged line kept but not used: " + e.getMessage(), true));
            }
            return e.newer();
        }
    }

    /** Reports a line over {@link Limits#MAX_LINE} bytes ({@code head} holds its first bytes) as damaged. */
    private static void tooLong(byte[] head, int off, int headLen, long length, String name, int line,
                                List<StoreProblem> problems, List<String> damagedIds, boolean ended) {
        String id = idIn(head, off, headLen);
        if (id != null) {
            damagedIds.add(id);
        }
        problems.add(new StoreProblem(name, line, "damaged line kept but not used: longer than 1 MiB (" + length
                + " bytes" + (ended ? "" : ", no newline") + "; a review line is about 450)", true));
    }

    /**
     * The value of the first {@code "id"} field in the text of a line that did not parse (a plain scan of its bytes,
     * no JSON reading), or null when there is none.
     */
    static String idIn(byte[] buf, int off, int len) {
        int end = off + len;
        for (int i = off; i + 4 <= end; i++) {
            if (buf[i] == '"' && buf[i + 1] == 'i' && buf[i + 2] == 'd' && i + 3 < end && buf[i + 3] == '"') {
                int p = i + 4;
                while (p < end && (buf[p] == ' ' || buf[p] == '\t')) {
                    p++;
                }
                if (p >= end || buf[p] != ':') {
                    continue;
                }
                p++;
                while (p < end && (buf[p] == ' ' || buf[p] == '\t')) {
                    p++;
                }
                if (p >= end || buf[p] != '"') {
                    continue;
                }
                int from = ++p;
                while (p < end && buf[p] != '"' && buf[p] != '\\' && p - from <= 200) {
                    p++;
                }
                if (p < end && buf[p] == '"' && p > from) {
                    return new String(buf, from, p - from, java.nio.charset.StandardCharsets.UTF_8);
                }
                return null;
            }
        }
        return null;
    }

    private static boolean blank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
