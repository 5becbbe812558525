package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the shared test corpus (real transcripts nobody tuned the generator to; read from
 * {@code ../shared/corpus}, never copied here): generation succeeds, the deck lints clean and obeys the card rules
 * (each answer on its cited line, no markup, no over-long prompt), no card holds a timestamp, URL, subtitle cue or
 * speaker label, and a Chinese deck keeps one script.
 */
class CorpusDecksTest {

    static final Path CORPUS = Path.of("../shared/corpus");
    private static final Pattern LEFTOVER = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}|\\[\\d{1,2}:\\d{2}|-->|https?://|\\*\\*|\\]\\(|<[a-z/]");
    /** Characters only the traditional script writes, and only the simplified one. */
    private static final String TRADITIONAL_ONLY = "這們來說會對時後還麼開關過實現發問題體點應當從與個國學長將無樣經動種機選進電話讓認識變邊氣";
    private static final String SIMPLIFIED_ONLY = "这们来说会对时后还么开关过实现发问题体点应当从与个国学长将无样经动种机选进电话让认识变边气";

    static Stream<String> texts() throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of("(none)");
        }
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.(md|vtt)")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aCorpusTextMakesACleanDeck(String name) {
        assumeTrue(Files.isDirectory(CORPUS), "the test corpus is not in ../shared/corpus; skipped");
        Path file = CORPUS.resolve(name);
        Deck deck = CardRules.generate(Generator.Settings.defaults(), file);
        // a deck may be empty (a conversation whose every candidate a gate stops): docs/generator-quality.md says which
        assertThat(CardRules.violations(deck, file)).as(name).isEmpty();
        for (Note n : deck.notes()) {
            String shown = CardRules.prompt(n) + " " + String.join(" ", CardRules.answers(n));
            assertThat(LEFTOVER.matcher(shown).find()).as("%s: %s", name, shown).isFalse();
            if (deck.language().equals("zh-Hans") || deck.language().equals("zh-Hant")) {
                String other = deck.language().equals("zh-Hans") ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
                List<Character> wrong = shown.chars().filter(c -> other.indexOf(c) >= 0).mapToObj(c -> (char) c).toList();
                assertThat(wrong).as("%s: characters of the other script in %s", name, shown).isEmpty();
            }
        }
    }
}
