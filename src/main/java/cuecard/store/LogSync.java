package cuecard.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The part of the store that brings in other logs: another device's ({@link #sync}) and another program's history
 * ({@link #importHistory}). Both append, entry by entry, what is not here yet; nothing is rewritten.
 */
final class LogSync {

    private final LogFolder folder;
    private final LogWriter writer;
    private final String deviceId;

    LogSync(LogFolder folder, LogWriter writer, String deviceId) {
        this.folder = folder;
        this.writer = writer;
        this.deviceId = deviceId;
    }

    /** A union by entry id of the logs in {@code dir} into this folder's; the caller reloads when any was added. */
    Store.SyncResult sync(LoadedLogs loaded, Path dir) {
        Path from = Files.isDirectory(dir.resolve("reviews")) ? dir.resolve("reviews") : dir;
        Map<String, Long> present = new HashMap<>(); // id -> CRC-32C of its line's bytes
        CRC32C crc = new CRC32C();
        try {
            for (String name : folder.names()) {
                LogReader.readRaw(folder.log(name), LogFolder.display(name), 0, 0, new EntryJson(),
                        (e, line, buf, off, len) -> present.putIfAbsent(e.id(), crcOf(crc, buf, off, len)),
                        new ArrayList<>());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read the logs: " + e.getMessage());
        }
        List<StoreProblem> theirProblems = new ArrayList<>();
        int files = 0;
        int added = 0;
        int already = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(from, "*.jsonl")) {
            List<Path> sources = new ArrayList<>();
            ds.forEach(sources::add);
            Collections.sort(sources);
            for (Path source : sources) {
                String name = source.getFileName().toString();
                if (!name.endsWith(".jsonl") || !DeviceId.valid(name.substring(0, name.length() - 6))
                        || !Files.isRegularFile(source)) {
                    theirProblems.add(new StoreProblem(source.toString(), 0, "not a device log name; skipped", true));
                    continue;
                }
                if (source.toAbsolutePath().normalize().equals(folder.log(name).toAbsolutePath().normalize())) {
                    continue; // our own folder
                }
                files++;
                List<byte[]> missing = new ArrayList<>();
                int[] counts = {0, 0};
                LogReader.readRaw(source, source.toString(), 0, 0, new EntryJson(), (e, line, buf, off, len) -> {
                    long sum = crcOf(crc, buf, off, len);
                    Long here = present.putIfAbsent(e.id(), sum);
                    if (here == null) {
                        byte[] l = Arrays.copyOfRange(buf, off, off + len + 1);
                        l[len] = '\n';
                        missing.add(l);
                        counts[0]++;
                    } else if (here != sum) {
                        theirProblems.add(new StoreProblem(source.toString(), line, "entry id " + e.id()
                                + " is already here with different content; not copied (a data dir copied to "
                                + "another device, or an edited line? compare the two lines)", true));
                    } else {
                        counts[1]++;
                    }
                }, theirProblems);
                if (!missing.isEmpty()) {
                    writer.appendLines(loaded, name, missing);
                }
                added += counts[0];
                already += counts[1];
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot sync from " + dir + ": " + e.getMessage());
        }
        return new Store.SyncResult(files, added, already, theirProblems);
    }

    /** See {@link Store#importHistory}. */
    Store.ImportResult importHistory(LoadedLogs loaded, String device, Iterator<Imported> entries) {
        if (!DeviceId.valid(device) || device.equals(deviceId)) {
            throw new IllegalArgumentException("not a device id for an import: " + device);
        }
        String name = device + ".jsonl";
        Path file = folder.log(name);
        Set<String> present = new HashSet<>();
        try {
            if (Files.exists(file)) {
                LogReader.readRaw(file, LogFolder.display(name), 0, 0, new EntryJson(),
                        (e, line, buf, off, len) -> present.add(e.id()), new ArrayList<>());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot read " + file + ": " + e.getMessage());
        }
        long added = 0;
        long already = 0;
        List<Entry> chunk = new ArrayList<>();
        while (entries.hasNext()) {
            Imported next = entries.next();
            Entry e;
            if (next instanceof Imported.Answer a) {
                e = new Entry.Reviewed(a.review());
            } else {
                Imported.Reset r = (Imported.Reset) next;
                e = new Entry.Reset(r.id(), r.at(), r.offset(), r.key());
            }
            if (!e.id().startsWith(device + "-")) {
                throw new IllegalArgumentException("entry " + e.id() + " is not of device " + device);
            }
            if (!present.isEmpty() && !present.add(e.id())) { // a new log: the importer's ids are distinct
                already++;
                continue;
            }
            chunk.add(e);
            added++;
            if (chunk.size() == 20_000) {
                writer.appendAndApply(loaded, name, chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            writer.appendAndApply(loaded, name, chunk);
        }
        return new Store.ImportResult(added, already);
    }

    private static long crcOf(CRC32C crc, byte[] buf, int off, int len) {
        crc.reset();
        crc.update(buf, off, len);
        return crc.getValue();
    }
}
