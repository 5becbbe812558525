package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SRT and WebVTT files: cues joined into sentences, timing and tags dropped, lines kept. */
class SubtitleReaderTest {

    private static Document read(String text) {
        return DocumentReader.read(new InputText("s", "s.vtt", text), null);
    }

    @Test
    void webVttCuesJoinIntoSentencesAcrossCues() {
        Document d = read("""
                WEBVTT
                Kind: captions
                Language: en

                NOTE made by hand

                00:00:00.000 --> 00:00:04.000
                <v Ada Moss>Hello, my name is Ada and this talk is about

                00:00:04.000 --> 00:00:08.500 align:start position:0%
                <c>window managers.</c> They are small programs. Mine

                intro-3
                00:00:08.500 --> 00:00:12.000
                <v Ada Moss>started in 2019 as a toy.</v>
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly(
                "Hello, my name is Ada and this talk is about window managers.", "They are small programs.",
                "Mine started in 2019 as a toy.");
        assertThat(d.passages()).allMatch(p -> p.role() == Role.TEXT);
        Passage first = d.passages().get(0);
        assertThat(first.lineAt(0)).isEqualTo(8);
        assertThat(first.lineAt(first.text().indexOf("window"))).isEqualTo(11);
        Passage third = d.passages().get(2);
        assertThat(third.lineAt(0)).isEqualTo(11);
        assertThat(third.lineAt(third.text().indexOf("started"))).isEqualTo(15);
        assertThat(d.passages()).allMatch(p -> "Ada Moss".equals(p.speaker()));
        assertThat(d.language()).isEqualTo(Language.EN);
    }

    @Test
    void srtCueNumbersAndTimingLinesAreDroppedAndChineseJoinsWithoutSpaces() {
        Document d = read("""
                1
                00:00:01,000 --> 00:00:03,200
                我们的工作室成立于

                2
                00:00:03,200 --> 00:00:06,000
                2016年，一开始只有三个人。

                3
                00:00:06,000 --> 00:00:08,000
                <i>现在有四十人。</i>
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("我们的工作室成立于2016年，一开始只有三个人。", "现在有四十人。");
        assertThat(d.passages().get(0).lineAt(d.passages().get(0).text().indexOf("2016"))).isEqualTo(7);
        assertThat(d.language()).isEqualTo(Language.ZH_HANS);
        assertThat(d.passages()).noneMatch(p -> p.text().contains("-->") || p.text().matches(".*\\d{2}:\\d{2}.*"));
    }

    @Test
    void aRepeatedRollingCaptionLineIsReadOnce() {
        Document d = read("""
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                the harbour was built

                00:00:02.000 --> 00:00:04.000
                the harbour was built
                in 1870 by the town.
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("the harbour was built in 1870 by the town.");
    }

    @Test
    void plainTextWithATimeIsNoSubtitle() {
        Document d = read("1\n\nThe meeting starts at 00:00:01,000 sharp.\n");
        assertThat(d.passages()).extracting(Passage::text).contains("The meeting starts at 00:00:01,000 sharp.");
    }

    @Test
    void characterReferencesInCuesAreDecodedOnce() {
        Document d = read("""
                WEBVTT

                00:00:00.000 --> 00:00:04.000
                Tom &amp; Jerry wrote &amp;lt;b&amp;gt; and &#8220;quotes&#8221; in 2019.
                """);
        assertThat(d.passages()).extracting(Passage::text)
                .containsExactly("Tom & Jerry wrote &lt;b&gt; and \u201cquotes\u201d in 2019.");
    }
}
