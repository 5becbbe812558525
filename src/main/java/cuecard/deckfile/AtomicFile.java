package cuecard.deckfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way cuecard writes a whole file so that readers (and a crash) see the old content or the new, never a
 * mix: the bytes go to a temporary file in the same folder ({@code .NAME.*.tmp}), which is renamed over the target
 * and deleted whatever fails before. Files the learner would miss ({@link Durability#DURABLE}: decks, review
 * decisions, fitted parameters, the device id, the snapshot) are also forced to disk before the rename, and the
 * folder after it; derived files that are rebuilt when lost ({@link Durability#DERIVED}: the review digest, the deck
 * cache) skip both fsyncs, which would cost more than rebuilding them after a crash.
 */
public final class AtomicFile {

    /** Whether a written file must survive a crash once the call returns. */
    public enum Durability {
        /** Forced to disk (the file before the rename, the folder after it). */
        DURABLE,
        /** Derived data: renamed into place but not forced; a crash may lose it, never half-write it. */
        DERIVED
    }

    /** Writes a file's content to the channel of its temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(FileChannel ch) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code target} (or creates it) with {@code text} in UTF-8, durably. */
    public static void replace(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Creates {@code target} with {@code text}, durably; fails with {@link FileAlreadyExistsException} when it exists. */
    public static void create(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Writes {@code bytes} to {@code target} durably: replacing it when {@code replace}, else failing when it exists. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        write(target, bytes(bytes), replace, Durability.DURABLE);
    }

    /** Replaces {@code target} (or creates it) with {@code bytes}. */
    public static void replace(Path target, byte[] bytes, Durability durability) throws IOException {
        write(target, bytes(bytes), true, durability);
    }

    private static Content bytes(byte[] bytes) {
        return ch -> {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        };
    }

    /**
     * Writes what {@code content} writes to {@code target}: replacing it when {@code replace}, else failing with
     * {@link FileAlreadyExistsException} when it exists. A replaced file keeps its permissions; a new one is
     * {@code rw-r--r--}. When anything fails, the target is as it was and no temporary file is left.
     */
    public static void write(Path target, Content content, boolean replace, Durability durability) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!replace && Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(ch);
                if (durability == Durability.DURABLE) {
                    ch.force(true);
                }
            }
            try {
                Files.setPosixFilePermissions(tmp, replace && Files.exists(abs) ? Files.getPosixFilePermissions(abs)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException | IOException e) {
                // keep the temporary file's permissions where the file system has no POSIX ones
            }
            if (replace) {
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(tmp, abs);
            }
            if (durability == Durability.DURABLE) {
                forceDirectory(dir);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a folder's entries (a new or renamed file) durable; a no-op where folders cannot be opened. */
    public static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory (Windows); the rename itself is still atomic
        }
    }
}
