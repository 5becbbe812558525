package cuecard.generate;

import static cuecard.generate.CardQualityTest.about;
import static cuecard.generate.CardQualityTest.candidates;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards a teacher would not keep, pinned on small interviews of our own: typos, unnamed subjects, duplicates. */
class WeakCardTest {

    private static Deck deck(String text) {
        return Generator.generate(List.of(new InputText("fixture", "fixture", text)), Generator.Settings.defaults(),
                Generator.Progress.NONE);
    }

    private static List<String> answers(Deck d) {
        return d.notes().stream().flatMap(n -> CardRules.answers(n).stream()).toList();
    }

    @Test
    void aNameSpeltAsATypoOfTheDocumentsUsualSpellingIsNeitherAnswerNorOption() {
        assertThat(CardWriter.swapped("GTP", "GPT")).isTrue();
        assertThat(CardWriter.swapped("ChatGTP", "ChatGPT")).isTrue();
        assertThat(CardWriter.swapped("GPT", "GPU")).isFalse();
        String zh = String.join("\n", "书店访谈", "", "记者：书店用什么系统？", "",
                "林晓：星河书店在2019年上线了ShelfOS系统。后来ShelfOS帮我们管好了库存。", "",
                "记者：会员卡呢？", "", "林晓：2021年，星河书店推出了配套的SehlfOS Pro，会员超过了5000人。", "");
        assertThat(candidates(zh)).noneMatch(c -> c.fact() != null && c.fact().surface().contains("SehlfOS"));
        assertThat(String.join(" ", answers(deck(zh)))).doesNotContain("SehlfOS");
        String en = String.join("\n", "Bookshop interview", "", "Q: What system does the shop run?", "",
                "A: Harbour Books started using ShelfOS in 2019, and ShelfOS now keeps the stock.",
                "In 2021 Harbour Books launched SehlfOS Pro for its 5,000 members.", "");
        assertThat(candidates(en)).noneMatch(c -> c.fact() != null && c.fact().surface().contains("SehlfOS"));
    }

