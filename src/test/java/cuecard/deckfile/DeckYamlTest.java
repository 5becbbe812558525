package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The YAML writer: what it writes reads back as the same notes, compared whole (every field of every type: accept
 * lists, distractors, reverse, tags, source, note), not field by field.
 */
class DeckYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "21", "true", "no", "a: b", "x #y", "{{cloze}}", "- dash", "quote \" inside", "back\\slash",
        "line\nbreak", " lead", "trail ", "2025-03-18", "中文：冒号", "「引号」", "@at", "%pct", "*star", "tab\there", "", "~", "null",
        "0x1F", "1e5", "[x]"})
    void scalarsReadBackAsTheSameString(String s) {
        String yaml = "deck: d\ntitle: " + DeckYaml.scalar(s.isEmpty() ? "x" : s) + "\ncards: []\n";
        DeckResult r = DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
        assertThat(r).isInstanceOf(DeckResult.Ok.class);
        assertThat(((DeckResult.Ok) r).deck().title()).isEqualTo(s.isEmpty() ? "x" : s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"decks/spaced-repetition.yaml", "decks/altman-all-in-2024.yaml",
        "decks/altman-bloomberg-zh-hans.yaml", "decks/altman-bloomberg-zh-hant.yaml"})
    void aDeckSurvivesWritingAndReading(String file) {
        Deck original = ((DeckResult.Ok) DeckLoader.load(Path.of(file))).deck();
        String yaml = DeckYaml.write(original);
        assertThat(yaml).startsWith("# yaml-language-server: $schema=../docs/deck.schema.json\n");
        Deck again = parse(yaml);
        assertThat(unplaced(again.notes())).isEqualTo(unplaced(original.notes()));
        assertThat(List.of(again.id(), again.title(), String.valueOf(again.language()), String.valueOf(again.description())))
                .isEqualTo(List.of(original.id(), original.title(), String.valueOf(original.language()),
                        String.valueOf(original.description())));
        assertThat(again.tags()).isEqualTo(original.tags());
        assertThat(again.sources()).isEqualTo(original.sources());
        assertThat(DeckYaml.write(again)).isEqualTo(yaml);
    }

    /** One note of each type with every optional field set. */
    static List<Note> everyField() {
        NoteInfo a = new NoteInfo("b-1", List.of("x", "中文"), new SourceRef("src", 12), "why: it is so", Location.of("t"));
        return List.of(
                new Note.Basic(a, "Front: with colon", "Back #1", true),
                new Note.Basic(new NoteInfo("b-2", List.of(), null, null, Location.of("t")), "plain", "back", false),
                new Note.Cloze(withId(a, "c-1"), "Paris is the capital of {{France::a country}} and {{Europe}}."),
                new Note.Choice(withId(a, "ch-1"), "Which?", "this one", List.of("that", "- other", "21")),
                new Note.Typed(withId(a, "t-1"), "2 + 2?", "4", List.of("four", "四", "IV")),
                new Note.Typed(withId(a, "t-2"), "Capital of Peru?", "Lima", List.of()),
                new Note.TrueFalse(withId(a, "tf-1"), "The sky is green.", false));
    }

    private static NoteInfo withId(NoteInfo i, String id) {
        return new NoteInfo(id, i.tags(), i.source(), i.explanation(), i.location());
    }

    @Test
    void everyFieldOfEveryTypeSurvivesADeckABlockCardAndAFlowCard() {
        List<Note> notes = everyField();
        Deck deck = new Deck("every", "Every field", "en", "all of them", List.of("t"),
                List.of(new Source("src", "A source", "someone", "2026-01-01", "https://example.org/")), notes,
                Location.of("every.yaml"));
        assertThat(unplaced(parse(DeckYaml.write(deck)).notes())).isEqualTo(unplaced(notes));
        StringBuilder block = new StringBuilder(head());
        StringBuilder flow = new StringBuilder(head());
        for (Note n : notes) {
            block.append(DeckYaml.card(n, 2, 4)).append('\n');
            flow.append("  - ").append(DeckYaml.flowCard(n)).append('\n');
        }
        assertThat(unplaced(parse(block.toString()).notes())).as(block.toString()).isEqualTo(unplaced(notes));
        assertThat(unplaced(parse(flow.toString()).notes())).as(flow.toString()).isEqualTo(unplaced(notes));
    }

    private static String head() {
        return "deck: every\ntitle: Every field\nsources:\n  - id: src\n    title: A source\ncards:\n";
    }

    private static Deck parse(String yaml) {
        DeckResult r = DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "again.yaml");
        assertThat(r).as(yaml).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    /** The notes with their locations (which differ between two files) set aside; everything else compared. */
    static List<Note> unplaced(List<Note> notes) {
        return notes.stream().map(DeckYamlTest::unplaced).toList();
    }

    private static Note unplaced(Note n) {
        NoteInfo i = n.info();
        NoteInfo info = new NoteInfo(i.id(), i.tags(), i.source(), i.explanation(), Location.of("-"));
        if (n instanceof Note.Basic b) {
            return new Note.Basic(info, b.front(), b.back(), b.reverse());
        } else if (n instanceof Note.Cloze c) {
            return new Note.Cloze(info, c.text());
        } else if (n instanceof Note.Choice c) {
            return new Note.Choice(info, c.question(), c.answer(), c.distractors());
        } else if (n instanceof Note.Typed t) {
            return new Note.Typed(info, t.question(), t.answer(), t.accept());
        } else if (n instanceof Note.TrueFalse t) {
            return new Note.TrueFalse(info, t.statement(), t.answer());
        }
        throw new AssertionError("a note type this test does not know: " + n.getClass());
    }
}
