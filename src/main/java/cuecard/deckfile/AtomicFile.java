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
 * Writes a whole file so that readers (and a crash) see the old content or the new, never a mix: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Replaces {@code target} (or creates it) with {@code text} in UTF-8. */
    public static void replace(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Creates {@code target} with {@code text}; fails with {@link FileAlreadyExistsException} when it exists. */
    public static void create(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Writes {@code bytes} to {@code target}: replacing it when {@code replace}, else failing when it exists. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        writeBytes(target, bytes, replace);
    }

    private static void writeBytes(Path target, byte[] bytes, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!replace && Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
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
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory; the rename itself is still atomic
        }
    }
}
