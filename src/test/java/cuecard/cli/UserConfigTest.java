package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserConfigTest {

    private static final Path HOME = Path.of("/home/learner");

    @Test
    void emptyFileGivesTheDefaults() {
        UserConfig c = UserConfig.parse("  \n", "config.yaml", HOME);
        assertThat(c).isEqualTo(UserConfig.defaults());
        assertThat(c.presetOf("any-deck").retention()).isEqualTo(0.9);
        assertThat(c.dayStartHour()).isEqualTo(4);
    }

    @Test
    void readsEverySetting() {
        UserConfig c = UserConfig.parse("""
                deck-folders: [~/decks, /srv/shared]
                language: zh
                new-per-day: 5
                reviews-per-day: 50
                day-start-hour: 3
                leech-lapses: 6
                presets:
                  exam: {retention: 0.95, maximum-interval: 365, scheduler: sm2}
                decks:
                  history: exam
                """, "config.yaml", HOME);
        assertThat(c.deckFolders()).containsExactly(HOME.resolve("decks"), Path.of("/srv/shared"));
        assertThat(c.language()).isEqualTo("zh");
        assertThat(c.newPerDay()).isEqualTo(5);
        assertThat(c.reviewsPerDay()).isEqualTo(50);
        assertThat(c.dayStartHour()).isEqualTo(3);
        assertThat(c.leechLapses()).isEqualTo(6);
        assertThat(c.presetOf("history")).isEqualTo(new UserConfig.Preset("exam", 0.95, 365, "sm2", null, null));
        assertThat(c.presetOf("other").name()).isEqualTo("default");
    }

    @Test
    void dailyLimitsArePerDeckFromItsPresetWithAnOptionalTotal() {
        UserConfig c = UserConfig.parse("""
                new-per-day: 20
                reviews-per-day: 200
                total-new-per-day: 30
                presets:
                  light: {new-per-day: 5}
                decks:
                  history: light
                """, "config.yaml", HOME);
        cuecard.schedule.DailyLimits limits = c.limits();
        assertThat(limits.of("history")).isEqualTo(new cuecard.schedule.DailyLimits.Limit(5, 200));
        assertThat(limits.of("words")).isEqualTo(new cuecard.schedule.DailyLimits.Limit(20, 200));
        assertThat(limits.total().newCards()).isEqualTo(30);
        assertThat(limits.total().reviews()).isEqualTo(Integer.MAX_VALUE);
        assertThat(UserConfig.defaults().limits().total()).isEqualTo(cuecard.schedule.DailyLimits.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "presets: {a: {new-per-day: -1}}   | config.yaml:1:28: error: expected a whole number from 0 to 100000",
        "new-per-day: many                 | config.yaml:1:14: error: expected a whole number",
        "day-start-hour: 24                | config.yaml:1:17: error: expected a whole number from 0 to 23",
        "colour: blue                      | config.yaml:1:1: error: unknown setting `colour`",
        "presets: {a: {retention: 2}}      | config.yaml:1:26: error: retention must be between 0.70 and 0.99",
        "decks: {x: nowhere}               | deck `x` names the preset `nowhere`",
        "language: fr                      | config.yaml:1:11: error: language must be `en` or `zh`",
        "'!!java.io.File [a]'              | config.yaml:1:1: error: the tag `!!java.io.File` is not allowed",
        "[1, 2]                            | config.yaml:1:1: error: the settings file must be a mapping",
        "a: [                              | config.yaml:1:5: error: YAML syntax",
    })
    void badSettingsAreLocatedErrors(String text, String message) {
        assertThatThrownBy(() -> UserConfig.parse(text, "config.yaml", HOME))
                .isInstanceOf(UserError.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    }

    @Test
    void globalTagsAreRefused() {
        assertThatThrownBy(() -> UserConfig.parse("language: !!java.io.File en\n", "config.yaml", HOME))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("config.yaml:1:11")
                .hasMessageContaining("is not allowed");
    }
}
