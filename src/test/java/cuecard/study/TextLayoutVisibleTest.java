package cuecard.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayoutVisibleTest {

    @Test
    void controlsAreEscapedNewlinesTabsAndTextAreNot() {
        assertThat(TextLayout.visible("a\u001b]0;t\u0007b")).isEqualTo("a\\u001b]0;t\\u0007b");
        assertThat(TextLayout.visible("\u007f\u0085\u009b\r")).isEqualTo("\\u007f\\u0085\\u009b\\u000d");
        String plain = "line\n\ttab 中文 é";
        assertThat(TextLayout.visible(plain)).isSameAs(plain);
    }

    @Test
    void wrappingMeasuresTheEscapedText() {
        assertThat(TextLayout.wrap("ab\u001bcd", 80)).containsExactly("ab\\u001bcd");
    }
}
