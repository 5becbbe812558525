package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.anki.TestPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Packages that cannot be imported: each is a clear message and exit 3, and nothing is written, neither the deck
 * folder nor the data dir (even with {@code --with-history}).
 */
class ApkgBadInputTest extends DeckInTempDirTest {

    private CliRun.Result importing(Path apkg) {
        return run("import", apkg.toString(), "-o", tmp.resolve("out").toString(), "--with-history");
    }

    @AfterEach
    void nothingWritten() {
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(data.resolve("reviews")).doesNotExist();
    }

    private static void assertRefused(CliRun.Result r, String words) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(words).contains("nothing written").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path zip(String member, byte[] content) throws Exception {
        Path p = tmp.resolve("bad.apkg");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry(member));
            z.write(content);
        }
        return p;
    }

    @Test
    void notAZip() throws Exception {
        Path p = tmp.resolve("notes.apkg");
        Files.writeString(p, "front\tback\n");
        assertRefused(importing(p), "not an Anki package: not a zip file");
    }

    @Test
    void aZipWithoutACollection() throws Exception {
        assertRefused(importing(zip("readme.txt", "hi".getBytes())), "the zip holds no collection");
    }

    @Test
    void aTruncatedZip() throws Exception {
        TestPackages.withStockTypes().note(1, "a", TestPackages.BASIC, 1, "", List.of(0), "q", "a")
                .writeLegacy(tmp.resolve("whole.apkg"));
        byte[] whole = Files.readAllBytes(tmp.resolve("whole.apkg"));
        Path cut = tmp.resolve("cut.apkg");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(importing(cut), "not an Anki package: a damaged zip file");
    }

    @Test
    void aZipBombStopsAtTheLimit() throws Exception {
        Path p = tmp.resolve("bomb.apkg");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("collection.anki2"));
            for (int i = 0; i < 80; i++) { // 80 MiB of zeros: about 80 KiB packed, 1000 times over
                z.write(zeros);
            }
        }
        assertThat(Files.size(p)).isLessThan(1 << 20);
        assertRefused(importing(p), "unpacks to more than 64 MiB");
    }

    @Test
    void aCorruptDatabase() throws Exception {
        byte[] junk = new byte[8192];
        new java.util.Random(7).nextBytes(junk);
        assertRefused(importing(zip("collection.anki2", junk)), "not a readable Anki collection");
    }

    @Test
    void aCorruptCurrentFormat() throws Exception {
        assertRefused(importing(zip("collection.anki21b", "not zstd at all".getBytes())), "cannot unpack");
    }

    @Test
    void anUnknownSchemaVersion() throws Exception {
        Path apkg = tmp.resolve("v99.apkg");
        TestPackages.withStockTypes().note(1, "a", TestPackages.BASIC, 1, "", List.of(0), "q", "a").writeLegacy(apkg);
        Path db = unzipAndEdit(apkg, "update col set ver = 99");
        assertRefused(importing(db), "schema version 99, which cuecard does not read");
    }

    @Test
    void aNoteOfTenMegabytes() throws Exception {
        Path apkg = tmp.resolve("huge.apkg");
        TestPackages.withStockTypes()
                .note(1, "small", TestPackages.BASIC, 1, "", List.of(0), "q", "a")
                .note(2, "huge", TestPackages.BASIC, 1, "", List.of(0), "<p>" + "x".repeat(10 * 1024 * 1024), "a")
                .writeLegacy(apkg);
        CliRun.Result r = importing(apkg);
        assertRefused(r, "note huge (id 2) holds 1048");
        assertThat(r.err()).contains("at most 1048576 characters");
    }

    @Test
    void twoHundredThousandNotes() throws Exception {
        Path apkg = tmp.resolve("many.apkg");
        TestPackages.withStockTypes().note(1, "a", TestPackages.BASIC, 1, "", List.of(0), "q", "a").writeLegacy(apkg);
        Path big = unzipAndEdit(apkg, "with recursive n(i) as (select 2 union all select i + 1 from n where i < 200001)"
                + " insert into notes select i, 'g' || i, mid, mod, usn, tags, flds, sfld, csum, flags, data"
                + " from n, (select * from notes where id = 1)");
        assertRefused(importing(big), "the package holds 200001 notes; cuecard imports at most 100000");
    }

    /** The package with {@code sql} run on its collection. */
    private Path unzipAndEdit(Path apkg, String sql) throws Exception {
        Path db = tmp.resolve("edit.anki2");
        try (var z = new java.util.zip.ZipFile(apkg.toFile())) {
            Files.copy(z.getInputStream(z.getEntry("collection.anki2")), db);
        }
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
        Path out = tmp.resolve("edited.apkg");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(db, z);
        }
        return out;
    }

    @Test
    void withHistoryOnAPlainTextFileIsAUsageError() throws Exception {
        Path p = tmp.resolve("notes.csv");
        Files.writeString(p, "q,a\n");
        CliRun.Result r = run("import", p.toString(), "-o", tmp.resolve("out.yaml").toString(), "--with-history");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--with-history is for Anki packages");
    }

}
