package cuecard.deckfile;

import cuecard.deck.DeckResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Loaded decks kept as bytes in a cache folder, one file per deck file, so that reading a deck again needs no YAML
 * parsing: the cached deck is used only while the deck file has the same size and CRC-32C, was named the same way,
 * and the same build of cuecard wrote the entry (any other build reads the YAML again): the build is the jar's stamp
 * and a fingerprint of the codec's and deck model's class files ({@link #CODEC}), so a changed codec never reads an
 * older entry, even when no jar is found. Only decks that loaded are
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

    /**
     * The classes whose code decides what a cached entry holds: the codec, the loader and the deck model it encodes
     * (with their nested classes and, for a sealed type, every permitted subtype, so a new note type counts).
     */
    static final List<Class<?>> CODEC = List.of(DeckCodec.class, DeckLoader.class, cuecard.deck.DeckReader.class,
            cuecard.deck.Deck.class, cuecard.deck.DeckError.class, DeckResult.class, cuecard.deck.Location.class,
            cuecard.deck.Note.class, cuecard.deck.NoteInfo.class, cuecard.deck.Source.class,
            cuecard.deck.SourceRef.class, cuecard.deck.Card.class, cuecard.deck.CardKey.class);

    /** {@link #fingerprint} of {@link #CODEC}, worked out once. */
    private static volatile String codecKey;

    private DeckCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * A CRC-32C of the class files of {@code classes} (and of their nested classes and permitted subtypes), as
     * loaded: it changes whenever their code does, whether they come from a jar or a folder of classes.
     */
    static String fingerprint(List<Class<?>> classes) {
        CRC32C crc = new CRC32C();
        java.util.Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(classes);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            todo.addAll(List.of(c.getDeclaredClasses()));
            if (c.getPermittedSubclasses() != null) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
            String name = c.getName();
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            try (java.io.InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            } catch (IOException e) {
                crc.update(0); // unreadable: the name alone, and no entry of a build that could read it matches
            }
        }
        return String.format("%08x", crc.getValue());
    }

    private static String codecKey() {
        String k = codecKey;
        if (k == null) {
            k = fingerprint(CODEC);
            codecKey = k;
        }
        return k;
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
        byte[] b = (build + "/" + codecKey()).getBytes(StandardCharsets.UTF_8);
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
            AtomicFile.replace(entry, ByteBuffer.allocate(head.length + body.length + 8).put(head).put(body)
                    .putLong(check.getValue()).array(), AtomicFile.Durability.DERIVED); // rebuilt when lost
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the parsing next time
        }
    }
}
