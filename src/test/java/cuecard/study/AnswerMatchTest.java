package cuecard.study;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.study.AnswerMatch.Outcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerMatchTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // typed, expected, outcome
                Arguments.of("Hermann Ebbinghaus", "Hermann Ebbinghaus", Outcome.EXACT),
                Arguments.of("  hermann   EBBINGHAUS. ", "Hermann Ebbinghaus", Outcome.EXACT),
                Arguments.of("Ｈｅｒｍａｎｎ　Ｅｂｂｉｎｇｈａｕｓ", "Hermann Ebbinghaus", Outcome.EXACT),
                Arguments.of("Hermann Ebinghaus", "Hermann Ebbinghaus", Outcome.TYPO),
                Arguments.of("Hermann Ebbignhaus", "Hermann Ebbinghaus", Outcome.TYPO),
                Arguments.of("Leitner", "Leitner", Outcome.EXACT),
                Arguments.of("Lietner", "Leitner", Outcome.TYPO),
                Arguments.of("cat", "car", Outcome.WRONG),       // a short word that differs is another word
                Arguments.of("Ebinghaus", "Ebbinghaus", Outcome.TYPO),
                Arguments.of("Ebnighuas", "Ebbinghaus", Outcome.NEAR_MISS),
                Arguments.of("dog", "car", Outcome.WRONG),
                Arguments.of("Piotr Wozniak", "Piotr Woźniak", Outcome.TYPO),
                Arguments.of("Anki", "SuperMemo", Outcome.WRONG),
                // numbers: digits exactly, Chinese numerals and units
                Arguments.of("1987", "1987", Outcome.EXACT),
                Arguments.of("1978", "1987", Outcome.WRONG),
                Arguments.of("100亿美元", "10,000,000,000美元", Outcome.EXACT),
                Arguments.of("一百亿美元", "10000000000美元", Outcome.EXACT),
                Arguments.of("1万亿", "一万亿", Outcome.EXACT),
                Arguments.of("1.5万", "15000", Outcome.EXACT),
                Arguments.of("三千五百万", "35,000,000", Outcome.EXACT),
                Arguments.of("一亿两千万", "120000000", Outcome.EXACT),
                Arguments.of("一百零五", "105", Outcome.EXACT),
                Arguments.of("二〇二二年", "2022年", Outcome.EXACT),
                Arguments.of("90%", "0.9", Outcome.EXACT),
                Arguments.of("10亿美元", "100亿美元", Outcome.NEAR_MISS),
                Arguments.of("2022年11月20日", "2022年11月20日", Outcome.EXACT),
                Arguments.of("2022年11月二十日", "2022年11月20日", Outcome.EXACT),
                Arguments.of("2022年11月30日", "2022年11月20日", Outcome.NEAR_MISS),
                Arguments.of("2022年12月20日", "2022年11月20日", Outcome.NEAR_MISS),
                Arguments.of("FSRS-6", "fsrs 6", Outcome.EXACT),
                Arguments.of("FSRS-5", "FSRS-6", Outcome.NEAR_MISS),
                // Chinese text: traditional and simplified, full-width punctuation
                Arguments.of("臺灣", "台湾", Outcome.EXACT),
                Arguments.of("開發者大會。", "开发者大会", Outcome.EXACT),
                Arguments.of("「人工智能」", "人工智能", Outcome.EXACT),
                Arguments.of("北京", "背景", Outcome.WRONG),
                Arguments.of("电视", "电脑", Outcome.WRONG),           // issue 18, item 19: another word, not "Almost"
                Arguments.of("人工智慧", "人工智能", Outcome.TYPO),
                Arguments.of("", "anything", Outcome.WRONG),
                Arguments.of("?!", "anything", Outcome.WRONG));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @MethodSource("cases")
    void table(String typed, String expected, Outcome outcome) {
        assertThat(AnswerMatch.check(typed, expected, List.of()).outcome()).isEqualTo(outcome);
    }

    @Test
    void theDatesDifferAndTheDifferenceIsNamed() {
        AnswerMatch m = AnswerMatch.check("2022年11月30日", "2022年11月20日", List.of());
        assertThat(m.accepted()).isFalse();
        assertThat(m.differences()).containsExactly(new AnswerMatch.Difference("30", "20"));
    }

    @Test
    void aTypoIsAcceptedButShown() {
        AnswerMatch m = AnswerMatch.check("Ebinghaus", "Ebbinghaus", List.of());
        assertThat(m.accepted()).isTrue();
        assertThat(m.differences()).containsExactly(new AnswerMatch.Difference("ebinghaus", "ebbinghaus"));
    }

    /** Issue 18, item 19: the message shows the words as typed, spaces kept ("ninty percent", not "nintypercent"). */
    @Test
    void theDifferenceKeepsTheSpacesBetweenWords() {
        AnswerMatch m = AnswerMatch.check("ninty  percent", "ninety percent", List.of());
        assertThat(m.outcome()).isEqualTo(Outcome.TYPO);
        assertThat(m.differences()).containsExactly(new AnswerMatch.Difference("ninty percent", "ninety percent"));
    }

    @Test
    void alternativesAreTriedAndTheBestWins() {
        AnswerMatch m = AnswerMatch.check("ninety percent", "90%", List.of("90", "0.9", "ninety percent"));
        assertThat(m.outcome()).isEqualTo(Outcome.EXACT);
        assertThat(m.expected()).isEqualTo("ninety percent");
        assertThat(AnswerMatch.check("80", "90%", List.of("90")).accepted()).isFalse();
    }

    @Test
    void digitsInsideWordsAreNeverForgiven() {
        assertThat(AnswerMatch.check("ISO 8602", "ISO 8601", List.of()).accepted()).isFalse();
        assertThat(AnswerMatch.check("version 10", "version 1", List.of()).accepted()).isFalse();
    }

    @Test
    void theTypoBoundGrowsWithLength() {
        assertThat(AnswerMatch.typoBound("abc")).isZero();
        assertThat(AnswerMatch.typoBound("abcd")).isEqualTo(1);
        assertThat(AnswerMatch.typoBound("abcdefgh")).isEqualTo(2);
        assertThat(AnswerMatch.typoBound("a".repeat(40))).isEqualTo(3);
    }
}
