package cuecard.anki;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks the collection of an Anki package into a file, within bounds: a zip bomb stops at a size limit (the
 * collection may be at most {@value #RATIO} times the package, and never over {@link #MAX_BYTES}), never filling the
 * disk or the memory. Prefers the current format ({@code collection.anki21b}, zstd-compressed) over
 * {@code collection.anki21} and the legacy {@code collection.anki2}.
 */
public final class AnkiPackage {

    /** The largest collection unpacked: 2 GiB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;
    /** How many times the package's size its collection may be (SQLite compresses about 3 to 10 times). */
    static final int RATIO = 100;
    /** A collection may always be this big, whatever the ratio: 64 MiB. */
    static final long ALWAYS = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 1_000_000;

    private AnkiPackage() {
    }

    /**
     * The unpacked collection.
     *
     * @param file   the SQLite file
     * @param member the name it had in the package ({@code collection.anki2}, {@code .anki21} or {@code .anki21b})
     * @param media  how many media files the package holds (none of them is imported)
     */
    public record Unpacked(Path file, String member, int media) {
    }

    /** Unpacks {@code apkg}'s collection into {@code folder} (a fresh temporary folder). */
    public static Unpacked unpack(Path apkg, Path folder) throws AnkiProblem {
        try (InputStream in = Files.newInputStream(apkg)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new AnkiProblem("not an Anki package: not a zip file (an .apkg or .colpkg is a zip archive)");
            }
        } catch (IOException e) {
            throw new AnkiProblem("cannot read: " + e.getMessage());
        }
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            ZipEntry best = null;
            int rank = -1;
            int entries = 0;
            int media = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new AnkiProblem("not an Anki package: more than " + MAX_ENTRIES + " files in the zip");
                }
                String name = e.getName();
                int r = switch (name) {
                    case "collection.anki2" -> 0;
                    case "collection.anki21" -> 1;
                    case "collection.anki21b" -> 2;
                    default -> -1;
                };
                if (r > rank) {
                    best = e;
                    rank = r;
                } else if (r < 0 && name.matches("\\d+")) {
                    media++;
                }
            }
            if (best == null) {
                throw new AnkiProblem("not an Anki package: the zip holds no collection (collection.anki2, "
                        + "collection.anki21 or collection.anki21b)");
            }
            long limit = Math.min(MAX_BYTES, Math.max(ALWAYS, Files.size(apkg) * RATIO));
            Path out = folder.resolve("collection.sqlite");
            try (InputStream raw = zip.getInputStream(best);
                 InputStream in = rank == 2 ? new ZstdInputStream(raw) : raw;
                 OutputStream o = Files.newOutputStream(out)) {
                copy(in, o, limit, best.getName());
            }
            return new Unpacked(out, best.getName(), media);
        } catch (ZipException e) {
            throw new AnkiProblem("not an Anki package: a damaged zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new AnkiProblem("cannot unpack: " + e.getMessage());
        }
    }

    private static void copy(InputStream in, OutputStream out, long limit, String name) throws IOException, AnkiProblem {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new AnkiProblem("refused: " + name + " unpacks to more than " + limit / (1024 * 1024)
                        + " MiB (" + (limit == MAX_BYTES ? "the most cuecard unpacks" : "the larger of "
                        + ALWAYS / (1024 * 1024) + " MiB and " + RATIO + " times the package's size")
                        + "); a damaged package or a zip bomb");
            }
            out.write(buf, 0, n);
        }
    }
}
