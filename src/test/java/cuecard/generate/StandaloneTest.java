package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a sentence gets to stand alone on a card: fillers off, who says it, a leading he or she named, the year. */
class StandaloneTest {

    private static Draft draft(String text, String answer) {
        return GatesTest.fact(text, answer).draft();
    }

    @Test
    void aLeadingHeOrSheIsThePersonTheSentenceBeforeNames() {
        Draft d = draft("Mara Holt founded the Tarn Island ferry company. She sold it for $4 million in 2019.", "$4 million");
        assertThat(d.prompt()).startsWith("Mara Holt sold it for ____");
        Draft zh = draft("Mara Holt创办了塔恩岛渡轮公司。她在2019年以400万美元卖掉了公司。", "400万美元");
        assertThat(zh.prompt()).startsWith("Mara Holt在2019年以____");
    }

    @Test
    void aPronounStaysWhenTheSentenceBeforeNamesTwoPeople() {
        Draft d = draft("Mara Holt met Ivan Petrov in Bergen. She sold the company for $4 million in 2019.", "$4 million");
        assertThat(d.prompt()).startsWith("She sold");
    }

    @Test
    void fillersAreTakenOffAndTheSpeakerNamed() {
        Draft d = GatesTest.fact("Host: When did the ferry start?\nMara Holt: Well, we started the ferry in 2011 with one boat.\n"
                + "Host: Why?\nMara Holt: The island needed it.\n", "2011").draft();
        assertThat(d.prompt()).isEqualTo("Mara Holt said, “We started the ferry in ____ with one boat.”");
    }

    @Test
    void anAnonymousAnswerIsTheGuestTheLeadNames() {
        Draft d = GatesTest.fact("Mara Holt runs the Tarn Island ferry.\n\nQ: When did it start?\nA: We started the ferry in 2011 with one boat.\n",
                "2011").draft();
        assertThat(d.lead()).isEqualTo("Mara Holt said, “");
    }

    @Test
    void aTraditionalDeckSaysWhoSpeaksInItsOwnScript() {
        Draft d = GatesTest.fact("主持人：渡輪是哪一年開始的？\n林嵐：我們在2011年開始經營渡輪。\n主持人：為什麼？\n林嵐：島上需要渡輪。\n", "2011年").draft();
        assertThat(d.lead()).isEqualTo("林嵐說：“");
        assertThat(List.of(d.prompt())).noneMatch(p -> p.contains("说"));
    }

    @Test
    void aParagraphAboutSomeoneKeepsThemAsWhoHeOrSheIs() {
        String text = "Mara Holt was born in 1950 in Bergen. She studied physics at Leeds. "
                + "In 1977, she joined the Tarn Island Ferry Company as an engineer.";
        assertThat(draft(text, "1977").prompt()).isEqualTo("In ____, Mara Holt joined the Tarn Island Ferry Company as an engineer.");
        String zh = "王建明1950年生于卑尔根，王建明的父亲是渔民，王建明从小爱海。她在利兹读物理。1977年，她加入了塔恩岛渡轮公司做工程师。";
        assertThat(draft(zh, "1977年").prompt()).startsWith("____，王建明加入了");
    }

    @Test
    void aSecondPersonEndsTheParagraphsFocus() {
        String text = "Mara Holt was born in 1950 in Bergen. She met Ivan Petrov at Leeds. In 1977, she joined the ferry company.";
        assertThat(draft(text, "1977").prompt()).startsWith("In ____, she joined");
    }

    @Test
    void aLaterClauseThatLeansOnWhatCameBeforeIsLeftOff() {
        String zh = "王建明入行八年以后已经拿到8800元月薪，这个数目当时确实不小。";
        assertThat(GatesTest.fact(zh, "8800元").draft().prompt()).isEqualTo("王建明入行八年以后已经拿到____月薪。");
        String en = "Mara Holt worked for Harbour Works in Bergen for 12 years, and that place shaped everything she built later.";
        assertThat(draft(en, "12 years").prompt()).isEqualTo("Mara Holt worked for Harbour Works in Bergen for ____.");
    }

