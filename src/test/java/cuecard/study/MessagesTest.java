package cuecard.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void theLanguageComesFromTheLocaleName() {
        assertThat(Messages.Lang.fromLocale("zh_CN.UTF-8")).isEqualTo(Messages.Lang.ZH);
        assertThat(Messages.Lang.fromLocale("zh")).isEqualTo(Messages.Lang.ZH);
        assertThat(Messages.Lang.fromLocale("en_US.UTF-8")).isEqualTo(Messages.Lang.EN);
        assertThat(Messages.Lang.fromLocale("C.UTF-8")).isEqualTo(Messages.Lang.EN);
        assertThat(Messages.Lang.fromLocale(null)).isEqualTo(Messages.Lang.EN);
    }

    @Test
    void everyTextHasBothLanguagesAndTheSamePlaceholders() {
        Messages en = new Messages(Messages.Lang.EN);
        Messages zh = new Messages(Messages.Lang.ZH);
        for (Messages.Text t : Messages.Text.values()) {
            String a = en.get(t);
            String b = zh.get(t);
            assertThat(a).isNotBlank();
            assertThat(b).isNotBlank();
            assertThat(placeholders(a)).as(t.name()).isEqualTo(placeholders(b));
        }
        assertThat(zh.get(Messages.Text.AGAIN)).isEqualTo("重来");
        assertThat(zh.label(Messages.Text.ANSWER)).isEqualTo("答案：");
        assertThat(en.label(Messages.Text.ANSWER)).isEqualTo("Answer: ");
    }

    private static String placeholders(String s) {
        return s.replaceAll("[^%]*(%[-0-9.]*[a-z%])?", "$1");
    }

    @Test
    void intervalsAreShort() {
        Messages en = Messages.english();
        assertThat(en.interval(Duration.ofSeconds(20))).isEqualTo("now");
        assertThat(en.interval(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(en.interval(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(en.interval(Duration.ofDays(3))).isEqualTo("3 d");
        assertThat(en.interval(Duration.ofDays(90))).isEqualTo("3.0 mo");
        assertThat(new Messages(Messages.Lang.ZH).interval(Duration.ofDays(3))).isEqualTo("3天");
    }
}
