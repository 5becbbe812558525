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
            for (String form : a.split("\\|")) {   // a count's forms (one|other) each take what the Chinese takes
                assertThat(placeholders(form)).as(t.name()).isEqualTo(placeholders(b));
            }
        }
        assertThat(zh.get(Messages.Text.AGAIN)).isEqualTo("重来");
        assertThat(zh.label(Messages.Text.ANSWER)).isEqualTo("答案：");
        assertThat(en.label(Messages.Text.ANSWER)).isEqualTo("Answer: ");
    }

    /** The placeholders of a pattern, in order of their types; {@code %2$s} (an argument by number) as {@code %s}. */
    private static java.util.List<String> placeholders(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%(\\d+\\$)?([-0-9.]*[a-z%])").matcher(s);
        while (m.find()) {
            out.add("%" + m.group(2));
        }
        return out.stream().sorted().toList();
    }

    /** Issue 18, item 16: counts take the noun's form for the number in English; Chinese has one form. */
    @Test
    void countsTakeRealPluralForms() {
        Messages en = Messages.english();
        Messages zh = new Messages(Messages.Lang.ZH);
        assertThat(en.count(Messages.Text.N_CARDS, 1)).isEqualTo("1 card");
        assertThat(en.count(Messages.Text.N_CARDS, 0)).isEqualTo("0 cards");
        assertThat(en.count(Messages.Text.N_DAYS, 1)).isEqualTo("1 day");
        assertThat(en.count(Messages.Text.N_FILES, 2)).isEqualTo("2 files");
        assertThat(zh.count(Messages.Text.N_CARDS, 1)).isEqualTo("1 张卡片");
        assertThat(zh.count(Messages.Text.N_DAYS, 3)).isEqualTo("3 天");
        assertThat(en.get(Messages.Text.ST_RECALL, "80.0%", "2 cards")).startsWith("Recall now: 80.0% on average over the 2 cards");
        assertThat(zh.get(Messages.Text.ST_RECALL, "80.0%", "2 张卡片")).startsWith("当前记得率：复习中的 2 张卡片平均 80.0%");
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

    @org.junit.jupiter.api.Test
    void cardTypesHaveNamesInBothLanguages() {
        for (cuecard.deck.CardType t : cuecard.deck.CardType.values()) {
            org.assertj.core.api.Assertions.assertThat(new Messages(Messages.Lang.ZH).typeName(t)).as(t.name()).matches("\\p{IsHan}+");
            org.assertj.core.api.Assertions.assertThat(Messages.english().typeName(t)).as(t.name()).matches("[a-z/]+");
        }
        org.assertj.core.api.Assertions.assertThat(new Messages(Messages.Lang.ZH).typeName(cuecard.deck.CardType.CLOZE)).isEqualTo("填空");
    }
}
