package cuecard.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One Anki note to one card: field HTML to text, media taken out, guids to ids, note types to card types. */
class NoteMappingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "<b>bold</b> and <i>italic</i>|bold and italic|",
        "a<br>b<br/>c|a/nb/nc|",
        "first<div>second</div><div>third</div>|first/nsecond/nthird|",
        "<div>only</div>|only|",
        "Tom &amp; Jerry &lt;3 &#x4F60;&#22909;&nbsp;!|Tom & Jerry <3 你好 !|",
        "<style>.x{color:red}</style>text<script>alert(1)</script>|text|",
        "say [sound:hello.mp3] it|say  it|[sound:hello.mp3]",
        "<img src=\"cat.jpg\"> a cat|a cat|<img src=\"cat.jpg\">",
        "<IMG SRC='dog.png' width=3>dog|dog|<img src=\"dog.png\">",
        "<img src=data:image/png;base64,AAAA>x|x|<img> (an image inside the note)",
    })
    void fieldsBecomeText(String html, String text, String media) {
        List<String> found = new ArrayList<>();
        assertThat(NoteMapping.text(html, found)).isEqualTo(text.replace("/n", "\n")); // /n: a line break
        assertThat(found).isEqualTo(media == null ? List.of() : List.of(media));
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(NoteMapping.text("a\u0001b\r\n\u0085c\td", new ArrayList<>())).isEqualTo("ab\nc\td");
    }

    @ParameterizedTest
    @CsvSource({
        "aB3dE7fG9h, aB3dE7fG9h",
        "capitals/france, france",
        "'cU1%zNUzk1', g-635531257a4e557a6b31",
        "-leading, g-2d6c656164696e67",
    })
    void guidsBecomeCardIds(String guid, String id) {
        assertThat(NoteMapping.cardId(guid)).isEqualTo(id);
    }

    private static NoteType type(String name, boolean cloze, String... templates) {
        return new NoteType(name, cloze, List.of("A", "B", "C"), List.of(templates));
    }

    @Test
    void noteTypesAreRecognisedByNameAndTemplates() {
        assertThat(NoteMapping.kind(type("Basic", false, "{{A}}"))).isEqualTo(new NoteMapping.Kind("basic", true));
        assertThat(NoteMapping.kind(type("Basic-1a2b3", false, "{{A}}"))).isEqualTo(new NoteMapping.Kind("basic", true));
        assertThat(NoteMapping.kind(type("Basic (and reversed card)", false, "{{A}}", "{{B}}")))
                .isEqualTo(new NoteMapping.Kind("reversible", true));
        assertThat(NoteMapping.kind(type("Basic (type in the answer)", false, "{{A}} {{type:B}}")))
                .isEqualTo(new NoteMapping.Kind("typed", true));
        assertThat(NoteMapping.kind(type("Cloze+", true, "{{cloze:A}}"))).isEqualTo(new NoteMapping.Kind("cloze", true));
        assertThat(NoteMapping.kind(type("Japanese (recognition)", false, "{{A}}")))
                .isEqualTo(new NoteMapping.Kind("basic", false));
    }

    @Test
    void clozeOrdinalsFollowTheirNumbersAndSharedNumbersSplit() {
        NoteType cloze = type("Cloze", true, "{{cloze:A}}");
        NoteMapping.Outcome o = NoteMapping.map(cloze, NoteMapping.kind(cloze), "g1",
                List.of("{{c2::two}} then {{c1::one::hint}} and {{c2::again}}", "", ""), "", Set.of(0, 1));
        NoteMapping.Mapped m = (NoteMapping.Mapped) o;
        assertThat(m.card().get("text").asText()).isEqualTo("{{two}} then {{one::hint}} and {{again}}");
        // Anki's card of c1 (ordinal 0) is cuecard's second deletion; c2 (ordinal 1) its first
        assertThat(m.suffixes()).containsEntry(0, "-c2").containsEntry(1, "-c1");
    }

    @Test
    void anOptionalReverseFollowsTheNotesCards() {
        NoteType optional = new NoteType("Basic (optional reversed card)", false, List.of("Front", "Back", "Add Reverse"),
                List.of("{{Front}}", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}"));
        NoteMapping.Kind kind = NoteMapping.kind(optional);
        NoteMapping.Mapped without = (NoteMapping.Mapped) NoteMapping.map(optional, kind, "g", List.of("q", "a", ""), "", Set.of(0));
        NoteMapping.Mapped with = (NoteMapping.Mapped) NoteMapping.map(optional, kind, "g", List.of("q", "a", "y"), "", Set.of(0, 1));
        assertThat(without.card().has("reverse")).isFalse();
        assertThat(with.card().get("reverse").asBoolean()).isTrue();
        assertThat(with.suffixes()).containsEntry(1, "-r");
        assertThat(with.unusedFields()).isEmpty(); // the flag field is not content
    }

    @Test
    void notesWithoutTextAreSkippedWithTheirReason() {
        NoteType basic = type("Basic", false, "{{A}}");
        assertThat(NoteMapping.map(basic, NoteMapping.kind(basic), "g", List.of("[sound:a.mp3]", "x"), "", Set.of(0)))
                .isEqualTo(new NoteMapping.Skipped("nothing but media in its first field", List.of("[sound:a.mp3]")));
        assertThat(NoteMapping.map(basic, NoteMapping.kind(basic), "g", List.of("q", " "), "", Set.of(0)))
                .isEqualTo(new NoteMapping.Skipped("its second field (the back) is empty", List.of()));
        assertThat(NoteMapping.map(basic, NoteMapping.kind(basic), "g", List.of("q", "x".repeat(70_000)), "", Set.of(0)))
                .isInstanceOf(NoteMapping.Skipped.class);
    }

    @Test
    void theProtobufReaderFindsItsFieldsAndSurvivesJunk() {
        byte[] kind = TestPackages.varint(1, 1);
        assertThat(Protobuf.varint(kind, 1, 0)).isEqualTo(1);
        assertThat(Protobuf.varint(kind, 2, 7)).isEqualTo(7);
        byte[] template = TestPackages.string(1, "{{Front}} 你好");
        assertThat(Protobuf.string(template, 1, "")).isEqualTo("{{Front}} 你好");
        assertThat(Protobuf.string(new byte[] {0x0a, 0x7f}, 1, "none")).isEqualTo("none"); // a length past the end
        assertThat(Protobuf.varint(new byte[] {(byte) 0xff, (byte) 0xff}, 1, 3)).isEqualTo(3);
        assertThat(Protobuf.varint(null, 1, 4)).isEqualTo(4);
    }
}
