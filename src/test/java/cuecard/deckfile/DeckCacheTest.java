package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckCacheTest {

    @TempDir
    Path tmp;

    private static final String DECK = """
            deck: cached
            title: A cached deck
            language: zh-Hans
            tags: [one, two]
            sources:
              - id: talk
                title: 一次访谈
                url: https://example.org/talk
            cards:
              - type: basic
                front: 首都？
                back: 北京
                reverse: true
                source: {ref: talk, line: 3}
                note: 解释
              - type: cloze
                text: Water boils at {{100}} degrees.
              - type: choice
                question: Largest planet?
                answer: Jupiter
                distractors: [Saturn, Neptune, Earth]
              - type: typed
                question: Symbol of gold?
                answer: Au
                accept: [au]
              - type: truefalse
                statement: The Moon is larger than the Earth.
                answer: false
            """;

    private Path deck(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".deck")).toList();
        }
    }

    @Test
    void secondLoadComesFromTheCacheAndEqualsTheYamlReading() throws IOException {
        Path file = deck("a.yaml", DECK);
        DeckCache cache = DeckCache.in(tmp.resolve("cache"), "build-1");
        DeckResult first = cache.load(file);
        assertInstanceOf(DeckResult.Ok.class, first);
        assertEquals(0, cache.hits());
        DeckResult second = cache.load(file);
        assertEquals(1, cache.hits());
        assertEquals(DeckLoader.load(file), second);
        assertEquals(first, second);
        assertEquals(1, entries(tmp.resolve("cache")).size());
    }

    @Test
    void everyGoodFixtureSurvivesTheCodec() throws IOException {
        for (Path p : Library.deckFiles(Path.of("src/test/resources/good-decks"))) {
            DeckResult.Ok ok = (DeckResult.Ok) DeckLoader.load(p);
            byte[] bytes = DeckCodec.encode(ok, p.toString());
            assertEquals(ok, DeckCodec.decode(ByteBuffer.wrap(bytes), p.toString()), p.toString());
        }
        for (Path p : Library.deckFiles(Path.of("decks"))) {
            DeckResult.Ok ok = (DeckResult.Ok) DeckLoader.load(p);
            assertEquals(ok, DeckCodec.decode(ByteBuffer.wrap(DeckCodec.encode(ok, p.toString())), p.toString()));
        }
    }

    @Test
    void warningsAndLocationsInOtherFilesAreKept() {
        DeckResult.Ok ok = (DeckResult.Ok) DeckLoader.parse(DECK, "x.yaml");
        DeckResult.Ok warned = new DeckResult.Ok(ok.deck(), List.of(
                DeckError.warning(new Location("x.yaml", 4, 2), "something odd", "a hint"),
                DeckError.warning(new Location("other.yaml", 1, 1), "elsewhere", null)));
        assertEquals(warned, DeckCodec.decode(ByteBuffer.wrap(DeckCodec.encode(warned, "x.yaml")), "x.yaml"));
    }

    @Test
    void truncatedBytesAreRefusedNotMisread() {
        DeckResult.Ok ok = (DeckResult.Ok) DeckLoader.parse(DECK, "x.yaml");
        byte[] bytes = DeckCodec.encode(ok, "x.yaml");
        for (int cut : new int[] {0, 1, 7, bytes.length / 2, bytes.length - 1}) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            assertThrows(IllegalArgumentException.class, () -> DeckCodec.decode(ByteBuffer.wrap(part), "x.yaml"));
        }
    }

    @Test
    void anEditedFileIsReadAgainEvenAtTheSameSize() throws IOException {
        Path file = deck("a.yaml", DECK);
        DeckCache cache = DeckCache.in(tmp.resolve("cache"), "build-1");
        cache.load(file);
        Files.writeString(file, DECK.replace("北京", "东京")); // same length in bytes
        DeckResult again = cache.load(file);
        assertEquals(0, cache.hits());
        assertEquals(DeckLoader.load(file), again);
        assertTrue(again.toString().contains("东京"));
    }

    @Test
    void anotherBuildDoesNotUseTheEntries() throws IOException {
        Path file = deck("a.yaml", DECK);
        DeckCache.in(tmp.resolve("cache"), "build-1").load(file);
        DeckCache other = DeckCache.in(tmp.resolve("cache"), "build-2");
        other.load(file);
        assertEquals(0, other.hits());
        other.load(file);
        assertEquals(1, other.hits());
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws IOException {
        Path file = deck("a.yaml", DECK);
        Path dir = tmp.resolve("cache");
        DeckCache.in(dir, "b").load(file);
        Path entry = entries(dir).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        for (int i : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] bad = bytes.clone();
            bad[i] ^= 0x5a;
            Files.write(entry, bad);
            DeckCache cache = DeckCache.in(dir, "b");
            assertEquals(DeckLoader.load(file), cache.load(file));
            assertEquals(0, cache.hits());
            assertEquals(1, cache.load(file) != null ? cache.hits() : -1); // rewritten: the next load hits
        }
        Files.write(entry, "not a cache entry".getBytes(StandardCharsets.UTF_8));
        assertEquals(DeckLoader.load(file), DeckCache.in(dir, "b").load(file));
    }

    @Test
    void brokenDecksAreNotCachedAndKeepTheirMessages() throws IOException {
        Path file = deck("bad.yaml", "deck: bad\ncards:\n  - type: basic\n    front: only a front\n");
        Path dir = tmp.resolve("cache");
        DeckCache cache = DeckCache.in(dir, "b");
        DeckResult r = cache.load(file);
        assertInstanceOf(DeckResult.Failed.class, r);
        assertEquals(DeckLoader.load(file), cache.load(file));
        assertEquals(0, cache.hits());
        assertTrue(!Files.isDirectory(dir) || entries(dir).isEmpty());
        assertInstanceOf(DeckResult.Failed.class, cache.load(tmp.resolve("missing.yaml")));
    }

    @Test
    void theNameTheFileWasGivenByIsThePartOfTheKey() throws IOException {
        Path file = deck("a.yaml", DECK);
        Path dir = tmp.resolve("cache");
        DeckCache cache = DeckCache.in(dir, "b");
        cache.load(file);
        Path other = tmp.resolve("sub").resolve("..").resolve("a.yaml");
        Files.createDirectories(tmp.resolve("sub"));
        DeckResult.Ok viaOther = (DeckResult.Ok) cache.load(other);
        assertEquals(other.toString(), viaOther.deck().location().file());
        assertEquals(DeckLoader.load(other), viaOther);
        assertEquals(2, entries(dir).size());
    }

    @Test
    void anUnwritableCacheOnlyCostsTheParsing() throws IOException {
        Path file = deck("a.yaml", DECK);
        Path notADir = deck("plain-file", "x");
        DeckCache cache = DeckCache.in(notADir.resolve("decks"), "b");
        assertEquals(DeckLoader.load(file), cache.load(file));
        assertEquals(DeckLoader.load(file), cache.load(file));
        assertEquals(0, cache.hits());
    }

    @Test
    void libraryLoadsTheSameDecksWithAndWithoutTheCache() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(deck("d" + i + ".yaml", DECK.replace("deck: cached", "deck: cached-" + i)));
        }
        DeckCache cache = DeckCache.in(tmp.resolve("cache"), "b");
        Library plain = Library.load(files);
        assertEquals(plain, Library.load(files, cache));
        assertEquals(plain, Library.load(files, cache));
        assertEquals(6, cache.hits());
        assertNotEquals(0, plain.decks().size());
    }

    @Test
    void theBuildKeyFollowsTheCodecsCodeEvenWithoutAJar() {
        String codec = DeckCache.fingerprint(DeckCache.CODEC);
        assertThat(codec).isEqualTo(DeckCache.fingerprint(DeckCache.CODEC)).matches("[0-9a-f]{8}");
        // any class more or less, or another class's code, gives another key
        assertThat(DeckCache.fingerprint(java.util.List.of(DeckCodec.class))).isNotEqualTo(codec);
        assertThat(DeckCache.fingerprint(java.util.List.of(DeckCodec.class)))
                .isNotEqualTo(DeckCache.fingerprint(java.util.List.of(DeckLoader.class)));
        // every note type is part of it: a new one changes the key
        java.util.List<Class<?>> withoutOne = new java.util.ArrayList<>(DeckCache.CODEC);
        withoutOne.remove(cuecard.deck.Note.class);
        assertThat(DeckCache.fingerprint(withoutOne)).isNotEqualTo(codec);
    }
}
