package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFourCharactersThatBreakHtml() {
        assertThat(Html.escape("a < b && \"c\" > d")).isEqualTo("a &lt; b &amp;&amp; &quot;c&quot; &gt; d");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void leavesOtherTextAlone() {
        String plain = "It's 你好, 'quoted' and\nbroken";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape("")).isEmpty();
        assertThat(Html.escape("x<")).isEqualTo("x&lt;");
    }
}