    @Test
    void aSubjectThatNeedsAnOwnerTakesTheNamingPartAlongOrMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.subjectless("董事会人数减少到" + m + "人", true)).isTrue();
        assertThat(CardWriter.subjectless("The board shrank to " + m + " members", false)).isTrue();
        assertThat(CardWriter.pointedSubject("在" + m + "开业前夕，这位全国最年轻的店长分享了她的想法", true)).isTrue();
        assertThat(CardWriter.pointedSubject("On the eve of " + m + ", this CEO shared her plans", false)).isTrue();
        assertThat(CardWriter.pointedSubject("在" + m + "开业前夕，林晓分享了她的想法", true)).isFalse();

        String zh = String.join("\n", "书店访谈", "", "记者：董事会后来怎么样了？", "",
                "林晓：大家都很累。董事会后来只剩下五名成员。", "",
                "星河书店在杭州开了新店。在ShelfOS上线前夕，这位全国最年轻的店长谈了对阅读的想法。", "",
                "2015年6月1日，林晓在杭州创立了星河书店。公司的第一家门店花了18个月才盈利。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "五名")).as("which board?").isNull();
        assertThat(about(cs, "ShelfOS")).as("which manager?").isNull();
        Candidate months = about(cs, "18个月");
        assertThat(months).as("the sentence before names the company").isNotNull();
        assertThat(months.clause().text()).contains("星河书店");

        String en = String.join("\n", "Bookshop interview", "", "Q: What happened to the board?", "",
                "A: Everyone was tired. The board shrank to 5 members.", "",
                "Harbour Books opened in Hangzhou. On the eve of the ShelfOS launch, this CEO shared plans for the shop.", "");
        List<Candidate> ens = candidates(en);
        assertThat(ens).noneMatch(c -> c.fact() != null && c.fact().surface().startsWith("5"));
        assertThat(about(ens, "ShelfOS")).isNull();
    }

    @Test
    void aNumberInAQuotedTitleOrAnExampleMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：你写过什么？", "",
                "林晓：星河书店开业那年我写了一篇文章，标题是【日子很长，但十年很短】。", "",
                "记者：会员怎么付费？", "", "林晓：会员按次付费，比如有些月份一位会员可能要花300元。星河书店的会员后来超过了5000人。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "十年")).isNull();
        assertThat(about(cs, "300元")).isNull();
        assertThat(about(cs, "5000人")).isNotNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: How do members pay?", "",
                "A: Members pay per visit; for example, one member might spend 300 dollars in a month. "
                        + "Lin Xiao wrote a post titled \"Days are long, but 10 years are short\".", "");
        List<Candidate> ens = candidates(en);
        assertThat(ens).noneMatch(c -> c.fact() != null && c.fact().surface().startsWith("300"));
        assertThat(ens).noneMatch(c -> c.fact() != null && c.fact().surface().startsWith("10 years"));
    }

    @Test
    void aNameAskedAsOneOfTwoExamplesOfAClassMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：书店有多出名？", "",
                "林晓：星河书店出名的速度能和Orbitly或Parcelix等明星公司相比。", "");
        assertThat(about(candidates(zh), "Orbitly")).isNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: How famous is the shop?", "",
                "A: Harbour Books grew as fast as Orbitly or Parcelix and other famous startups.", "");
        assertThat(about(candidates(en), "Orbitly")).isNull();
    }

    @Test
    void aClauseThatEndsInsideWhatItDoesNotNameMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：你是什么时候全身心投入的？", "",
                "林晓：从2018年开始，我每天都乐在其中。星河书店的会员后来超过了5000人。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "2018年")).isNull();
        assertThat(about(cs, "5000人")).isNotNull();
    }

    @Test
    void factsOfOneSentenceThatWouldShowEachOthersAnswerMakeOneCloze() {
        String zh = String.join("\n", "书店访谈", "", "记者：开业后呢？", "",
                "林晓：仅仅两个月后，星河书店的会员就超过了5000人，我们都很意外。", "");
        Deck d = deck(zh);
        for (Note a : d.notes()) {
            for (Note b : d.notes()) {
                if (a != b) {
                    for (String x : CardRules.answers(b)) {
                        assertThat(CardRules.squeeze(a.identityText())).as(a.info().id() + " shows " + x)
                                .doesNotContain(CardRules.squeeze(x));
                    }
                }
            }
        }
        assertThat(answers(d)).contains("两个月", "5000人");
        String en = String.join("\n", "Bookshop interview", "", "Q: And after the opening?", "",
                "A: Only two months later, Harbour Books had more than 5,000 members, and we were all surprised.", "");
        Deck e = deck(en);
        assertThat(e.notes()).noneMatch(n -> n instanceof Note.Basic && n.identityText().contains("5,000"));
        assertThat(String.join(" ", answers(e))).contains("two months").contains("5,000");
    }

    @Test
    void aCardThatShowsTheNumberAnotherCardAsksForOnTheSameTopicIsLeftOut() {
        String zh = String.join("\n", "书店访谈", "", "星河书店回顾了那次四天的停业整顿。", "",
                "记者：停业那次怎么回事？", "", "林晓：那次停业整顿一共持续了四天，我们都很紧张。星河书店后来重新开门了。", "");
        Deck d = deck(zh);
        long fourDays = d.notes().stream().filter(n -> CardRules.answers(n).contains("四天")
                || n.identityText().contains("四天") && n.identityText().contains("停业")).count();
        assertThat(fourDays).as("one card on the four days").isLessThanOrEqualTo(1);
    }

    @Test
    void aGistTakesTheSentenceThatDrawsItsConclusionAlong() {
        String zh = String.join("\n", "书店访谈", "", "记者：有多少店员是兼职的？", "",
                "林晓：好吧，我们只有一种店员。所以都是兼职店员。后来人手减少了。", "");
        Candidate g = candidates(zh).stream().filter(c -> c.back() != null).findFirst().orElseThrow();
        assertThat(g.back()).isEqualTo("我们只有一种店员。所以都是兼职店员。");
        String en = String.join("\n", "Bookshop interview", "", "Q: How many of them were part-time staff?", "",
                "A: Well, we only had one kind of staff. So all of them were part-time staff. Later we had fewer.", "");
        Candidate e = candidates(en).stream().filter(c -> c.back() != null).findFirst().orElseThrow();
        assertThat(e.back()).isEqualTo("we only had one kind of staff. So all of them were part-time staff.");
    }

    @Test
    void aQuestionThatOpensByPointingBackLeavesThatSentenceOutOrMakesNoCard() {
        assertThat(CardWriter.pointsBack("他们对此感到极度恐惧。")).isTrue();
        assertThat(CardWriter.pointsBack("那次晚餐的精神还在吗？")).isTrue();
        assertThat(CardWriter.pointsBack("那么，你是在哪里得知的？")).isFalse();
        assertThat(CardWriter.pointsBack("They were afraid of it.")).isTrue();
        String zh = String.join("\n", "书店访谈", "", "记者：那场读书会留下的习惯，现在书店里还保留着哪些？", "",
                "林晓：读书会的习惯书店里几乎都保留着。", "");
        assertThat(candidates(zh)).noneMatch(c -> c.back() != null);
        String en = String.join("\n", "Bookshop interview", "", "Q: They were afraid of it. But Harbour Books made reading its mission. Why is reading the mission?", "",
                "A: Reading is the mission because Harbour Books was founded by readers.", "");
        Candidate e = candidates(en).stream().filter(c -> c.back() != null).findFirst().orElseThrow();
        assertThat(e.front()).startsWith("Harbour Books made reading");
    }

    @Test
    void aHedgeAfterIThinkIsStillAHedge() {
        String zh = String.join("\n", "书店访谈", "", "记者：开书店会让你害怕吗？", "",
                "林晓：我认为，首先要说的是，开书店的确让人害怕。我还认为星河书店在2019年就证明了开书店能赚钱。", "");
        Candidate g = candidates(zh).stream().filter(c -> c.back() != null).findFirst().orElse(null);
        if (g != null) {
            assertThat(g.back()).doesNotStartWith("我认为，首先");
        }
    }

    private static Note noteWith(Deck d, String value) {
        return d.notes().stream().filter(n -> n.identityText().contains(value) || CardRules.answers(n).contains(value)
                || CardRules.answers(n).stream().anyMatch(a -> a.contains(value))).findFirst().orElse(null);
    }

    @Test
    void anAgeKeepsItsUnitOutsideTheBlankSoTheCardSaysAnAgeIsAsked() {
        Passage p = new Passage(Role.ANSWER, null, "我明年就30岁了", new int[8], 0);
        assertThat(CardWriter.ageUnit(new Fact(FactKind.COUNT, "count:30", "30岁", p, 4, 7, java.math.BigDecimal.valueOf(30)))).isEqualTo("岁");
        assertThat(CardWriter.ageUnit(new Fact(FactKind.COUNT, "count:30", "30歲", p, 4, 7, java.math.BigDecimal.valueOf(30)))).isEqualTo("歲");
        assertThat(CardWriter.ageUnit(new Fact(FactKind.COUNT, "count:30", "30 years old", p, 4, 7, java.math.BigDecimal.valueOf(30))))
                .isEqualTo(" years old");
        assertThat(CardWriter.ageUnit(new Fact(FactKind.COUNT, "count:30", "30个", p, 4, 7, java.math.BigDecimal.valueOf(30)))).isNull();
        assertThat(CardWriter.clozed(new Fact(FactKind.COUNT, "count:30", "30岁", p, 4, 7, java.math.BigDecimal.valueOf(30))))
                .isEqualTo("{{30}}岁");

        for (String script : List.of("我明年就30岁了，书店也开了整整六年", "我明年就30歲了，書店也開了整整六年")) {
            String zh = String.join("\n", "书店访谈", "", "记者：你多大了？", "", "林晓：" + script + "。星河书店在2019年开张。", "");
            Note n = noteWith(deck(zh), "30");
            assertThat(n).as("the age keeps its card").isNotNull();
            String prompt = n.identityText();
            assertThat(prompt).as(prompt).containsAnyOf("____岁", "}}岁", "30岁", "____歲", "}}歲", "30歲");
            assertThat(CardRules.answers(n)).as("the unit is not part of the answer").noneMatch(a -> a.contains("岁") || a.contains("歲"));
        }
    }

    @Test
    void aLeadingTheyIsNamedByTheBodyOrOrganisationNamedBeforeItInsteadOfDroppingTheCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：那个周末发生了什么？", "",
                "林晓：我给 Orbitly 公司的董事会写了一封长信，请他们再想一想。", "",
                "然后周日晚上他们突然宣布 Greg Lee 是新任店长。我当时很难过。", "");
        Note n = noteWith(deck(zh), "Greg Lee");
        assertThat(n).as("the card on Greg Lee stays").isNotNull();
        assertThat(n.identityText()).contains("Orbitly董事会").doesNotContain("他们");

        String hant = String.join("\n", "書店訪談", "", "記者：那個週末發生了什麼？", "",
                "林曉：董事會的同意書正在起草,我不想拆解Orbitly公司。", "",
                "時間到周日晚上,他們卻突然宣布Greg Lee成為了新的店長。", "");
        Note t = noteWith(deck(hant), "Greg Lee");
        assertThat(t).isNotNull();
        assertThat(t.identityText()).as("the organisation named after the body still names it").contains("Orbitly董事會");

        String en = String.join("\n", "Bookshop interview", "", "Q: What happened that weekend?", "",
                "A: I wrote a long letter to the board of Orbitly, a small company, and asked them to think again.", "",
                "Then on Sunday night they suddenly announced Greg Lee as the new manager.", "");
        Note e = noteWith(deck(en), "Greg Lee");
        if (e != null) {
            assertThat(e.identityText()).doesNotContainPattern("\\b[Tt]hey\\b");
        }
    }

    @Test
    void aClauseWhosePeakIsNearZeroMakesNoCard() {
        assertThat(CardWriter.contradictory("2021年5月8日，书店的客流达到了一个接近零的峰值")).isTrue();
        assertThat(CardWriter.contradictory("On May 8, 2021, footfall reached a peak close to zero")).isTrue();
        assertThat(CardWriter.contradictory("2021年5月8日，书店的客流达到了历史峰值")).isFalse();
        assertThat(CardWriter.contradictory("2021年5月8日，书店的库存几乎为零")).isFalse();
        String zh = String.join("\n", "书店访谈", "", "2021年5月8日，星河书店的客流达到了一个接近零的峰值。", "",
                "记者：星河书店是在2021年5月8日开张的。那天人多吗？", "", "林晓：人很多，我们卖出了300本书。", "");
        Note n = noteWith(deck(zh), "2021年5月8日");
        if (n != null) {
            assertThat(n.identityText()).doesNotContain("接近零");
        }
    }

    /** Whether some card's prompt shows an answer of another card whose prompt shows one of its own. */
    private static boolean askedBothWays(Deck d) {
        List<Note> ns = d.notes();
        for (Note a : ns) {
            for (Note b : ns) {
                if (a != b && CardRules.answers(b).stream().anyMatch(x -> !x.isBlank() && a.identityText().contains(x))
                        && CardRules.answers(a).stream().anyMatch(x -> !x.isBlank() && b.identityText().contains(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CardWriter.Shown shown(String prompt, String answer, String source) {
        return new CardWriter.Shown(CardWriter.squeeze(prompt), List.of(), List.of(CardWriter.squeeze(answer)),
                CardWriter.contentWords(answer), CardWriter.contentWords(source), CardWriter.looseWords(source));
    }

    @Test
    void theSameFactIsNotAskedInBothDirectionsByTwoCards() {
        var who = shown("____ 买下了 Orbitly，后来又打官司想退出对 Orbitly 的收购。", "Greg Lee", "Greg Lee 买下了 Orbitly，后来又打官司想退出对 Orbitly 的收购。");
        var what = shown("前几年，Greg Lee 买下了 ____。", "Orbitly", "前几年，Greg Lee 买下了 Orbitly。");
        assertThat(CardWriter.askedBothWays(who, what)).isTrue();
        assertThat(CardWriter.askedBothWays(what, who)).isTrue();
        var other = shown("Greg Lee 还停掉了 ____ 的会员卡。", "Orbitly", "Greg Lee 还停掉了 Orbitly 的会员卡。");
        assertThat(CardWriter.askedBothWays(who, other)).as("only the names are shared: another fact").isFalse();
        var whoEn = shown("____ bought Orbitly, and later went to court to undo the purchase.", "Greg Lee",
                "Greg Lee bought Orbitly, and later went to court to undo the purchase.");
        var whatEn = shown("A few years ago Greg Lee bought ____.", "Orbitly", "A few years ago Greg Lee bought Orbitly.");
        assertThat(CardWriter.askedBothWays(whoEn, whatEn)).isTrue();

        String zh = String.join("\n", "书店访谈", "", "记者：这几年书店圈很热闹。", "",
                "记者：在前几年那段很热闹的日子里，Greg Lee 买下了 Orbitly，后来又打官司想退出对 Orbitly 的收购。", "",
                "林晓：我不太关心这些。", "");
        Deck dz = deck(zh);
        assertThat(noteWith(dz, "Greg Lee")).as("one card on the purchase stays").isNotNull();
        assertThat(askedBothWays(dz)).isFalse();
    }

    @Test
    void aSpanCountedBackFromNowWithNothingNamedMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：现在是回顾过去三年、整理一些想法的好时机。你还记得开业那天吗？", "",
                "林晓：记得。过去三年，Orbitly书店开了四家分店。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(cs).noneMatch(c -> c.fact() != null && c.fact().surface().equals("三年") && c.clause().text().contains("好时机"));
        assertThat(cs).anyMatch(c -> c.fact() != null && c.fact().surface().equals("三年") && c.clause().text().contains("Orbitly"));
        String en = String.join("\n", "Bookshop interview", "", "Q: Now is a good time to look back on the past three years and sort a few things out.", "",
                "A: Over the past three years Harbour Books opened four branches.", "");
        List<Candidate> ce = candidates(en);
        assertThat(ce).noneMatch(c -> c.fact() != null && c.fact().kind() == FactKind.DURATION && c.clause().text().contains("good time"));
    }

    @Test
    void aStatementClauseTakesWhatTheStatementSaidAlongOrMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "2021年3月，林晓与几十名其他书店店主一起发表声明，呼吁降低纸价。", "",
                "2022年4月，林晓与几十名其他书店店主一起发表声明，要求出版社在今后的每一个季度都公开纸张成本、印刷成本和运输成本的详细数字以及它们的变化原因。", "");
        List<Candidate> cs = candidates(zh);
        Candidate wide = about(cs, "2021年3月");
        assertThat(wide).isNotNull();
        assertThat(wide.clause().text()).contains("降低纸价");
        assertThat(about(cs, "2022年4月")).as("what it asked is too long to take along").isNull();
        String en = String.join("\n", "Bookshop interview", "", "In March 2021, Lin Xiao and dozens of other shop owners signed a joint statement, asking for cheaper paper.", "");
        Candidate e = about(candidates(en), "March 2021");
        if (e != null) {
            assertThat(e.clause().text()).contains("cheaper paper");
        }
    }

    @Test
    void aQuotedTitleLeavesTheClosingStopOutsideTheAnswer() {
        String zh = String.join("\n", "书店访谈", "", "林晓：我写过一篇文章，标题是「书店很小，而世界很大。」后来很多人转发。", "");
        assertThat(answers(deck(zh))).contains("书店很小，而世界很大");
        String en = String.join("\n", "Bookshop interview", "", "A: I wrote a post titled \"Small shop, big world.\" and many people shared it.", "");
        assertThat(answers(deck(en))).contains("Small shop, big world");
    }

    @Test
    void aSmallCountOfTheSpeakersDayMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：你平时怎么安排？", "",
                "林晓：我们每周二都有两小时的店务会议。今天上午我跟四个店员见面，商量了排班。周四下午我还要开三场进货会议。"
                        + "2021年，星河书店的会员超过了5000人。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(FactFinder.find(CardQualityTest.doc(zh))).extracting(Fact::surface).contains("四个", "三场");
        assertThat(about(cs, "四个")).as("a count of the speaker's day").isNull();
        assertThat(about(cs, "三场")).as("a count of Thursday's meetings").isNull();
        assertThat(about(cs, "两小时")).as("a duration is not a count").isNotNull();
        assertThat(about(cs, "5000人")).isNotNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: What does your week look like?", "",
                "A: Tomorrow I have 3 meetings about ordering books. In 2021 Harbour Books passed 5,000 members.", "");
        List<Candidate> ens = candidates(en);
        assertThat(FactFinder.find(CardQualityTest.doc(en))).anyMatch(f -> f.surface().startsWith("3 "));
        assertThat(ens).noneMatch(c -> c.fact() != null && c.fact().surface().startsWith("3 "));
        assertThat(ens).anyMatch(c -> c.fact() != null && c.fact().surface().startsWith("5,000"));
    }

    @Test
    void aNameThatIsOnlyTheCompanyOfAMealMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：你还参与具体工作吗？", "",
                "林晓：很少了。上周五我跟ShelfOS团队一起吃饭，聊到半夜。星河书店在2019年上线了ShelfOS系统。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(FactFinder.find(CardQualityTest.doc(zh))).extracting(Fact::surface).contains("ShelfOS");
        assertThat(cs).noneMatch(c -> c.fact() != null && c.fact().surface().equals("ShelfOS")
                && c.clause().text().contains("吃饭"));
        String en = String.join("\n", "Bookshop interview", "", "Q: Are you still hands-on?", "",
                "A: Rarely. Last night I had dinner with the ShelfOS team and wrote pages of notes.", "");
        assertThat(FactFinder.find(CardQualityTest.doc(en))).extracting(Fact::surface).contains("ShelfOS");
        assertThat(candidates(en)).noneMatch(c -> c.fact() != null && c.fact().surface().equals("ShelfOS")
                && c.clause().text().contains("dinner"));
    }

    @Test
    void aBeliefAfterTheCommaIsCutWhenTheFactsStandBeforeIt() {
        String zh = String.join("\n", "书店访谈", "", "记者：会员卡怎么定价？", "",
                "林晓：ShelfOS Pro定价199元，原以为很快就能回本，结果会员来得太勤。", "");
        Candidate c = about(candidates(zh), "199元");
        assertThat(c).isNotNull();
        assertThat(c.clause().text()).contains("ShelfOS Pro").doesNotContain("原以为");
        String en = String.join("\n", "Bookshop interview", "", "Q: How did you price the card?", "",
                "A: In 2021 we priced the card at 199 dollars a year, thinking it would cover costs.", "");
        Candidate e = candidates(en).stream().filter(x -> x.fact() != null && x.fact().surface().contains("199"))
                .findFirst().orElse(null);
        assertThat(e).isNotNull();
        assertThat(e.clause().text()).contains("2021").doesNotContain("thinking");
    }
}
