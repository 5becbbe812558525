package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static Document read(String text) {
        return DocumentReader.read(new InputText("t", "t.md", text), null);
    }

    @Test
    void frontMatterAndMetadataLinesBecomeTheSource() {
        Document d = DocumentReader.read(CardRules.input(CardRules.FIXTURES.resolve("interview-zh-hans.md")), null);
        assertThat(d.title()).isEqualTo("深海机器人十年：周明远访谈");
        assertThat(d.author()).isEqualTo("海洋周刊");
        assertThat(d.date()).isEqualTo("2025-03-18");
        assertThat(d.url()).isEqualTo("https://example.org/deep-sea-robots");
        assertThat(d.language()).isEqualTo(Language.ZH_HANS);
        assertThat(d.interviewee()).isEqualTo("周明远");
    }

    @Test
    void metadataLinesWithoutFrontMatter() {
        Document d = read("文章作者: 某某周刊\n发布时间: 2025-01-06 12:40\n原文链接: https://example.org/s?__biz=x_y&a=1#rd\n\n正文第一段。\n");
        assertThat(d.author()).isEqualTo("某某周刊");
        assertThat(d.date()).isEqualTo("2025-01-06 12:40");
        assertThat(d.url()).isEqualTo("https://example.org/s?__biz=x_y&a=1#rd");
        assertThat(d.passages()).extracting(Passage::text).containsExactly("正文第一段。");
    }

    @Test
    void questionAndAnswerTurnsInTheirCommonShapes() {
        Document d = read("""
                **Q：第一个问题？**
                A（张三）：第一个回答。
                问：第二个问题？
                答：第二个回答。
                **主持人：** 第三个问题？
                **张三：** 第三个回答。
                """);
        List<Passage> ps = d.passages();
        assertThat(ps).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER,
                Role.QUESTION, Role.ANSWER);
        assertThat(ps).extracting(Passage::text).containsExactly("第一个问题？", "第一个回答。", "第二个问题？", "第二个回答。",
                "第三个问题？", "第三个回答。");
        assertThat(ps.get(1).speaker()).isEqualTo("张三");
        assertThat(ps.get(3).speaker()).isEqualTo("张三");
        assertThat(ps).extracting(Passage::turn).containsExactly(1, 1, 2, 2, 3, 3);
    }

    @Test
    void englishSpeakerLabels() {
        Document d = read("Host: Where did you grow up?\nJane Smith: In Bergen.\nHost: And then?\nJane Smith: Oslo, from 2001.\n");
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(d.interviewee()).isEqualTo("Jane Smith");
        assertThat(d.language()).isEqualTo(Language.EN);
    }

    @Test
    void dropsImagesCoverLinesNoticesAndBareLinks() {
        Document d = read("""
                ![](https://example.org/a.png)
                封面图链接: https://example.org/cover.jpg
                有用的一句话，见[这里](https://example.org/x)。
                https://example.org/bare
                © 2025 某刊 版权所有，转载请联系授权
                _博客地址：https://blog.example.org/post_
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("有用的一句话，见这里。");
    }

    @Test
    void blockQuotesAreNotesBulletsAndHeadingsKeepTheirRole() {
        Document d = read("# 标题\n\n> 编者注：这是一条注释。\n\n- **详细描述**：要点一。\n");
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.HEADING, Role.NOTE, Role.BULLET);
        assertThat(d.passages().get(1).text()).isEqualTo("编者注：这是一条注释。");
        assertThat(d.passages().get(2).text()).isEqualTo("要点一。");
    }

    @Test
    void softWrappedLinesJoinAndEveryCharacterKeepsItsLine() {
        Document d = read("第一行没有结束\n的句子在这里结束。  \n新的段落。\n");
        Passage first = d.passages().get(0);
        assertThat(first.text()).isEqualTo("第一行没有结束的句子在这里结束。");
        assertThat(first.lineAt(0)).isEqualTo(1);
        assertThat(first.lineAt(first.text().indexOf("句子"))).isEqualTo(2);
        assertThat(d.passages().get(1).firstLine()).isEqualTo(3);
    }

    @Test
    void traditionalChineseIsDetected() {
        Document d = DocumentReader.read(CardRules.input(CardRules.FIXTURES.resolve("interview-zh-hant.txt")), null);
        assertThat(d.language()).isEqualTo(Language.ZH_HANT);
        assertThat(d.interviewee()).isEqualTo("周明遠");
    }

    @Test
    void englishBylineGivesAuthorAndDate() {
        Document d = read("Marine scientists map the deep\n\nBy Jordan Ellis | April 2, 2024\n\nThe vessel left on March 3, 2024.\n");
        assertThat(d.author()).isEqualTo("Jordan Ellis");
        assertThat(d.date()).isEqualTo("April 2, 2024");
        assertThat(d.title()).isEqualTo("Marine scientists map the deep");
    }

    @Test
    void photoCaptionsAreNotContent() {
        Document zh = read("""
                林晓：我们在2019年搬到了上海。

                2019年3月5日，星河书店部分员工在上海新店门口。

                林晓：后来店面扩大到800平方米。

                ![](https://example.org/photo.png)
                林晓与王海在杭州

                2020年，林晓在上海开了第二家店。
                """);
        assertThat(zh.passages()).extracting(Passage::text)
                .containsExactly("我们在2019年搬到了上海。", "后来店面扩大到800平方米。", "2020年，林晓在上海开了第二家店。");
        Document en = read("""
                A: We moved to Shanghai in 2019.

                March 5, 2019: Harbour Books staff at the new shop in Shanghai.

                A: Later the shop grew to 800 square meters.

                March 2020, Lin Xiao opened a second shop in Shanghai.
                """);
        assertThat(en.passages()).extracting(Passage::text)
                .containsExactly("We moved to Shanghai in 2019.", "Later the shop grew to 800 square meters.",
                        "March 2020, Lin Xiao opened a second shop in Shanghai.");
        assertThat(DocumentReader.caption("2023年3月13日，星河书店部分高管在杭州总部。", false)).isTrue();
        assertThat(DocumentReader.caption("2023年3月13日，林晓在杭州总部宣布了新计划。", false)).isFalse();
        assertThat(DocumentReader.caption("Lin Xiao and Wang Hai", true)).isTrue();
        assertThat(DocumentReader.caption("Lin Xiao and Wang Hai", false)).isFalse();
        assertThat(DocumentReader.caption("Greg Lee绘制的会员增长曲线", false)).isTrue();
        assertThat(DocumentReader.caption("Membership curve drawn by Greg Lee", false)).isTrue();
        assertThat(DocumentReader.caption("会员增长曲线", false)).isFalse();
        Document turn = read("""
                记者：书店的会员是怎么增长的？

                林晓：书店有一张著名的图表，是Greg Lee绘制的会员增长曲线。

                Greg Lee绘制的会员增长曲线

                我们后来开了第二家店。

                王海：我同意。

                林晓：谢谢。
                """);
        assertThat(turn.passages()).extracting(Passage::text).doesNotContain("Greg Lee绘制的会员增长曲线");
        assertThat(turn.passages().get(2).role()).as("the answer goes on past the caption").isEqualTo(Role.ANSWER);
    }

    @Test
    void aNameWrappedAcrossTwoLinesIsNotASpeakerLabel() {
        Document zh = read("""
                > 董事会成员：Greg Lee：前星河书店店长。Anna
                > Berg：计算机科学家，专门研究书店的数据。
                """);
        assertThat(zh.passages()).extracting(Passage::text).anyMatch(t -> t.contains("Anna Berg：计算机科学家"));
        Document en = read("""
                > Board members: Greg Lee: former manager of Harbour Books. Anna
                > Berg: computer scientist who studies bookshop data.
                """);
        assertThat(en.passages()).extracting(Passage::text).anyMatch(t -> t.contains("Anna Berg: computer scientist"));
    }

    @Test
    void theWritersNarrationAfterAQuestionIsNotTheInterviewerSpeaking() {
        Document d = read("记者：你为什么回到岛上？\n\n林晓岚：岛上需要一条渡轮。\n\n记者：后来呢？\n\n"
                + "林晓岚在2011年买下第一条船，每天清晨五点出海。\n\n记者：你后悔过吗？\n\n林晓岚：从来没有。\n");
        Passage narration = d.passages().stream().filter(p -> p.text().contains("第一条船")).findFirst().orElseThrow();
        assertThat(narration.role()).isEqualTo(Role.TEXT);
        Passage followUp = read("记者：你为什么回到岛上？\n\n林晓岚：岛上需要一条渡轮。\n\n记者：后来呢？\n\n"
                + "你在2011年买下第一条船，是吗？\n\n林晓岚：是的。\n").passages().stream()
                .filter(p -> p.text().contains("第一条船")).findFirst().orElseThrow();
        assertThat(followUp.role()).isEqualTo(Role.QUESTION);
    }
}
