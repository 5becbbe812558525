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

    @Test
    void decodesEachReferenceOnceAndLeavesUnknownOnesAlone() {
        assertThat(Html.decode("Q&amp;A &lt;b&gt; &#8217; &#x4E2D; &nbsp;")).isEqualTo("Q&A <b> \u2019 \u4E2D  ");
        assertThat(Html.decode("&amp;lt;")).as("decoded once, not twice").isEqualTo("&lt;");
        assertThat(Html.decode("&bogus; &#xFFFFFF;")).isEqualTo("&bogus; &#xFFFFFF;");
        assertThat(Html.decode(Html.escape("a < \"b\" & c"))).isEqualTo("a < \"b\" & c");
    }
}
