package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relative times resolved against the document's date. */
class TimeAnchorTest {

    @Test
    void readsTheDateFormsDocumentsUse() {
        assertThat(TimeAnchor.of("2019-02-07")).isEqualTo(new TimeAnchor(2019, 2));
        assertThat(TimeAnchor.of("2020-01-09T12:01:53+08:00")).isEqualTo(new TimeAnchor(2020, 1));
        assertThat(TimeAnchor.of("4 November 2013")).isEqualTo(new TimeAnchor(2013, 11));
        assertThat(TimeAnchor.of("March 3, 2021")).isEqualTo(new TimeAnchor(2021, 3));
        assertThat(TimeAnchor.of("2018年6月10日")).isEqualTo(new TimeAnchor(2018, 6));
        assertThat(TimeAnchor.of("2015")).isEqualTo(new TimeAnchor(2015, 0));
    }

    @Test
    void absurdOrMissingDatesAnchorNothing() {
        assertThat(TimeAnchor.of(null)).isNull();
        assertThat(TimeAnchor.of("someday")).isNull();
        assertThat(TimeAnchor.of("300000000-01-01")).isNull();
        assertThat(TimeAnchor.of("2019-13-01")).isNull();
    }

    @Test
    void yearWordsBecomeTheYearsTheyMean() {
        TimeAnchor a = new TimeAnchor(2019, 2);
        assertThat(a.years("他今年65岁，去年退休，明年想去冰岛。", true)).isEqualTo("他2019年65岁，2018年退休，2020年想去冰岛。");
        assertThat(a.years("The ferry opened last year and will close next year.", false))
                .isEqualTo("The ferry opened in 2018 and will close in 2020.");
    }

    @Test
    void thePresentIsSaidAsOfTheDocumentsMonth() {
        assertThat(new TimeAnchor(2013, 11).asOf(false)).isEqualTo("As of November 2013, ");
        assertThat(new TimeAnchor(2019, 2).asOf(true)).isEqualTo("截至2019年2月，");
        assertThat(new TimeAnchor(2015, 0).asOf(true)).isEqualTo("截至2015年，");
        assertThat(TimeAnchor.present("渡轮目前每天三班", true)).isTrue();
        assertThat(TimeAnchor.present("The ferry knows nothing of it", false)).isFalse();
    }
}
