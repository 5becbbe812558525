package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated decks survive being written as YAML, and then exported to each format and imported back: the same
 * card keys and the same content.
 */
class RoundTripProperties {

    private static final String CHARS = "abcXYZ019 ,;:|\\\"'<>&#{}-[]!?*%@`\t\n中文字é";

    @Property(tries = 80)
    void exportThenImportKeepsEveryCard(@ForAll("decks") Deck generated) throws IOException {
        String yaml = DeckYaml.deck(generated, DeckYaml.SCHEMA_LINE);
        DeckResult parsed = DeckLoader.parse(yaml, "generated.yaml");
        Assume.that(parsed instanceof DeckResult.Ok || !parsed.problems().stream().allMatch(
                e -> e.message().contains("is already used") || e.message().contains("appears twice or equals")));
        assertThat(parsed).as("%s\n%s", parsed.problems(), yaml).isInstanceOf(DeckResult.Ok.class);
        Deck deck = ((DeckResult.Ok) parsed).deck();
        assertThat(ImportExportTest.content(deck, false)).as(yaml).isEqualTo(ImportExportTest.content(generated, false));
        Path dir = Files.createTempDirectory("cuecard-roundtrip-");
        try {
            Path file = dir.resolve("deck.yaml");
            Files.writeString(file, yaml);
            for (String format : List.of("anki", "csv", "tsv", "json")) {
                Path out = dir.resolve("out." + format);
                Path back = dir.resolve("back-" + format + ".yaml");
                CliRun run = CliRun.withHome(dir);
                CliRun.Result e = run.run("export", file.toString(), "--format", format, "-o", out.toString());
                assertThat(e.exitCode()).as(e.err()).isZero();
                CliRun.Result i = run.run("import", out.toString(), "-o", back.toString(), "--id", deck.id(), "--format", format);
                assertThat(i.exitCode()).as("%s: %s\n%s", format, i.err(), Files.readString(out)).isZero();
                Deck imported = ImportExportTest.load(back);
                assertThat(imported.cards()).extracting(c -> c.key())
                        .containsExactlyElementsOf(deck.cards().stream().map(c -> c.key()).toList());
                boolean exact = format.equals("json");
                assertThat(ImportExportTest.content(imported, !exact)).as(format)
                        .isEqualTo(ImportExportTest.content(deck, !exact));
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Deck> decks() {
        Arbitrary<Note> note = Arbitraries.oneOf(basic(), cloze(), choice(), typed(), trueFalse());
        return Combinators.combine(Arbitraries.of("d", "my-deck", "词"), note.list().ofMinSize(1).ofMaxSize(6),
                text().injectNull(0.5), text().list().ofMaxSize(2))
                .as((id, notes, title, tags) -> new Deck(id.equals("词") ? "zh" : id, title == null ? (id.equals("词") ? "zh" : id) : title,
                        "en", null, tags, List.of(new Source("s1", "Source one", null, null, null), new Source("s2", null, null, null, null)),
                        notes, Location.of("generated.yaml")));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(CHARS).ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank()).withoutEdgeCases()
                .map(s -> s.replace("Z", "😀")); // a character outside the BMP, as a whole surrogate pair
    }

    /** Text for cloze parts: no braces or colons, which would make or break deletions. */
    private static Arbitrary<String> plainPart() {
        return Arbitraries.strings().withChars("abcXYZ 19中文,.'\"<&\n").ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<NoteInfo> info() {
        Arbitrary<String> id = Arbitraries.strings().withChars("abc019-_.").ofMinLength(1).ofMaxLength(6)
                .map(s -> "k" + s).injectNull(0.6);
        Arbitrary<SourceRef> source = Combinators.combine(Arbitraries.of("s1", "s2"), Arbitraries.integers().between(0, 99))
                .as(SourceRef::new).injectNull(0.6);
        return Combinators.combine(id, text().list().ofMaxSize(3), source, text().injectNull(0.6))
                .as((i, tags, src, note) -> new NoteInfo(i, tags, src, note, null));
    }

    private static Arbitrary<Note> basic() {
        return Combinators.combine(info(), text(), text(), Arbitraries.of(true, false)).as(Note.Basic::new);
    }

    private static Arbitrary<Note> cloze() {
        Arbitrary<String> deletion = Combinators.combine(plainPart().filter(s -> !s.isBlank()), plainPart().injectNull(0.6))
                .as((a, h) -> "{{" + a + (h == null ? "" : "::" + h) + "}}");
        Arbitrary<String> text = Combinators.combine(plainPart().injectNull(0.3), deletion.list().ofMinSize(1).ofMaxSize(3),
                plainPart().injectNull(0.3))
                .as((pre, dels, post) -> (pre == null ? "" : pre) + String.join(" and ", dels) + (post == null ? "" : post));
        return Combinators.combine(info(), text).as(Note.Cloze::new);
    }

    private static Arbitrary<Note> choice() {
        return Combinators.combine(info(), text(), text(), text().list().ofMinSize(1).ofMaxSize(3)).as(Note.Choice::new);
    }

    private static Arbitrary<Note> typed() {
        return Combinators.combine(info(), text(), text(), text().list().ofMaxSize(2)).as(Note.Typed::new);
    }

    private static Arbitrary<Note> trueFalse() {
        return Combinators.combine(info(), text(), Arbitraries.of(true, false)).as(Note.TrueFalse::new);
    }
}
