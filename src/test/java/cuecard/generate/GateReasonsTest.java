package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every gate and every selection note has its Chinese line for a Chinese interface. */
class GateReasonsTest {

    @Test
    void everyGateHasAChineseReason() {
        assertThat(Gates.ALL).allSatisfy(g -> assertThat(GateReasons.chinese(g.name())).as(g.name()).isNotBlank());
    }

    @Test
    void selectionNotesAreWordedInChinese() {
        assertThat(GateReasons.chineseNote("its sentence already has a better card")).isEqualTo("同一句话已有更好的卡片");
        assertThat(GateReasons.chineseNote("salience 0.05 below 0.1")).startsWith("句子的重要性低于选卡下限");
        assertThat(GateReasons.chineseNote("something new")).isEqualTo("something new");
        for (String note : java.util.List.of(Selection.SAME_FACT_ELSEWHERE, Selection.SAME_FACT, Selection.SAME_SENTENCE,
                Selection.SHOWS_EACH_OTHER, Selection.OVER_MAX)) {
            assertThat(GateReasons.chineseNote(note)).as(note).matches(".*\\p{IsHan}.*");
        }
    }
}
