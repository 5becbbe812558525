package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metadata and credits, what is not content, and bilingual transcripts. */
class TranscriptMetadataTest {

    private static Document read(String text) {
        return DocumentReader.read(new InputText("t", "t.md", text), null);
    }

    @Test
    void chineseCreditLinesBecomeCreditsNotPassages() {
        Document d = read("""
                # 灯塔守护人

                本文为「海岸周刊」原创内容 实习记者｜孟晓川

                记者：孟晓川

                灯塔在1932年建成，至今仍在使用。

                现场翻译：罗安

                主持：许青

                论坛策划：杜明、韩露

                音频编辑：小岚监制：阿木
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("灯塔守护人", "灯塔在1932年建成，至今仍在使用。");
        assertThat(d.credits()).extracting(Credit::role, Credit::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("实习记者", "孟晓川"), org.assertj.core.groups.Tuple.tuple("记者", "孟晓川"),
                org.assertj.core.groups.Tuple.tuple("现场翻译", "罗安"), org.assertj.core.groups.Tuple.tuple("主持", "许青"),
                org.assertj.core.groups.Tuple.tuple("论坛策划", "杜明"), org.assertj.core.groups.Tuple.tuple("论坛策划", "韩露"),
                org.assertj.core.groups.Tuple.tuple("音频编辑", "小岚"), org.assertj.core.groups.Tuple.tuple("监制", "阿木"));
        assertThat(d.credits().get(2).line()).isEqualTo(9);
    }

    @Test
    void aReporterLabelThatSaysSomethingIsASpeakerNotACredit() {
        Document d = read("记者：你好。\n\n老周：你好。\n\n记者：谢谢\n\n老周：不客气。\n");
        assertThat(d.credits()).isEmpty();
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
    }

    @Test
    void englishCreditsBylinesAndInterviewLines() {
        Document d = read("""
                An oral history of the tide mill

                by Ruth Calder

                Host: Jonas Weir
                Interviewer: Mei Tan

                TIDE MILL: An Interview Conducted by Mei Tan, Coast History Society, 12 March 2015.

                The mill ground flour until 1956.
                """);
        assertThat(d.credits()).extracting(Credit::role).containsExactly("by", "Host", "Interviewer", "Interview Conducted by");
        assertThat(d.credits()).extracting(Credit::name).containsExactly("Ruth Calder", "Jonas Weir", "Mei Tan", "Mei Tan");
        assertThat(d.date()).isEqualTo("12 March 2015");
        assertThat(d.author()).isEqualTo("Ruth Calder");
        assertThat(d.passages()).extracting(Passage::text).containsExactly("An oral history of the tide mill",
                "The mill ground flour until 1956.");
    }

    @Test
    void aHostWhoGreetsIsASpeakerNotACredit() {
        Document d = read("**Host:** Welcome Back\n\n**Guest Name:** Thanks.\n\n主持人：欢迎\n\n主播：林夏\n");
        assertThat(d.credits()).extracting(Credit::role, Credit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("主播", "林夏"));
    }

    @Test
    void anAuthorLineIsTheAuthorAndACredit() {
        Document d = read("Author: Lin Qiao\nEditor: Sam Poe\n\nThe shop opened in 2012.\n");
        assertThat(d.author()).isEqualTo("Lin Qiao");
        assertThat(d.credits()).extracting(Credit::role).containsExactly("Author", "Editor");
        Document plainA = read("A. Smith founded the club in 1990.\n");
        assertThat(plainA.passages().get(0).role()).as("an initial is no answer marker").isEqualTo(Role.TEXT);
    }

    @Test
    void metadataLinesAndTheDateAnchor() {
        Document d = read("""
                演讲者：韩松林
                演讲日期：2021年4月3日

                今天我讲讲海藻。
                """);
        assertThat(d.date()).isEqualTo("2021年4月3日");
        assertThat(d.interviewee()).isEqualTo("韩松林");
        assertThat(d.credits()).extracting(Credit::role).containsExactly("演讲者");
        Document fm = read("""
                ---
                title: "Salt roads"
                date: 2022-05-01
                author: Ivy Lund
                url: https://example.org/salt
                ---

                INTERVIEWEE: Per Holm
                DATE: 9 June 2021

                The salt came by cart.
                """);
        assertThat(fm.title()).isEqualTo("Salt roads");
        assertThat(fm.date()).as("front matter comes first").isEqualTo("2022-05-01");
        assertThat(fm.url()).isEqualTo("https://example.org/salt");
        assertThat(fm.interviewee()).isEqualTo("Per Holm");
        assertThat(fm.passages()).extracting(Passage::text).containsExactly("The salt came by cart.");
    }

    @Test
    void lcttHeadersAndTranslationFooters() {
        Document d = read("""
                [#]: subject: "Boats of the North Sea"
                [#]: via: "https://example.org/boats"
                [#]: author: "Lena Fisk https://example.org/lena"
                [#]: translator: "seaotter"
                [#]: reviewer: " "

                Boats of the North Sea
                ======

                The first boat was built in 1871.

                --------------------------------------------------------------------------------

                via: https://example.org/boats

                作者：[Lena Fisk][a]
                译者：[seaotter](https://example.org/u/seaotter) 校对：[kelp](https://example.org/u/kelp)

                本文由 [LCTT](https://example.org/lctt) 原创编译，[某站](https://example.org/) 荣誉推出

                [a]: https://example.org/lena
                [1]: https://example.org/boat.png
                """);
        assertThat(d.title()).isEqualTo("Boats of the North Sea");
        assertThat(d.url()).isEqualTo("https://example.org/boats");
        assertThat(d.author()).isEqualTo("Lena Fisk");
        assertThat(d.credits()).extracting(Credit::role, Credit::name).contains(
                org.assertj.core.groups.Tuple.tuple("author", "Lena Fisk"), org.assertj.core.groups.Tuple.tuple("translator", "seaotter"),
                org.assertj.core.groups.Tuple.tuple("校对", "kelp"));
        assertThat(d.passages()).extracting(Passage::text).containsExactly("Boats of the North Sea", "The first boat was built in 1871.");
    }

    @Test
    void tablesOfContentsLinkListsFiguresAndCopyrightAreNotContent() {
        Document d = read("""
                1 Early Life 2 The Mill 3 Copyright Statement 4 Interview 4.1 Childhood

                ## Contents

                - [Early life](#early-life)
                - [The mill](#the-mill)

                ## Copyright Statement

                This manuscript is available for research only. All literary rights are reserved to the society.

                ## Early Life

                I was born near the river in 1948.

                <figure>
                <img src="https://example.org/a.jpg" alt="">
                <figcaption>The mill in winter.</figcaption>
                </figure>

                See [the map](https://example.org/map), [the photos](https://example.org/p) and [the notes](https://example.org/n).

                Retrieved from " https://example.org/w/index.php?title=Mill "
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("Early Life", "I was born near the river in 1948.");
    }

    @Test
    void aNumberedListOfHeadingsIsAContentsTable() {
        Document d = read("""
                一、童年
                二、工厂
                三、退休

                ## 一、童年

                我1950年生在河边。

                ## 二、工厂

                我在工厂做了三十年。

                ## 三、退休

                现在我每天钓鱼。
                """);
        assertThat(d.passages()).extracting(Passage::firstLine).first().isEqualTo(5);
    }

    @Test
    void bilingualTranscriptsKeepTheDocumentsLanguage() {
        String text = """
                **EN:** The bridge opened in 1999.
                **CN:** 这座桥在1999年通车。

                English: It is 800 meters long.
                中文：它长800米。

                这座桥是两座城市之间唯一的通道，每天有两万辆车经过，早晚高峰时常常拥堵，当地人习惯绕行。

                Most drivers cross it twice a day.
                """;
        Document zh = read(text);
        assertThat(zh.language()).isEqualTo(Language.ZH_HANS);
        assertThat(zh.passages()).extracting(Passage::text).containsExactly("这座桥在1999年通车。", "它长800米。",
                "这座桥是两座城市之间唯一的通道，每天有两万辆车经过，早晚高峰时常常拥堵，当地人习惯绕行。");
        assertThat(zh.passages()).allMatch(p -> p.speaker() == null);
        Document en = DocumentReader.read(new InputText("t", "t.md", text), Language.EN);
        assertThat(en.passages()).extracting(Passage::text).containsExactly("The bridge opened in 1999.", "It is 800 meters long.",
                "Most drivers cross it twice a day.");
    }
}
