package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactFinderTest {

    private static List<Fact> facts(String text) {
        return FactFinder.find(DocumentReader.read(new InputText("t", "t.txt", text), null));
    }

    private static List<String> keys(String text) {
        return facts(text).stream().map(Fact::key).toList();
    }

    @Test
    void chineseDatesMoneyPercentagesCountsAndDurations() {
        List<Fact> fs = facts("2022 年 11 月 30 日，公司用两个月获得了 1 亿用户，融资 7 万亿美元，其中 35% 来自海外，共有 320 名员工。");
        assertThat(fs).extracting(Fact::key).contains("date:2022-11-30", "duration:month:2", "count::100000000",
                "money:USD:7000000000000", "percent:35", "count:名:320");
        assertThat(fs).extracting(Fact::surface).contains("2022年11月30日", "7万亿美元", "320名");
    }

    @Test
    void traditionalScriptGivesTheSameKeys() {
        assertThat(keys("2022年11月30日，兩個月後超過了1億訪客，他今年40歲。"))
                .contains("date:2022-11-30", "duration:month:2", "count::100000000", "count:岁:40");
    }

    @Test
    void vagueAmountsAreNotFacts() {
        assertThat(keys("公司获得了数十亿美元投资，几百万美元的基金，一个简单的故事。")).noneMatch(k -> k.startsWith("money") || k.startsWith("count"));
    }

    @Test
    void namesInsideChineseText() {
        List<Fact> fs = facts("OpenAI 联合创始人 Ilya Sutskever 与山姆・奥特曼在 Y Combinator 见面，后来 Emmett Shear 出任 CEO。");
        assertThat(fs).extracting(Fact::key).contains("person:ilya sutskever", "person:emmett shear", "name:y combinator", "name:openai");
        assertThat(fs).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FactKind.PERSON);
            assertThat(f.surface()).isEqualTo("山姆・奥特曼");
        });
    }

    @Test
    void titles() {
        assertThat(facts("她写的《深海之光》很有名，博客标题是「日子很长，但几十年很短」。"))
                .filteredOn(f -> f.kind() == FactKind.TITLE).extracting(Fact::surface)
                .containsExactly("深海之光", "日子很长，但几十年很短");
    }

    @Test
    void englishFacts() {
        List<Fact> fs = facts("Maya Lindqvist founded Bluewhale Robotics on June 1, 2015. It took 18 months and $24 million. "
                + "By September 2017 it had 320 employees, and 35% of revenue came from abroad. She wrote a book called \"Light of the Deep\".");
        assertThat(fs).extracting(Fact::key).contains("person:maya lindqvist", "name:bluewhale robotics", "date:2015-06-01",
                "duration:month:18", "money:USD:24000000", "date:2017-09", "count:employee:320", "percent:35", "title:light of the deep");
    }

    @Test
    void anAmountEndsBeforeAFollowingComma() {
        List<Fact> fs = facts("The plan cost $199, and the bigger one cost $1,250,000 in all.");
        assertThat(fs).extracting(Fact::surface).contains("$199", "$1,250,000").doesNotContain("$199,");
        assertThat(fs).extracting(Fact::key).contains("money:USD:199", "money:USD:1250000");
    }

    @Test
    void factsKeepTheirSourceLine() {
        List<Fact> fs = facts("第一段没有日期。\n\n第二段：2015 年 6 月 1 日成立。\n");
        assertThat(fs).filteredOn(f -> f.kind() == FactKind.DATE).singleElement().extracting(Fact::line).isEqualTo(3);
    }

    @Test
    void chineseOrganisationsByTheirSuffix() {
        assertThat(keys("他们都是红杉资本支持的创业者。后来红杉资本又投了一次。这种模式像贝尔实验室。"))
                .contains("name:红杉资本", "name:贝尔实验室");
        assertThat(keys("这是一家产品公司，也是风险投资的对象。")).noneMatch(k -> k.startsWith("name:"));
    }

    @Test
    void aHyphenatedSurnameIsAPersonNotAnOrganisation() {
        assertThat(keys("董事会新成员 Ann Carter-Lowe 曾是一家医院的院长。")).contains("person:ann carter-lowe")
                .doesNotContain("name:ann carter-lowe");
        assertThat(keys("The board added Ann Carter-Lowe, who once ran a hospital.")).contains("person:ann carter-lowe");
    }

    @Test
    void chineseInstitutionsAreNamesEvenWhenMentionedOnce() {
        assertThat(keys("5月3日，国家海洋灾害监测预警中心在上午发布了风暴潮预警。")).contains("name:国家海洋灾害监测预警中心");
        assertThat(keys("王建明后来考上了国立海滨大学，读新闻系。")).contains("name:国立海滨大学");
        assertThat(keys("她后来加入了塔恩岛渡轮公司。")).noneMatch(k -> k.endsWith("公司"));
    }

    @Test
    void aCountOrAVerbBeforeAnInstitutionWordIsNoName() {
        assertThat(keys("他后来去经营一家公司，又和几位董事会成员吵了一架。"))
                .noneMatch(k -> k.contains("经营") || k.contains("一家") || k.contains("几位"));
    }

    @Test
    void capitalLettersInsideChineseTextAreAName() {
        assertThat(keys("毕业以后她进了KTX拍电视剧，后来又去了法国。")).contains("name:ktx");
        assertThat(keys("他身后是书柜和CD柜。")).noneMatch(k -> k.contains("cd"));
    }

    @Test
    void commonWordsAreNoPlacesAndPlaceNamesNoPeople() {
        assertThat(keys("王建明沿着街道走回渡口，街道两边都是鱼摊。")).noneMatch(k -> k.contains("街道"));
        assertThat(keys("Mara Holt moved from Bergen to New York in 2011 and later to San Jose.")).contains("place:new york", "place:san jose")
                .noneMatch(k -> k.equals("person:new york"));
    }

    @Test
    void aSurnameWithACapitalInsideIsAPersonsName() {
        assertThat(keys("Chris DiBona and Jane McCarthy met Mara Holt at the Tarn Island harbour.")).contains("person:chris dibona", "person:jane mccarthy");
        assertThat(keys("The team moved from OpenAI to DeepMind in 2019.")).contains("name:openai");
    }

    @Test
    void anAudienceLabelIsNoPerson() {
        Document doc = DocumentReader.read(new InputText("t", "t.md", "主持人：今天请到王建明。\n\n王建明：谢谢。我在2011年买下第一条船。\n\n"
                + "观众：请问渡轮每天几班？\n\n王建明：每天三班。观众可以在码头买票。\n"), null);
        assertThat(Analysis.of(doc, 0).facts()).noneMatch(f -> f.surface().equals("观众"));
    }
}
