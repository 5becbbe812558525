package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.study.DeckOverview;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The study program's state: what keys change, kept within what there is to show (issue 21, item 8). */
class StudyAppModelTest {

    @Test
    void scrollingStaysWithinTheBody() {
        StudyAppModel model = new StudyAppModel(List.of());
        model.scrollBy(50, 30, 10);
        assertThat(model.scroll()).as("past the end: the last page").isEqualTo(20);
        model.scrollBy(-1, 30, 10);
        assertThat(model.scroll()).as("one up from the last page, however far down was asked").isEqualTo(19);
        model.scrollBy(-100, 30, 10);
        assertThat(model.scroll()).isZero();
        model.scrollBy(5, 8, 10);
        assertThat(model.scroll()).as("a body that fits does not scroll").isZero();
    }

    @Test
    void anOverlayKeepsTheCardsOffsetForWhenItCloses() {
        StudyAppModel model = new StudyAppModel(List.of());
        model.scrollBy(7, 40, 10);
        model.openOverlay(StudyAppModel.Overlay.HELP);
        assertThat(model.scroll()).isZero();
        model.scrollBy(3, 40, 10);
        model.closeOverlay();
        assertThat(model.overlay()).isEqualTo(StudyAppModel.Overlay.NONE);
        assertThat(model.scroll()).isEqualTo(7);
    }

    @Test
    void thePickerSelectionStaysOnARow() {
        StudyAppModel model = new StudyAppModel(List.of());
        DeckOverview row = new DeckOverview("d", "D", 1, 0, 0, 1, Double.NaN, Optional.empty());
        model.picker(List.of(row, row, row));
        model.select(9);
        assertThat(model.selected()).isEqualTo(2);
        model.picker(List.of(row));
        assertThat(model.selected()).as("fewer rows after a reload").isZero();
        model.select(-1);
        assertThat(model.selected()).isZero();
        assertThat(model.brokenSelected()).isFalse();
    }

    @Test
    void backspaceTakesAWholeCharacter() {
        StudyAppModel model = new StudyAppModel(List.of());
        for (char ch : "北京😀".toCharArray()) {
            model.type(ch);
        }
        model.backspace();
        assertThat(model.input()).isEqualTo("北京");
        assertThat(model.takeInput()).isEqualTo("北京");
        assertThat(model.input()).isEmpty();
    }
}
