package cuecard.deckfile;

import cuecard.deck.DeckResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * Loaded decks kept as bytes in a cache folder, one file per deck file, so that reading a deck again needs no YAML
 * parsing: the cached deck is used only while the deck file has the same size and CRC-32C, was named the same way,
 * and the same build of cuecard wrote the entry (any other build reads the YAML again). Only decks that loaded are
 * kept; files with errors are read afresh each time, so their messages are always current. A missing, damaged or
 * unwritable cache only costs the parsing it would have saved.
 */
public final class DeckCache {

    /** No cache: every deck is read from its YAML. */
    public static final DeckCache NONE = new DeckCache(null, "");

    private static final int MAGIC = 0x63634443; // "ccDC"
    private static final int VERSION = 1;

    private final Path dir;
    private final String build;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    private DeckCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * A cache in {@code dir} for the given build of the program (entries of other builds are not used).
     *
     * @param build anything that changes when the code that reads decks may have changed (the jar's size and time)
     */
    public static DeckCache in(Path dir, String build) {
        return new DeckCache(dir, build);
    }

    /** How many loads the cache answered (for tests). */
    int hits() {
        return hits.get();
    }

    /** Loads a deck file, from the cache when it holds this file's current bytes. */
    public DeckResult load(Path path) {
        if (dir == null) {
            return DeckLoader.load(path);
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > DeckLoader.MAX_BYTES) {
                return DeckLoader.load(path); // it gives the message
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return DeckLoader.load(path);
        }
        String name = path.toString();
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        String key = key(path, name);
        Path entry = dir.resolve(key + ".deck");
        DeckResult cached = read(entry, name, bytes.length, crc.getValue());
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        DeckResult fresh = DeckLoader.parse(bytes, name);
        if (fresh instanceof DeckResult.Ok ok) {
            write(entry, name, bytes.length, crc.getValue(), ok);
        }
        return fresh;
    }

    /** The entry's file name: a hash of the deck's absolute path and of the name it was given by. */
    private static String key(Path path, String name) {
        CRC32C a = new CRC32C();
        a.update(path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        CRC32C b = new CRC32C();
        b.update(name.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x%08x", a.getValue(), b.getValue());
    }

    private byte[] header(String name, long size, long crc) {
        byte[] b = build.getBytes(StandardCharsets.UTF_8);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + 4 + 4 + b.length + 4 + n.length + 8 + 8).putInt(MAGIC).putInt(VERSION)
                .putInt(b.length).put(b).putInt(n.length).put(n).putLong(size).putLong(crc).array();
    }

    /** The cached deck when the entry is for these bytes, this name and this build; else null. */
    private DeckResult read(Path entry, String name, long size, long crc) {
        try {
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            byte[] all = Files.readAllBytes(entry);
            byte[] head = header(name, size, crc);
            if (all.length < head.length + 8 || !java.util.Arrays.equals(all, 0, head.length, head, 0, head.length)) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(all);
            int bodyEnd = all.length - 8;
            CRC32C check = new CRC32C();
            check.update(all, 0, bodyEnd);
            if (in.getLong(bodyEnd) != check.getValue()) {
                return null;
            }
            return DeckCodec.decode(in.position(head.length).limit(bodyEnd).slice(), name);
        } catch (IOException | RuntimeException e) {
            return null; // read from the YAML instead, and the entry is written again
        }
    }

    private void write(Path entry, String name, long size, long crc, DeckResult.Ok ok) {
        try {
            Files.createDirectories(dir);
            byte[] head = header(name, size, crc);
            byte[] body = DeckCodec.encode(ok, name);
            CRC32C check = new CRC32C();
            check.update(head);
            check.update(body);
            Path tmp = Files.createTempFile(dir, ".deck.", ".tmp");
            try {
                Files.write(tmp, ByteBuffer.allocate(head.length + body.length + 8).put(head).put(body)
                        .putLong(check.getValue()).array());
                try {
                    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the parsing next time
        }
    }
}
