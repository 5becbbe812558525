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
     * What a read found.
     *
     * @param end     offset just after the last newline: everything before it is complete lines
     * @param lines   number of complete lines before {@code end}
     * @param size    the file's size when read
     * @param tornLine the line number of an unparsable last line without newline, or 0
     * @param newer   some line is in a newer format than this program writes
     */
    record Scan(long end, int lines, long size, int tornLine, boolean newer) {
        boolean endsClean() {
            return end == size;
        }
    }

    private LogReader() {
    }

    static Scan read(Path file, String name, long from, int firstLine, EntryJson json, Sink sink,
                     List<StoreProblem> problems) throws IOException {
        return readRaw(file, name, from, firstLine, json, (e, line, buf, off, len) -> sink.entry(e, line), problems);
    }

    static Scan readRaw(Path file, String name, long from, int firstLine, EntryJson json, RawSink sink,
                        List<StoreProblem> problems) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ch.position(from);
            InputStream in = Channels.newInputStream(ch);
            byte[] buf = new byte[1 << 20];
            int filled = 0;
            long bufStart = from; // file offset of buf[0]
            int line = firstLine;
            boolean newer = false;
            int n;
            while ((n = in.read(buf, filled, buf.length - filled)) > 0 || filled > 0) {
                if (n > 0) {
                    filled += n;
                }
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        newer |= one(json, buf, start, i - start, name, line, sink, problems, false);
                        start = i + 1;
                    }
                }
                if (n <= 0) { // end of file: what is left has no newline
                    int tornLine = 0;
                    if (start < filled) {
                        int at = line + 1;
                        if (one(json, buf, start, filled - start, name, at, sink, problems, true)) {
                            newer = true;
                        }
                        if (!problems.isEmpty() && problems.get(problems.size() - 1).line() == at
                                && problems.get(problems.size() - 1).file().equals(name)) {
                            tornLine = at;
                        }
                    }
                    return new Scan(bufStart + start, line, size, tornLine, newer);
                }
                // keep the unfinished line, growing the buffer when one line fills it
                int rest = filled - start;
                if (start == 0 && rest == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                } else {
                    System.arraycopy(buf, start, buf, 0, rest);
                    bufStart += start;
                }
                filled = rest;
            }
            return new Scan(bufStart, line, size, 0, newer);
        }
    }

    /** Parses one line; returns whether it was in a newer format. */
    private static boolean one(EntryJson json, byte[] buf, int off, int len, String name, int line, RawSink sink,
                               List<StoreProblem> problems, boolean last) {
        if (len == 0 || (len == 1 && buf[off] == '\r') || blank(buf, off, len)) {
            return false;
        }
        try {
            sink.entry(json.parse(buf, off, len), line, buf, off, len);
            return false;
        } catch (EntryJson.BadLine e) {
            if (last) {
                problems.add(new StoreProblem(name, line, "torn last line (" + len
                        + " bytes, no newline; a crash while writing?): set aside, the lines before it are intact", true));
            } else {
                problems.add(new StoreProblem(name, line, "damaged line kept but not used: " + e.getMessage(), true));
            }
            return e.newer();
        }
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