    @Test
    void aClauseIsNotCutWhereItWouldBeAFragment() {
        String en = "Whether in Bergen or in Oslo, Mara Holt ran 40 ferries, and she says they were all sound.";
        assertThat(draft(en, "40").prompt()).endsWith("all sound.");
        String quoted = "报道写道：「王建明拥有一家8800元起家的渡轮公司，但他没有告诉任何人。」";
        assertThat(GatesTest.fact(quoted, "8800元").draft().prompt()).contains("但他没有告诉任何人");
    }

    @Test
    void aConnectiveThatOpensTheSentenceIsTakenOff() {
        String zh = "王建明二十岁开始写剧本。所以王建明在25岁就拍了第一部纪录片《海港》。";
        assertThat(GatesTest.fact(zh, "海港").draft().prompt()).startsWith("王建明在25岁");
    }

    @Test
    void aContrastOrSequenceWordThatOpensTheSentenceIsTakenOff() {
        assertThat(draft("王建明在塔恩岛开渡轮。然而王建明在2019年把渡轮公司卖给了李春华。", "2019年").prompt()).startsWith("王建明在____");
        assertThat(draft("首先，塔恩岛渡轮公司在2011年买下了第一条船。", "2011年").prompt()).startsWith("塔恩岛渡轮公司在____");
    }

    @Test
    void aGuestNamedBeforeInterviewInTheTitleSpeaksTheAnonymousAnswers() {
        Draft d = GatesTest.fact("# 塔恩岛渡轮：船长Mara Holt访谈\n\n问：渡轮是哪一年开始的？\n\n答：我们在2011年开始经营渡轮。\n\n"
                + "问：为什么？\n\n答：岛上需要渡轮。\n", "2011年").draft();
        assertThat(d.lead()).isEqualTo("Mara Holt说：“");
    }

    @Test
    void aFrameOfPlaceOrTimeIsNoClauseToEndACardOn() {
        String zh = "在1998年首次举办的塔恩岛渡轮节上，很多人第一次见到了王建明，他当时只有20岁。";
        assertThat(GatesTest.fact(zh, "1998年").draft().prompt()).contains("很多人第一次见到了王建明");
    }

    @Test
    void aReportingClauseIsNoClauseToEndACardOn() {
        String zh = "王建明提到2010年的渡轮事故，他说那次自己判断错了，一直守在医院门口。";
        assertThat(GatesTest.fact(zh, "2010年").draft().prompt()).contains("判断错了");
    }

    @Test
    void aRenamedBodyInBracketsIsNoPresentTime() {
        Draft d = GatesTest.fact("---\ndate: 2013-11-04\n---\n\nIn 1977, Mara Holt joined the Harbour Laboratory (now Tarn Labs) as an engineer.\n", "1977").draft();
        assertThat(d.lead()).doesNotContain("As of");
        assertThat(d.prompt()).startsWith("In ____, Mara Holt joined");
    }

    @Test
    void quotationMarksInsideAQuotedSentenceBecomeTheInnerKind() {
        Draft d = GatesTest.fact("主持人：渡轮公司的原则是什么？\n王建明：我们在2011年提出了“先载人后载货”的原则。\n主持人：为什么？\n王建明：岛上需要渡轮。\n", "2011年").draft();
        assertThat(d.prompt()).isEqualTo("王建明说：“我们在____提出了‘先载人后载货’的原则。”");
    }

    @Test
    void punctuationAfterABlankIsFullWidthInAChineseDeck() {
        assertThat(CardMaker.fullWidth("____,塔恩岛渡轮公司成立。")).isEqualTo("____，塔恩岛渡轮公司成立。");
        assertThat(CardMaker.fullWidth("{{2011年}},OpenAI 成立。")).isEqualTo("{{2011年}}，OpenAI 成立。");
    }
}
