package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key-fact recall over our own interview: a list of the facts a reader should remember, written by hand from the
 * fixture, and how many of them the generated deck asks about (as an answer, an option's answer or a key fact).
 */
class RecallTest {

    private static final Map<String, List<String>> KEY_FACTS = Map.of(
            "interview-zh-hans.md", List.of("2015年6月1日", "18个月", "2017年9月", "4500米", "6小时", "320名", "2.4亿元", "35%",
                    "5000万美元", "Helen Park", "深海之光", "11000米"),
            "interview-en.md", List.of("June 1, 2015", "18 months", "September 2017", "4,500 meters", "six hours", "320 employees",
                    "$24 million", "35%", "$50 million", "Helen Park", "Light of the Deep", "11,000 meters"));

    @Test
    void coversFourKeyFactsInTen() {
        // precision first (issue 16): editor's notes, questions and unattributed first person make no card, so the
        // floor guards against regressions of the second design; the corpus figures are in docs/generator-quality.md
        for (var e : KEY_FACTS.entrySet()) {
            Path file = CardRules.FIXTURES.resolve(e.getKey());
            Deck deck = CardRules.generate(Generator.Settings.defaults(), file);
            List<String> answers = deck.notes().stream().flatMap(n -> CardRules.answers(n).stream()).toList();
            long found = e.getValue().stream().filter(k -> answers.stream().anyMatch(a -> CardRules.squeeze(a).contains(CardRules.squeeze(k))))
                    .count();
            assertThat(found).as("key facts of %s asked about (of %d)", e.getKey(), e.getValue().size())
                    .isGreaterThanOrEqualTo((long) Math.ceil(0.4 * e.getValue().size()));
        }
    }

    @Test
    void theAnswerListIsNotTrivial() {
        Deck deck = CardRules.generate(Generator.Settings.defaults(), CardRules.FIXTURES.resolve("interview-en.md"));
        assertThat(deck.notes()).extracting(Note::type).hasSizeGreaterThan(4);
    }
}
