package cuecard.store;

import cuecard.deckfile.AtomicFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The disk operations the store's guarantees rest on: fsynced appends and atomic replacement of derived files. */
final class Durable {

    private Durable() {
    }

    /**
     * Appends whole lines to a log and fsyncs before returning. When the file does not end in a newline (a torn
     * last line), a newline is written first so the new lines never join the torn one; the torn bytes stay.
     */
    static long append(Path file, List<byte[]> lines) throws IOException {
        boolean created = !Files.exists(file);
        long written = 0;
        boolean needsNewline = !created && endsWithoutNewline(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            int total = 0;
            for (byte[] l : lines) {
                total += l.length;
            }
            ByteBuffer buf = ByteBuffer.allocate(total + (needsNewline ? 1 : 0));
            if (needsNewline) {
                buf.put((byte) '\n');
            }
            for (byte[] l : lines) {
                buf.put(l);
            }
            buf.flip();
            while (buf.hasRemaining()) {
                written += ch.write(buf);
            }
            ch.force(true);
        }
        if (created) {
            syncDirectory(file.getParent());
        }
        return written;
    }

    private static boolean endsWithoutNewline(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, size - 1);
            return one.get(0) != '\n';
        }
    }

    /** Replaces {@code target} with {@code bytes}, durably ({@link AtomicFile}: fsync, rename, fsync the folder). */
    static void replace(Path target, byte[] bytes) throws IOException {
        AtomicFile.replace(target, bytes, AtomicFile.Durability.DURABLE);
    }

    /** Makes a folder's entries (a new or renamed file) durable; a no-op where folders cannot be opened. */
    static void syncDirectory(Path dir) {
        AtomicFile.forceDirectory(dir);
    }

    /** CRC-32C of the first {@code length} bytes of a file. */
    static long crc(Path file, long length) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = 0;
            while (pos < length) {
                long chunk = Math.min(length - pos, 1L << 30);
                crc.update(ch.map(FileChannel.MapMode.READ_ONLY, pos, chunk));
                pos += chunk;
            }
        }
        return crc.getValue();
    }
}
