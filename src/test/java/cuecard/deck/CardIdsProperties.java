package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written normalisation of prompts gives exactly what the plain definition gives, so card ids never move. */
class CardIdsProperties {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The definition: NFKC, lower case, runs of white space folded to one space, trimmed. */
    private static String reference(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").trim();
    }

    @Provide
    Arbitrary<String> prompts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(List.of(
                Arbitraries.chars().ascii(),
                Arbitraries.of(' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u2028', '\u001C', '\u0000'),
                Arbitraries.of('Ａ', 'ﬁ', 'É', 'é', 'İ', 'ß', 'Σ', '中', '國', '①', '㍻', '½', 'ｶ', 'ﾞ')));
        return chars.list().ofMaxSize(40).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 3000)
    void normaliseEqualsTheDefinition(@ForAll("prompts") String text) {
        assertThat(CardIds.normalise(text)).isEqualTo(reference(text));
    }

    @Example
    void spacesAndCaseFold() {
        assertThat(CardIds.normalise("  Capital\t\tof\n France? ")).isEqualTo("capital of france?");
        assertThat(CardIds.normalise("ＡＢ　c")).isEqualTo(reference("ＡＢ　c"));
    }

    @Property(tries = 300)
    void siblingGroupsAreTheNotesIds(@ForAll("prompts") String text, @ForAll boolean reverse) {
        if (text.isBlank()) {
            return;
        }
        NoteInfo info = NoteInfo.bare(Location.of("x.yaml"));
        Note basic = new Note.Basic(info, text, "back", reverse);
        Note cloze = new Note.Cloze(info, "a {{" + text.replace("}", "") + "}} and {{b}}");
        for (Note note : List.of(basic, cloze)) {
            for (Card c : Card.of("d", note)) {
                assertThat(c.siblingGroup()).isEqualTo("d/" + CardIds.of(note));
            }
        }
    }
}
