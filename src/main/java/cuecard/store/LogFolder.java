package cuecard.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** The files of a data dir the store reads: the device logs under {@code reviews/}, the snapshot, the digest. */
final class LogFolder {

    /** Where a log stands: the bytes and lines replayed or written, and a torn last line not yet set aside. */
    static final class LogFile {
        long end;
        int lines;
        int tornLine;
    }

    private final Path dataDir;

    LogFolder(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }

    Path reviews() {
        return dataDir.resolve("reviews");
    }

    Path log(String name) {
        return reviews().resolve(name);
    }

    Path snapshot() {
        return dataDir.resolve("snapshot.json");
    }

    Path digest() {
        return dataDir.resolve(ReviewDigest.FILE);
    }

    /** The log file names ({@code DEVICE.jsonl}), sorted. */
    List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(reviews())) {
            return names;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(reviews(), "*.jsonl")) {
            for (Path p : ds) {
                names.add(p.getFileName().toString());
            }
        }
        Collections.sort(names);
        return names;
    }

    /** A log as messages name it. */
    static String display(String name) {
        return "reviews/" + name;
    }

    /** Hands every good entry of every log, in log order, to {@code sink} (the general reader: nothing kept). */
    void rescan(Consumer<Entry> sink) {
        try {
            for (String name : names()) {
                LogReader.read(log(name), display(name), 0, 0, new EntryJson(), (e, line) -> sink.accept(e),
                        new ArrayList<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files of a snapshot or digest a crash left behind (derived data, not the learner's). */
    void cleanTemporaryFiles() {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir, "{.snapshot.json,.digest.bin}.*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // harmless: a later open tries again
        }
    }
}
