package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What differs by card type is answered by the note types themselves, and a visitor reaches each type. */
class NoteTypesTest {

    private static final NoteInfo INFO = new NoteInfo(null, List.of(), null, null, Location.of("t.yaml"));

    private static final List<Note> ONE_OF_EACH = List.of(
            new Note.Basic(INFO, "front", "back", true),
            new Note.Cloze(INFO, "{{Paris}} is the capital of {{France}}."),
            new Note.Choice(INFO, "2+2?", "4", List.of("3", "5")),
            new Note.Typed(INFO, "capital of Italy?", "Rome", List.of("Roma")),
            new Note.TrueFalse(INFO, "the sky is green", false));

    /** The visitor method each type reaches, by name. */
    private static final Note.Visitor<String> NAME = new Note.Visitor<>() {
        public String basic(Note.Basic n) { return "basic"; }
        public String cloze(Note.Cloze n) { return "cloze"; }
        public String choice(Note.Choice n) { return "choice"; }
        public String typed(Note.Typed n) { return "typed"; }
        public String trueFalse(Note.TrueFalse n) { return "truefalse"; }
    };

    @Test
    void everyCardTypeHasOneNoteRecordAndOneVisitorMethod() {
        assertThat(Note.class.getPermittedSubclasses()).hasSize(CardType.values().length);
        assertThat(ONE_OF_EACH.stream().map(Note::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CardType.values());
        for (Note n : ONE_OF_EACH) {
            assertThat(n.accept(NAME)).isEqualTo(n.type().yamlName());
        }
        Set<String> visitorMethods = Arrays.stream(Note.Visitor.class.getDeclaredMethods())
                .map(m -> m.getName().toLowerCase()).collect(Collectors.toSet());
        assertThat(visitorMethods).containsExactlyInAnyOrder(
                Arrays.stream(CardType.values()).map(CardType::yamlName).toArray(String[]::new));
    }

    @Test
    void cardsPromptsAndAnswersComeFromTheTypes() {
        List<List<String>> cards = ONE_OF_EACH.stream().map(n -> Card.of("d", n).stream()
                .map(c -> c.key().cardId().substring(c.noteId().length()) + "|" + c.prompt() + "|" + c.answer())
                .toList()).toList();
        assertThat(cards.get(0)).containsExactly("|front|back", "-r|back|front");
        assertThat(cards.get(1)).containsExactly(
                "-c1|[...] is the capital of France.|Paris", "-c2|Paris is the capital of [...].|France");
        assertThat(cards.get(2)).containsExactly("|2+2?|4");
        assertThat(cards.get(3)).containsExactly("|capital of Italy?|Rome");
        assertThat(cards.get(4)).containsExactly("|the sky is green|false");
        assertThat(Card.of("d", new Note.Basic(INFO, "a", "b", false))).hasSize(1);
    }

    @Test
    void copiesKeepTheTypeAndChangeWhatTheySay() {
        NoteInfo other = new NoteInfo("x1", List.of("t"), null, "why", Location.of("u.yaml"));
        for (Note n : ONE_OF_EACH) {
            Note moved = n.withInfo(other);
            assertThat(moved.type()).isEqualTo(n.type());
            assertThat(moved.info()).isEqualTo(other);
            assertThat(moved.withInfo(INFO)).isEqualTo(n);
            Note loud = n.mapText(String::toUpperCase);
            assertThat(loud.type()).isEqualTo(n.type());
            assertThat(loud.prompt(0)).isEqualTo(n.prompt(0).toUpperCase());
            assertThat(loud.otherTexts()).isEqualTo(n.otherTexts().stream().map(String::toUpperCase).toList());
        }
        assertThat(ONE_OF_EACH.get(2).otherTexts()).containsExactly("3", "5");
        assertThat(ONE_OF_EACH.get(3).otherTexts()).containsExactly("Roma");
        assertThat(ONE_OF_EACH.get(0).otherTexts()).isEmpty();
        assertThat(ONE_OF_EACH.get(4).mapText(String::toUpperCase).answer(0)).isEqualTo("false");
    }
}
