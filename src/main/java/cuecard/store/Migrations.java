package cuecard.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.stream.Stream;

/**
 * The store's format version ({@code DATA/format}). Before any migration the logs are copied to
 * {@code DATA/backups/format-vN-INSTANT/}; a store from a newer cuecard is refused rather than touched.
 */
final class Migrations {

    static final int CURRENT = EntryJson.VERSION;

    private Migrations() {
    }

    static void check(Path dataDir, Clock clock) throws IOException {
        Path file = dataDir.resolve("format");
        if (!Files.isRegularFile(file)) {
            try {
                Durable.replace(file, (CURRENT + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw StoreException.cannotWrite(file, e, "nothing was changed");
            }
            return;
        }
        int found;
        try {
            found = Integer.parseInt(Files.readString(file).trim());
        } catch (NumberFormatException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, file + ": not a format version number");
        }
        if (found > CURRENT) {
            throw new StoreException(StoreException.Reason.NEWER_FORMAT, "the progress store " + dataDir
                    + " is in format v" + found + " from a newer cuecard (this one knows v" + CURRENT
                    + "); update cuecard (nothing was changed)");
        }
        if (found < CURRENT) {
            backup(dataDir, found, clock);
            // format v1 is the first; later versions add their steps here, each rewriting nothing in place
            Durable.replace(file, (CURRENT + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies every log to a fresh backup folder and returns it. */
    static Path backup(Path dataDir, int version, Clock clock) throws IOException {
        String stamp = clock.instant().toString().replace(':', '-');
        Path target = dataDir.resolve("backups").resolve("format-v" + version + "-" + stamp);
        Files.createDirectories(target);
        Path reviews = dataDir.resolve("reviews");
        if (Files.isDirectory(reviews)) {
            try (Stream<Path> files = Files.list(reviews)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Durable.syncDirectory(target);
        return target;
    }
}
