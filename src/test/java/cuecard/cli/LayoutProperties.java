package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLayout;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * add and fmt on decks laid out in many ways (indentation, flow cards, comments, blank lines, line breaks): the
 * result loads with the same cards, and the original text is all still there, only added to.
 */
class LayoutProperties {

    /** A deck text and the deck it holds. */
    record Laid(String text, Deck deck) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Property(tries = 200)
    void fmtOnlyInsertsIds(@ForAll("laidOut") Laid laid) {
        String updated = FmtCommand.withIds(laid.text(), laid.deck());
        Deck after = load(updated);
        assertThat(after.cards().stream().map(Card::key).toList())
                .isEqualTo(laid.deck().cards().stream().map(Card::key).toList());
        assertThat(after.notes()).allSatisfy(n -> assertThat(n.info().id()).isNotNull());
        String stripped = updated.replaceAll("\\r?\\n *id: [a-z]+-[0-9a-f]{10}", "").replaceAll(", id: [a-z]+-[0-9a-f]{10}", "");
        assertThat(stripped).isEqualTo(laid.text());
    }

    @Property(tries = 200)
    void addOnlyAppendsOneCard(@ForAll("laidOut") Laid laid, @ForAll("notes") Note extra) {
        String updated = cuecard.deckfile.DeckAppend.append(DeckLayout.of(laid.text()).orElseThrow(), extra);
        DeckResult r = DeckLoader.parse(updated, "t.yaml");
        Assume.that(r instanceof DeckResult.Ok || !r.problems().stream().allMatch(e -> e.message().contains("is already used")));
        Deck after = load(updated);
        List<Note> before = ImportExportTest.content(laid.deck(), false);
        List<Note> now = ImportExportTest.content(after, false);
        if (!now.subList(0, before.size()).equals(before)) {
            // only a block scalar cut off by the end of the file can change; `add` refuses that case with exit 3
            assertThat(laid.text()).doesNotEndWith("\n");
            return;
        }
        assertThat(now.get(now.size() - 1)).isEqualTo(ImportExportTest.content(
                new Deck("d", "d", null, null, List.of(), List.of(), List.of(extra), null), false).get(0));
        String original = laid.text();
        int prefix = 0;
        while (prefix < original.length() && original.charAt(prefix) == updated.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < original.length() - prefix
                && original.charAt(original.length() - 1 - suffix) == updated.charAt(updated.length() - 1 - suffix)) {
            suffix++;
        }
        assertThat(prefix + suffix).as("one contiguous insertion").isEqualTo(original.length());
    }

    private static Deck load(String text) {
        DeckResult r = DeckLoader.parse(text, "t.yaml");
        assertThat(r).as("%s\n%s", r.problems(), text).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    @Provide
    Arbitrary<Note> notes() {
        return Arbitraries.oneOf(
                Combinators.combine(text(), text(), Arbitraries.of(true, false))
                        .as((f, b, r) -> (Note) new Note.Basic(info(null), f, b, r)),
                text().map(t -> (Note) new Note.Cloze(info(null), "x {{" + t.replace("}", ")").replace(":", ";") + "}}")),
                Combinators.combine(text(), text(), text()).as((q, a, d) -> (Note) new Note.Choice(info(null), q, a + "1", List.of(d + "2"))),
                Combinators.combine(text(), text()).as((q, a) -> (Note) new Note.Typed(info(null), q, a, List.of())),
                Combinators.combine(text(), Arbitraries.of(true, false)).as((s, a) -> (Note) new Note.TrueFalse(info(null), s, a)));
    }

    private static cuecard.deck.NoteInfo info(String id) {
        return new cuecard.deck.NoteInfo(id, List.of(), null, null, null);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcXY12 :#-'\"\n中").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.isBlank()).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Laid> laidOut() {
        Arbitrary<int[]> indent = Arbitraries.of(new int[] {0, 2}, new int[] {2, 4}, new int[] {4, 6}, new int[] {2, 6},
                new int[] {1, 3});
        Arbitrary<List<Integer>> styles = Arbitraries.integers().between(0, 9).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(notes().list().ofMinSize(1).ofMaxSize(6), indent, styles,
                Arbitraries.of("\n", "\r\n"), Arbitraries.of(true, false), Arbitraries.of("", "# the end\n", "\n\n", "sources: []\n"))
                .as((notes, in, style, nl, finalBreak, tail) -> {
                    StringBuilder sb = new StringBuilder("# yaml-language-server: $schema=x\ndeck: d   # id\ncards:\n");
                    for (int i = 0; i < notes.size(); i++) {
                        int s = style.get(i % style.size());
                        if (s == 1) {
                            sb.append(" ".repeat(in[0])).append("# comment before a card\n");
                        } else if (s == 2) {
                            sb.append('\n');
                        } else if (s == 3) {
                            sb.append("# a comment at column 0\n\n");
                        }
                        Note n = notes.get(i);
                        if (s == 4) {
                            sb.append(" ".repeat(in[0])).append("- ").append(DeckYaml.flowCard(n)).append('\n');
                        } else {
                            sb.append(DeckYaml.card(n, in[0], in[1])).append(s == 5 ? "   # trailing\n" : "\n");
                        }
                    }
                    sb.append(tail.startsWith("sources") ? "" : tail);
                    if (tail.startsWith("sources")) {
                        sb.append(tail);
                    }
                    String text = sb.toString();
                    if (!finalBreak) {
                        text = text.replaceAll("\n+$", "");
                    }
                    text = text.replace("\n", nl);
                    return text;
                })
                .map(text -> {
                    DeckResult r = DeckLoader.parse(text, "t.yaml");
                    return r instanceof DeckResult.Ok ok ? new Laid(text, ok.deck()) : null;
                })
                .filter(l -> l != null);
    }
}
