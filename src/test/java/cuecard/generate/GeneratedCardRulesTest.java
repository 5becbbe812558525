package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cuecard.deck.CardType;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deckfile.DeckYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated card obeys the rules, over our own interviews and over the seed interviews. */
class GeneratedCardRulesTest {

    static Stream<String> fixtures() {
        return Stream.of("interview-zh-hans.md", "interview-zh-hans.txt", "interview-zh-hant.md", "interview-zh-hant.txt",
                "interview-en.md", "interview-en.txt");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void cardsFromOurInterviewsObeyTheRules(String name) {
        Path file = CardRules.FIXTURES.resolve(name);
        Deck deck = CardRules.generate(Generator.Settings.defaults(), file);
        // precision first: a short interview of a dozen facts keeps the ones that pass every gate (its "now" and
        // "last year" figures make no card: the stale-time gate; its editor's note neither: the editorial gate)
        assertThat(asked(deck)).as("facts asked (a cloze may ask several of one sentence)").isGreaterThanOrEqualTo(3);
        assertThat(CardRules.violations(deck, file)).isEmpty();
    }

    /** How many answers the deck asks for: a cloze's deletions each count, as do the other cards. */
    static int asked(Deck deck) {
        return deck.notes().stream().mapToInt(n -> CardRules.answers(n).size()).sum();
    }

    @Test
    void everyCardTypeAppearsAcrossOurInterviews() {
        Set<CardType> types = fixtures().map(n -> CardRules.FIXTURES.resolve(n))
                .flatMap(f -> CardRules.generate(Generator.Settings.defaults(), f).notes().stream())
                .map(Note::type).collect(Collectors.toSet());
        // true/false statements are not generated: a false one teaches a wrong fact to whoever misreads it
        assertThat(types).containsExactlyInAnyOrder(CardType.BASIC, CardType.CLOZE, CardType.CHOICE, CardType.TYPED);
    }

    @Test
    void theDocumentsScriptIsKept() {
        Deck hant = CardRules.generate(Generator.Settings.defaults(), CardRules.FIXTURES.resolve("interview-zh-hant.md"));
        Deck hans = CardRules.generate(Generator.Settings.defaults(), CardRules.FIXTURES.resolve("interview-zh-hans.md"));
        assertThat(hant.language()).isEqualTo("zh-Hant");
        assertThat(hans.language()).isEqualTo("zh-Hans");
        String hantText = DeckYaml.write(hant);
        assertThat(hantText).contains("周明遠").doesNotContain("周明远");
        assertThat(DeckYaml.write(hans)).contains("周明远").doesNotContain("周明遠");
    }

    @Test
    void theTwoRenderingsOfOneInterviewMergeIntoCardsCitingBoth() {
        Path hans = CardRules.FIXTURES.resolve("interview-zh-hans.md");
        Path hant = CardRules.FIXTURES.resolve("interview-zh-hant.txt");
        Deck both = CardRules.generate(Generator.Settings.defaults(), hans, hant);
        Deck one = CardRules.generate(Generator.Settings.defaults(), hans);
        assertThat(CardRules.violations(both, hans, hant)).isEmpty();
        Note date = both.notes().stream().filter(n -> n.info().id().equals("date-2015-06-01")).findFirst().orElseThrow();
        assertThat(date.info().explanation()).contains("interview-zh-hant");
        long dateCards = both.notes().stream().filter(n -> n.info().id().startsWith("date-2015-06-01")).count();
        assertThat(dateCards).isEqualTo(1);
        assertThat(both.notes().size()).isLessThan(one.notes().size() + 5);
        assertThat(both.sources()).hasSize(2);
    }

    @Test
    void maxCardsKeepsTheBestOnes() {
        Path file = CardRules.FIXTURES.resolve("interview-zh-hans.md");
        Deck all = CardRules.generate(Generator.Settings.defaults(), file);
        Deck five = CardRules.generate(new Generator.Settings(null, null, 5, null), file);
        assertThat(five.notes()).hasSize(5);
        Set<String> allIds = all.notes().stream().map(n -> n.info().id()).collect(Collectors.toSet());
        assertThat(five.notes()).allSatisfy(n -> assertThat(allIds).contains(n.info().id()));
        assertThat(five.notes()).anySatisfy(n -> assertThat(n.info().id()).isEqualTo("date-2015-06-01"));
    }

    static Stream<String> seeds() throws Exception {
        if (!Files.isDirectory(CardRules.SEEDS)) {
            return Stream.of();
        }
        try (Stream<Path> s = Files.list(CardRules.SEEDS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cardsFromEachSeedObeyTheRules(String name) {
        Path file = CardRules.SEEDS.resolve(name);
        Deck deck = CardRules.generate(Generator.Settings.defaults(), file);
        assertThat(asked(deck)).as("facts asked (a cloze may ask several of one sentence)").isGreaterThan(5);
        assertThat(CardRules.violations(deck, file)).isEmpty();
    }

    @Test
    void cardsFromAllSeedsTogetherObeyTheRules() throws Exception {
        List<String> names = seeds().toList();
        assumeTrue(!names.isEmpty(), "the seed interviews are not in ../shared/seeds; skipped");
        Path[] files = names.stream().map(CardRules.SEEDS::resolve).toArray(Path[]::new);
        Deck deck = CardRules.generate(Generator.Settings.defaults(), files);
        assertThat(CardRules.violations(deck, files)).isEmpty();
        assertThat(deck.notes()).anySatisfy(n -> assertThat(n.info().explanation()).isNotNull());
    }
}
