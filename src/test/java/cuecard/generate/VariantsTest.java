package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariantsTest {

    private static Fact only(String text, FactKind kind) {
        return FactFinder.find(DocumentReader.read(new InputText("t", "t.txt", text), null)).stream()
                .filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void wrongValuesKeepTheFormat() {
        assertThat(Variants.of(only("消息在2022年11月30日公布。", FactKind.DATE), 3, 7))
                .hasSize(3).allMatch(v -> v.matches("\\d{4}年\\d{1,2}月\\d{1,2}日")).doesNotContain("2022年11月30日");
        assertThat(Variants.of(only("这件事持续了四天，大家都很累。", FactKind.DURATION), 3, 7))
                .hasSize(3).allMatch(v -> v.matches("[一二两三四五六七八九十]+天"));
        assertThat(Variants.of(only("基金约有 1.75 亿美元可以投资。", FactKind.MONEY), 3, 7))
                .hasSize(3).allMatch(v -> v.matches("\\d+(\\.\\d+)?亿美元")).doesNotContain("1.75亿美元");
        assertThat(Variants.of(only("Revenue was $24 million last year.", FactKind.MONEY), 3, 7))
                .hasSize(3).allMatch(v -> v.matches("\\$\\d+ million"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 99, -5})
    void variantsAreDistinctDeterministicAndNeverTheAnswer(long seed) {
        Fact f = only("公司现在有 320 名员工。", FactKind.COUNT);
        List<String> a = Variants.of(f, 3, seed);
        assertThat(a).doesNotHaveDuplicates().doesNotContain(f.surface()).hasSize(3);
        assertThat(Variants.of(f, 3, seed)).isEqualTo(a);
    }

    @Test
    void percentagesStayWithinAHundred() {
        assertThat(Variants.of(only("其中 98% 来自海外。", FactKind.PERCENT), 4, 1))
                .allSatisfy(v -> assertThat(Double.parseDouble(v.replace("%", ""))).isBetween(0.0, 100.0));
    }
}
