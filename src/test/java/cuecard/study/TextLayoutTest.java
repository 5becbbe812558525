package cuecard.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void cjkAndFullWidthTakeTwoColumns() {
        assertThat(TextLayout.width("abc")).isEqualTo(3);
        assertThat(TextLayout.width("北京")).isEqualTo(4);
        assertThat(TextLayout.width("ＡＢ")).isEqualTo(4);
        assertThat(TextLayout.width("。")).isEqualTo(2);
        assertThat(TextLayout.width("e\u0301")).isEqualTo(1);
        assertThat(TextLayout.width("𠀀")).isEqualTo(2);
    }

    @Test
    void latinWrapsAtSpaces() {
        assertThat(TextLayout.wrap("the quick brown fox", 10)).containsExactly("the quick", "brown fox");
    }

    @Test
    void cjkWrapsBetweenCharactersWithinTheWidth() {
        List<String> lines = TextLayout.wrap("中国的首都是北京", 7);
        assertThat(lines).containsExactly("中国的", "首都是", "北京");
        assertThat(lines).allSatisfy(l -> assertThat(TextLayout.width(l)).isLessThanOrEqualTo(7));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // 6 columns hold three characters; the 。 would start the second line, so 都 moves down with it
        List<String> lines = TextLayout.wrap("首都是北京。好", 6);
        assertThat(lines).noneSatisfy(l -> assertThat(TextLayout.isClosing(l.codePointAt(0))).isTrue());
        assertThat(String.join("", lines)).isEqualTo("首都是北京。好");
        for (String text : List.of("你好，世界。今天「天气」很好！我们去公园吧？", "一二三，四五六、七八九）十")) {
            for (int w = 4; w < 16; w++) {
                for (String l : TextLayout.wrap(text, w)) {
                    assertThat(TextLayout.isClosing(l.codePointAt(0))).as("%s at %d: %s", text, w, l).isFalse();
                    assertThat(TextLayout.width(l)).isLessThanOrEqualTo(w);
                }
            }
        }
    }

    @Test
    void openingPunctuationStaysWithWhatFollows() {
        List<String> lines = TextLayout.wrap("他说「你好」", 6);
        assertThat(lines).noneSatisfy(l -> assertThat(l).endsWith("「"));
    }

    @Test
    void aLongWordIsCutButNoCharacterIsSplit() {
        assertThat(TextLayout.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(TextLayout.wrap("a𠀀𠀀b", 3)).containsExactly("a𠀀", "𠀀b");
    }

    @Test
    void newlinesAreKept() {
        assertThat(TextLayout.wrap("one\n\ntwo", 20)).containsExactly("one", "", "two");
    }

    @Test
    void fitAndPadCountColumns() {
        assertThat(TextLayout.fit("北京abc", 3)).isEqualTo("北");
        assertThat(TextLayout.pad("北", 4)).isEqualTo("北  ");
    }

    @Test
    void ellipsizeCutsByColumnsAndSaysSo() {
        assertThat(TextLayout.ellipsize("short", 10)).isEqualTo("short");
        assertThat(TextLayout.ellipsize("Spaced repetition, briefly", 10)).isEqualTo("Spaced re…");
        assertThat(TextLayout.ellipsize("奥特曼彭博社专访", 7)).isEqualTo("奥特曼…");
        assertThat(TextLayout.width(TextLayout.ellipsize("奥特曼彭博社专访", 7))).isLessThanOrEqualTo(7);
    }

    @Test
    void theWindowStaysInRange() {
        TextLayout.Window w = TextLayout.Window.top(10, 4);
        assertThat(w.moreAbove()).isFalse();
        assertThat(w.moreBelow()).isTrue();
        w = w.scroll(100);
        assertThat(w.offset()).isEqualTo(6);
        assertThat(w.moreBelow()).isFalse();
        assertThat(w.visible(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))).containsExactly(6, 7, 8, 9);
        assertThat(w.scroll(-100).offset()).isZero();
        assertThat(new TextLayout.Window(10, 20, w.offset()).offset()).as("a body that now fits").isZero();
    }
}
