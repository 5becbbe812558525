package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({
        "四, 4", "十, 10", "十二, 12", "二十, 20", "两千三百, 2300", "兩千, 2000", "一百零五, 105",
        "1亿, 100000000", "1.5亿, 150000000", "100亿, 10000000000", "7万亿, 7000000000000", "7萬億, 7000000000000",
        "一亿二千万, 120000000", "172万, 1720000", "20万, 200000", "十亿, 1000000000", "三千万, 30000000",
        "2.4亿, 240000000", "'1,000', 1000", "10000, 10000", "一万亿, 1000000000000", "一百零五万, 1050000"
    })
    void parsesMixedNumerals(String text, String expected) {
        assertThat(ChineseNumber.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"abc", "亿万富翁的", "''"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(ChineseNumber.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0, 零", "4, 四", "10, 十", "12, 十二", "20, 二十", "35, 三十五", "99, 九十九"})
    void formatsSmallNumbers(int n, String expected) {
        assertThat(ChineseNumber.format(n)).isEqualTo(expected);
        assertThat(ChineseNumber.parse(expected)).isEqualByComparingTo(BigDecimal.valueOf(n));
    }
}
