package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A typed card's other usual forms of its answer, on invented sentences. */
class AcceptFormsTest {

    private static java.util.List<String> forms(String text, String answer) {
        Draft d = GatesTest.fact(text, answer).draft();
        return AcceptForms.of(d.fact(), d.answer());
    }

    @Test
    void aNumberWithAMagnitudeKeepsIt() {
        assertThat(forms("塔恩岛渡轮公司在2019年融资2亿美元。", "2亿美元")).contains("2亿").doesNotContain("2");
        assertThat(forms("The Tarn Island ferry company raised $24 million in 2019.", "$24 million")).contains("24 million")
                .doesNotContain("24");
    }

    @Test
    void aCountIsAlsoItsDigitsWithAndWithoutTheUnit() {
        // an English count asks the number; what is counted stays in the prompt ("bought ____ ferries")
        assertThat(GatesTest.fact("The Tarn Island ferry company bought six ferries in 2019.", "six").draft().prompt())
                .contains("bought ____ ferries");
        assertThat(forms("The Tarn Island ferry company bought six ferries in 2019.", "six")).contains("6");
        assertThat(forms("The Tarn Island ferry company sold 1,500 tickets in 2019.", "1,500")).contains("1500");
        assertThat(forms("塔恩岛渡轮公司在2019年买了四十艘渡轮。", "四十艘")).contains("40艘", "40");
    }

    @Test
    void aDateIsAlsoItsIsoForm() {
        assertThat(forms("塔恩岛渡轮公司在2015年6月1日成立，总部在北港。", "2015年6月1日")).contains("2015-06-01");
    }
}
