package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules that make a card one a teacher would keep, pinned on small interviews of our own. */
class CardQualityTest {

    static final String ZH = String.join("\n",
            "星河书店访谈",
            "",
            "记者：书店是怎么开起来的？",
            "",
            "林晓：2016年3月，林晓（Lin Xiao）在杭州开了第一家星河书店，Lin Xiao 当时只有26岁。仅仅两个月后，书店的会员就超过了5000人。",
            "一切都变了，尤其是对于合伙人王海来说。",
            "在前三年里，情况一直就是这样。",
            "后来我们搬到了上海，店面扩大到800平方米。",
            "我们在2019年搬了家，到了2020年员工一下增加到了120名。",
            "",
            "记者：现在书店的规模怎么样？",
            "",
            "林晓：说实话，这里有几点要说。去年书店的营业收入达到了3200万元，其中线上占了40%。",
            "",
            "记者：谁在管门店？",
            "",
            "林晓：我们的店长是陈思远，采购由 Greg Lee 负责，Greg 每周都去一次义乌。",
            "",
            "记者：你后悔过吗？",
            "",
            "林晓：说实话，这里有几点要说。肯定有很多这样的时刻。",
            "");

    static final String EN = String.join("\n",
            "Harbour Books interview",
            "",
            "Q: How did the shop start?",
            "",
            "A: Well, that is a long story. In March 2016 Lin Xiao opened the first Harbour Books shop in Hangzhou.",
            "Especially for her partner Wang Hai, it changed everything.",
            "Last year the shop earned 32 million dollars, and online sales made up 40 percent.",
            "",
            "Q: Who runs the shop today?",
            "",
            "A: Greg Lee runs the shop now, and Greg also buys the books with Anna Berg.",
            "");

    static Document doc(String text) {
        return DocumentReader.read(new InputText("fixture", "fixture", text), null);
    }

    static List<Candidate> candidates(String text) {
        Document d = doc(text);
        return CardWriter.candidates(d, 0, FactFinder.find(d));
    }

    static Candidate about(List<Candidate> cs, String surface) {
        return cs.stream().filter(c -> c.fact() != null && c.fact().surface().equals(surface)).findFirst().orElse(null);
    }

    /** Checks the clause of the candidate on {@code surface} in {@code text} with {@code check}, when there is one. */
    static void ifMade(String text, String surface, java.util.function.Consumer<String> check) {
        Candidate c = about(candidates(text), surface);
        if (c != null) {
            check.accept(c.clause().text());
        }
    }

    static final Pattern NUMERAL = Pattern.compile("[0-9一二三四五六七八九十百千万萬亿億两兩]");

    static List<Deck> decks() {
        List<Deck> out = new java.util.ArrayList<>();
        for (String text : List.of(ZH, EN)) {
            out.add(Generator.generate(List.of(new InputText("fixture", "fixture", text)), Generator.Settings.defaults(),
                    Generator.Progress.NONE));
        }
        GeneratedCardRulesTest.fixtures().forEach(n -> out.add(CardRules.generate(Generator.Settings.defaults(),
                CardRules.FIXTURES.resolve(n))));
        return out;
    }

    /** The prompt without the speaker label the writer puts before a first-person clause. */
    static String body(String prompt) {
        return prompt.replaceFirst("^[^：:，,。 ]{1,16}[：:] ?", "");
    }

    @Test
    void aTrueFalseStatementIsAWholeSentenceAboutAValueAndATrueOneHasMoreThanItsValue() {
        List<Candidate> cs = candidates(ZH);
        Candidate founded = about(cs, "2016年3月");
        assertThat(CardWriter.statementWorthy(founded)).isTrue();
        assertThat(CardWriter.anchored(founded)).as("a town and a name beside the date").isTrue();
        Candidate staff = about(cs, "120名");
        assertThat(staff).isNotNull();
        assertThat(staff.clause().startsSentence()).isFalse();
        assertThat(CardWriter.statementWorthy(staff)).as("a fragment makes no statement: " + staff.clause().text()).isFalse();
        Candidate members = about(cs, "5000人");
        assertThat(CardWriter.anchored(members)).as("两个月 beside it").isTrue();
        Candidate money = about(cs, "3200万元");
        assertThat(CardWriter.anchored(money)).as("'去年书店的营业收入达到了' names nothing else checkable").isFalse();
        Candidate en = about(candidates(EN), "32 million dollars");
        assertThat(CardWriter.statementWorthy(en)).isTrue();
        for (Deck d : decks()) {
            for (Note n : d.notes()) {
                if (n instanceof Note.TrueFalse tf) {
                    assertThat(tf.statement()).as("a checkable value").containsPattern(NUMERAL);
                    assertThat(tf.info().explanation()).as("the note shows the right value").isNotBlank();
                }
            }
        }
    }

    @Test
    void aboutHalfTheTrueFalseCardsOfTheSeedDecksAreFalse() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(CardRules.SEEDS), "no seeds at ../shared/seeds");
        long total = 0;
        long wrong = 0;
        for (java.nio.file.Path f : seedFiles()) {
            for (Note n : CardRules.generate(Generator.Settings.defaults(), f).notes()) {
                if (n instanceof Note.TrueFalse tf) {
                    total++;
                    wrong += tf.answer() ? 0 : 1;
                    if (tf.answer()) {
                        assertThat(tf.statement()).containsPattern(NUMERAL);
                    }
                }
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(wrong * 10).isBetween(total * 3, total * 7);
    }

    static List<java.nio.file.Path> seedFiles() {
        try (var s = java.nio.file.Files.list(CardRules.SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aClauseThatOpensMidThoughtTakesItsLeadAlongOrMakesNoCard() {
        String t = "一切都变了，尤其是对于合伙人王海来说。";
        assertThat(Clause.midThought(t, t.indexOf('尤'), t.indexOf("王海"))).isTrue();
        assertThat(Clause.midThought(t, 0, t.indexOf("王海"))).isFalse();
        String e = "Especially for her partner Wang Hai, it changed everything.";
        assertThat(Clause.midThought(e, 0, e.indexOf("Wang"))).isTrue();
        String why = "最难的不是这个，因为四天就够了。";
        assertThat(Clause.midThought(why, why.indexOf('因'), why.indexOf('四'))).isTrue();
        String they = "他们的年收入达到了20亿美元。";
        assertThat(Clause.midThought(they, 0, they.indexOf('2'))).as("who are 'they'?").isTrue();
        String example = "开店很难，比如你在做第三家店。";
        assertThat(Clause.midThought(example, example.indexOf('比'), example.indexOf('第'))).isTrue();
        assertThat(CardWriter.cutQuote("我写了一篇文章，标题是【日子很长")).as("cut inside a title").isTrue();
        assertThat(CardWriter.cutQuote("标题是【日子很长，但十年很短】")).isFalse();
        List<Candidate> cs = candidates(ZH);
        assertThat(about(cs, "三年")).as("'在前三年里，情况一直就是这样' points elsewhere").isNull();
        Candidate area = about(cs, "800平方米");
        assertThat(area == null || !area.clause().text().startsWith("后来")).isTrue();
        assertThat(about(candidates(EN), "Wang Hai")).isNull();
        for (Deck d : decks()) {
            for (Note n : d.notes()) {
                String prompt = body(CardRules.prompt(n));
                if (!(n instanceof Note.Basic)) {
                    assertThat(Clause.MID_THOUGHT.matcher(prompt).find()).as(prompt).isFalse();
                }
            }
        }
    }

    @Test
    void theGistOfAnAnswerIsTheSentenceThatCarriesItsPointNotItsFirstWords() {
        List<Candidate> zh = candidates(ZH).stream().filter(c -> c.fact() == null).toList();
        assertThat(zh).extracting(Candidate::front).contains("现在书店的规模怎么样？").doesNotContain("你后悔过吗？");
        Candidate size = zh.stream().filter(c -> c.front().equals("现在书店的规模怎么样？")).findFirst().orElseThrow();
        assertThat(size.back()).startsWith("去年书店的营业收入达到了3200万元");
        assertThat(ZH.split("\n", -1)[size.line() - 1]).contains(size.back());
        List<Candidate> en = candidates(EN).stream().filter(c -> c.fact() == null).toList();
        assertThat(en).extracting(Candidate::front).contains("How did the shop start?");
        assertThat(en.stream().filter(c -> c.front().equals("How did the shop start?")).findFirst().orElseThrow().back())
                .startsWith("In March 2016 Lin Xiao opened");
    }

    @Test
    void bareFirstNamesTheIntervieweeAndGenericWordsMakeNoAnswer() {
        Fact full = new Fact(FactKind.PERSON, "person:greg lee", "Greg Lee", null, 0, 8, null);
        Fact first = new Fact(FactKind.PERSON, "person:greg", "Greg", null, 0, 4, null);
        Fact we = new Fact(FactKind.NAME, "name:我们", "我们", null, 0, 2, null);
        Fact shop = new Fact(FactKind.NAME, "name:harbour books", "Harbour Books", null, 0, 13, null);
        List<Fact> facts = List.of(full, first, we, shop);
        assertThat(CardWriter.trivialName(first, facts, java.util.Set.of())).isTrue();
        assertThat(CardWriter.trivialName(we, facts, java.util.Set.of())).isTrue();
        assertThat(CardWriter.trivialName(full, facts, java.util.Set.of())).isFalse();
        assertThat(CardWriter.trivialName(shop, facts, java.util.Set.of())).isFalse();
        Document zh = doc(ZH);
        assertThat(CardWriter.intervieweeNames(zh)).contains("林晓", "linxiao");
        assertThat(CardWriter.trivialName(new Fact(FactKind.PERSON, "person:lin xiao", "Lin Xiao", null, 0, 8, null), facts,
                CardWriter.intervieweeNames(zh))).isTrue();
        for (Candidate c : candidates(ZH)) {
            if (c.fact() != null) {
                assertThat(c.fact().surface()).isNotIn("林晓", "Lin Xiao", "Greg");
            }
        }
    }

    @Test
    void noWrongOptionIsNamedInItsOwnQuestion() {
        List<Deck> all = new java.util.ArrayList<>(decks());
        if (java.nio.file.Files.isDirectory(CardRules.SEEDS)) {
            seedFiles().forEach(f -> all.add(CardRules.generate(Generator.Settings.defaults(), f)));
        }
        for (Deck d : all) {
            for (Note n : d.notes()) {
                if (n instanceof Note.Choice c) {
                    for (String wrong : c.distractors()) {
                        assertThat(CardRules.squeeze(c.question())).as(c.question() + " / " + wrong)
                                .doesNotContain(CardRules.squeeze(wrong));
                    }
                }
            }
        }
    }

    @Test
    void aSentenceOpeningWithThatTakesTheShortSentenceBeforeAlong() {
        String text = String.join("\n", "试验记录", "", "记者：第一次试验怎么样？", "",
                "林晓：第一次试验是在2017年9月。那次试验一共持续了6小时，比计划多出一倍。", "");
        Candidate hours = about(candidates(text), "6小时");
        assertThat(hours).isNotNull();
        assertThat(hours.clause().text()).startsWith("第一次试验是在2017年9月。那次试验");
        String far = String.join("\n", "试验记录", "", "记者：第一次试验怎么样？", "",
                "林晓：第一次试验是在2017年9月，地点在南海一处很深很远而且天气很不稳定的海域，我们等了很久才出发。那次试验一共持续了6小时。", "");
        assertThat(about(candidates(far), "6小时")).as("the sentence before is too long to take along").isNull();
    }

    @Test
    void aClauseWithoutAMainClauseMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.fragment(m + "，在著名投资人播客" + m + "节目访谈中。", true, true)).isTrue();
        assertThat(CardWriter.fragment("根据" + m + "提交给证监会的文件", true, true)).isTrue();
        assertThat(CardWriter.fragment(m + "，星河书店 CEO 在杭州 " + m + " 年会上", true, false)).isTrue();
        assertThat(CardWriter.fragment("前董事会成员 " + m + "曾表示", true, true)).as("what was said is cut off").isTrue();
        assertThat(CardWriter.fragment("前董事会成员 " + m + "曾表示", true, false)).isFalse();
        assertThat(CardWriter.fragment("在" + m + "发布前夕，林晓分享了她的想法", true, true)).isFalse();
        assertThat(CardWriter.fragment("整个行业似乎集中在" + m + "问题上", true, false)).isFalse();
        assertThat(CardWriter.fragment(m + "，林晓在杭州开了第一家书店", true, false)).isFalse();
        assertThat(CardWriter.fragment("On " + m + ", in an interview on the " + m + " podcast.", false, false)).isTrue();
        assertThat(CardWriter.fragment(m + " once said", false, true)).isTrue();
        assertThat(CardWriter.fragment("In " + m + " Lin Xiao opened the first shop", false, false)).isFalse();
        assertThat(CardWriter.fragment("In " + m + " she became the manager", false, false)).isFalse();

        String zh = String.join("\n", "书店访谈", "", "记者：年会怎么样？", "",
                "林晓：2019年3月，在星河书店的第一次年会上，林晓宣布要在上海开第二家店。", "");
        ifMade(zh, "2019年3月", clause -> assertThat(clause).contains("宣布"));
        String en = String.join("\n", "Bookshop interview", "", "Q: How was the meeting?", "",
                "A: On March 5, 2019, at the first annual meeting of Harbour Books in Hangzhou, Lin Xiao announced a second shop.", "");
        ifMade(en, "March 5, 2019", clause -> assertThat(clause).contains("announced"));
    }

    @Test
    void aValueOfferedAsOneOfTwoAlternativesMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：当年的会员卡是什么样的？", "",
                "林晓：会员卡每月给你10小时或5小时的免费阅读时间。很多人在50或60岁时才开始来书店。书店的会员后来超过了5000人。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "10小时")).isNull();
        assertThat(about(cs, "5小时")).isNull();
        assertThat(about(cs, "60岁")).isNull();
        assertThat(about(cs, "5000人")).isNotNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: What did the card give you?", "",
                "A: The card gave you 10 hours or 5 hours of free reading every month. Later the shop had more than 5,000 members.", "");
        List<Candidate> ens = candidates(en);
        assertThat(ens).noneMatch(c -> c.fact() != null && c.fact().surface().matches("(10|5) hours"));
        assertThat(ens).anyMatch(c -> c.fact() != null && c.fact().surface().startsWith("5,000"));
    }

    @Test
    void aPronounThatNothingInTheClauseStandsForMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：那项评比是怎么回事？", "",
                "林晓：你知道星河书店评比吗？五年前，它被设计为衡量书店的标准。书店开业的头两年，自己如何管好门店是最难的。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "五年")).isNull();
        assertThat(about(cs, "两年")).isNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: What is the Harbour Books award?", "",
                "A: Do you know the Harbour Books award? Five years ago, it was designed as a test for bookshops.", "");
        assertThat(about(candidates(en), "Five years")).isNull();

        String zhIt = String.join("\n", "书店访谈", "", "记者：你是什么时候全身心投入的？", "",
                "林晓：到2018年，我完全被它迷住了。后来Harbour Books推出了会员卡，我们知道它会很受欢迎。", "");
        List<Candidate> its = candidates(zhIt);
        assertThat(about(its, "2018年")).as("nothing named before 它").isNull();
        String enIt = String.join("\n", "Bookshop interview", "", "Q: When were you all in?", "",
                "A: By 2018, I was completely taken in by it. In 2019 Harbour Books sold 5,000 cards, and we knew people were fond of it.", "");
        List<Candidate> enIts = candidates(enIt);
        assertThat(about(enIts, "2018")).isNull();
        assertThat(enIts).anyMatch(c -> c.fact() != null && c.fact().surface().startsWith("5,000"));
    }

    @Test
    void aDescriptionAfterANameAndAColonTakesTheNameAlong() {
        String zh = String.join("\n", "书店访谈", "", "记者：董事会有哪些人？", "",
                "林晓：董事会由这些人组成。Greg Lee（董事长）：前 Harbour Books 联席CEO，Quora 联合创始人。", "");
        Candidate org = about(candidates(zh), "Harbour Books");
        assertThat(org).isNotNull();
        assertThat(org.clause().text()).startsWith("Greg Lee");
        String en = String.join("\n", "Bookshop interview", "", "Q: Who sits on the board?", "",
                "A: The board has five members. Greg Lee: former chief executive of Harbour Books, founder of Quora.", "");
        ifMade(en, "Harbour Books", clause -> assertThat(clause).startsWith("Greg Lee"));
    }

    @Test
    void aResultWithNoDoerAfterOnlyAnAdverbialMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.fragment("在没有任何准备的情况下，就得到了" + m + "的成绩", true, false)).isTrue();
        assertThat(CardWriter.fragment("在没有任何准备的情况下，林晓就得到了" + m + "的成绩", true, false)).isFalse();
        assertThat(CardWriter.fragment("会员达到" + m + "，就算成功", true, false)).as("a subject of its own").isFalse();
        assertThat(CardWriter.fragment("Without any preparation, scored " + m, false, false)).isTrue();
        assertThat(CardWriter.fragment("Without any preparation, the shop scored " + m, false, false)).isFalse();
        assertThat(CardWriter.fragment("无需任何准备，就得到了" + m + "的成绩", true, false)).as("无需… is an adverbial like 在…下").isTrue();
        assertThat(CardWriter.fragment("会员无需排队，就能拿到" + m + "的折扣", true, false)).as("a subject of its own").isFalse();
    }

    @Test
    void aGistMustAnswerItsQuestion() {
        String zh = String.join("\n", "书店访谈", "", "记者：咖啡角是什么时候开张的？", "",
                "林晓：我下个月就要搬家了。咖啡角的生意一直很好。", "", "记者：会员卡的价格是怎么定的？", "",
                "林晓：我们参考了附近几家书店的会员卡价格。", "", "记者：你对明年有什么打算？", "",
                "林晓：我的猫最近胖了不少，每天都要吃三顿。", "");
        List<Candidate> zc = candidates(zh).stream().filter(c -> c.back() != null).toList();
        assertThat(zc).extracting(Candidate::front).as("a 'when' answer needs a time, and shares the question's words")
                .doesNotContain("咖啡角是什么时候开张的？", "你对明年有什么打算？").contains("会员卡的价格是怎么定的？");
        String en = String.join("\n", "Bookshop interview", "", "Q: When did the coffee corner open?", "",
                "A: The coffee corner has always sold well among students.", "", "Q: How did you set the membership price?", "",
                "A: We looked at the membership prices of three nearby bookshops.", "", "Q: What are your plans for next year?", "",
                "A: My cat has grown rather fat and eats three meals a day.", "");
        List<Candidate> ec = candidates(en).stream().filter(c -> c.back() != null).toList();
        assertThat(ec).extracting(Candidate::front)
                .doesNotContain("When did the coffee corner open?", "What are your plans for next year?")
                .contains("How did you set the membership price?");
        assertThat(CardWriter.answers("书店一共有几位店员？", "书店现在有十二位店员。")).isTrue();
        assertThat(CardWriter.answers("书店一共有几位店员？", "书店的店员都很友好。")).isFalse();
        assertThat(CardWriter.answers("How many staff does the shop have?", "The shop has twelve staff now.")).isTrue();
        assertThat(CardWriter.answers("How many staff does the shop have?", "The shop staff are friendly.")).isFalse();
        assertThat(CardWriter.answers("2016年书店开张。你现在感觉如何？", "我2016年就想开一家咖啡馆。")).as("a shared number is no shared topic").isFalse();
    }

    @Test
    void aClauseWithNoSubjectAndNothingNamedMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.subjectless("得分超过" + m + "，就能进入决赛", true)).isTrue();
        assertThat(CardWriter.subjectless(m + "前，主办方定下了比赛规则", true)).isTrue();
        assertThat(CardWriter.subjectless("明天还有" + m + "场读书会", true)).isTrue();
        assertThat(CardWriter.subjectless("书店的会员超过" + m + "，就能打折", true)).isFalse();
        assertThat(CardWriter.subjectless("Scored " + m + ", which is enough for the final", false)).isTrue();
        assertThat(CardWriter.subjectless("The organisers set the rules " + m + " ago", false)).isTrue();
        assertThat(CardWriter.subjectless("The shop scored " + m, false)).isFalse();
        String zh = String.join("\n", "书店访谈", "", "记者：读书比赛怎么评？", "",
                "林晓：评委先看答题卡。得分超过60%，就能进入决赛。星河书店的会员超过5000人，就能开第二家店。", "");
        assertThat(about(candidates(zh), "60%")).as("who scored stands nowhere in the sentence").isNull();
        assertThat(about(candidates(zh), "5000人")).as("the shop's members: a subject of its own").isNotNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: How is the reading contest judged?", "",
                "A: The judges read the answer sheets first. Scored 60 percent, which is enough for the final.", "");
        assertThat(candidates(en).stream().filter(c -> c.fact() != null && c.fact().surface().contains("60")).toList()).isEmpty();
    }

    @Test
    void aCountWhoseItemsFollowAfterAColonMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：书店现在难在哪里？", "",
                "林晓：星河书店现在主要面临三个问题：房租、人手和客流。", "");
        assertThat(candidates(zh).stream().filter(c -> c.fact() != null && c.fact().surface().contains("三个")).toList()).isEmpty();
        String en = String.join("\n", "Bookshop interview", "", "Q: What is hard for the shop now?", "",
                "A: Harbour Books now faces 3 problems: rent, staff and footfall.", "");
        assertThat(candidates(en).stream().filter(c -> c.fact() != null && c.fact().surface().startsWith("3")).toList()).isEmpty();
    }

    @Test
    void trueFalseCardsAlternateTrueAndFalseInDeckOrder() {
        for (String name : List.of("interview-zh-hans.md", "interview-en.md")) {
            List<Boolean> answers = CardRules.generate(Generator.Settings.defaults(), CardRules.FIXTURES.resolve(name)).notes().stream()
                    .filter(n -> n instanceof Note.TrueFalse).map(n -> ((Note.TrueFalse) n).answer()).toList();
            for (int i = 1; i < answers.size(); i++) {
                assertThat(answers.get(i)).as(name + " card " + i).isNotEqualTo(answers.get(i - 1));
            }
        }
    }

    @Test
    void anEditorsInsertNamingTheAnswererIsNoPartOfTheGist() {
        String zh = String.join("\n", "书店访谈", "", "记者：你们多快就分好了工？", "",
                "林晓：我当时还有一份工作（2014年，林晓成为星河书店的店长）。我们花了很久才分好工。", "");
        Candidate zg = candidates(zh).stream().filter(c -> c.back() != null).findFirst().orElse(null);
        if (zg != null) {
            assertThat(zg.back()).doesNotContain("2014年");
        }
        assertThat(CardWriter.withoutInserts("我当时还有一份工作（2014年，林晓成为星河书店的店长）。", Set.of("林晓")))
                .isEqualTo("我当时还有一份工作。");
        assertThat(CardWriter.withoutInserts("我们搬到了上海（一个大城市）。", Set.of("林晓"))).isEqualTo("我们搬到了上海（一个大城市）。");
        String en = String.join("\n", "Bookshop interview", "", "Q: How soon did you split the work?", "",
                "A (Lin Xiao): I still had another job (in 2014, Lin Xiao became manager of Harbour Books). It took us a long time.", "");
        Candidate eg = candidates(en).stream().filter(c -> c.back() != null).findFirst().orElse(null);
        if (eg != null) {
            assertThat(eg.back()).doesNotContain("2014");
        }
        assertThat(CardWriter.withoutInserts("I still had another job (in 2014, Lin Xiao became manager).", Set.of("Lin Xiao")))
                .isEqualTo("I still had another job.");
    }

    @Test
    void aFactInAnEditorsInsertIsAskedAboutInTheInsertAlone() {
        String zh = String.join("\n", "书店访谈", "", "记者：你们多快就分好了工？", "",
                "林晓：我当时还有一份工作（2014年，林晓成为星河书店的店长）。", "", "记者：后来呢？", "", "林晓：后来我们搬到了上海。", "");
        Candidate year = about(candidates(zh), "2014年");
        assertThat(year).isNotNull();
        assertThat(year.clause().text()).isEqualTo("2014年，林晓成为星河书店的店长");
        String en = String.join("\n", "Bookshop interview", "", "Host: How soon did you split the work?", "",
                "Lin Xiao: I still had another job (in March 2014, Lin Xiao became manager of Harbour Books).", "",
                "Host: And then?", "", "Lin Xiao: Then we moved to Shanghai.", "");
        Candidate month = about(candidates(en), "March 2014");
        assertThat(month).isNotNull();
        assertThat(month.clause().text()).startsWith("in March 2014, Lin Xiao became");
    }

    @Test
    void aSentenceMarkedAsAJokeMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：下次还来吗？", "",
                "林晓：当然。每周都会用同一个 Harbour Books 的会议链接，你可以随时加入(笑)。书店的会员后来超过了5000人。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "Harbour Books")).isNull();
        assertThat(about(cs, "5000人")).isNotNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: Will you come back?", "",
                "A: Sure. Every week we use the same Harbour Books meeting link, so you can join at any time (laughs). "
                        + "Later the shop had more than 5,000 members.", "");
        List<Candidate> ens = candidates(en);
        assertThat(about(ens, "Harbour Books")).isNull();
        assertThat(ens).anyMatch(c -> c.fact() != null && c.fact().surface().startsWith("5,000"));
    }

    @Test
    void aClauseThatEndsOnATimeItsSentenceGoesOnAboutMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.fragment("后来我分心过一段时间，但到了" + m, true, true)).isTrue();
        assertThat(CardWriter.fragment("后来我分心过一段时间，但到了" + m, true, false)).as("the sentence ends there").isFalse();
        assertThat(CardWriter.fragment(m + "，林晓在杭州开了第一家书店", true, true)).isFalse();
        assertThat(CardWriter.fragment("Later I was distracted for a while, but by " + m, false, true)).isTrue();
        assertThat(CardWriter.fragment("In " + m + " Lin Xiao opened the first shop", false, true)).isFalse();
    }

    @Test
    void aClauseOpeningWithInvolvingOrReportedlyTheyLeansOnTheClauseBefore() {
        assertThat(Clause.midThought("涉及接下来三个月的工作细节", 0, 5)).isTrue();
        assertThat(Clause.midThought("详细说明接下来三个月该做什么", 0, 7)).isTrue();
        assertThat(Clause.midThought("据报道，他们的收入达到了20亿元", 0, 13)).isTrue();
        assertThat(Clause.midThought("including the next three months of work", 0, 14)).isTrue();
        assertThat(Clause.midThought("reportedly, they earned 2 billion dollars", 0, 24)).isTrue();
        assertThat(Clause.midThought("据报道，星河书店的收入达到了20亿元", 0, 15)).isFalse();
    }

    @Test
    void selfWithNobodyBeforeItTakesThePartThatNamesThePersonAlongOrMakesNoCard() {
        String zh = String.join("\n", "星河书店访谈", "", "书店的会员卡很受欢迎，会员后来超过了5000人。",
                "最近，林晓在采访中透露，当初会员卡定价199元是自己随手决定的。", "");
        Candidate price = about(candidates(zh), "199元");
        assertThat(price).isNotNull();
        assertThat(price.clause().text()).contains("林晓").contains("自己");
        String lone = String.join("\n", "星河书店访谈", "", "书店的会员卡很受欢迎，会员后来超过了5000人。",
                "当初会员卡的定价199元，是自己随手决定的。", "");
        assertThat(about(candidates(lone), "199元")).isNull();
        Passage last = doc(lone).passages().get(doc(lone).passages().size() - 1);
        assertThat(CardWriter.selfUnheld(last, 0, last.text().length(), List.of(), true)).isTrue();
        String en = "The price of the card, 199 dollars, was picked by himself in one evening.";
        List<Passage> ps = doc(String.join("\n", "Bookshop", "", en, "")).passages();
        Passage p = ps.get(ps.size() - 1);
        assertThat(CardWriter.selfUnheld(p, 0, p.text().length(), List.of(), false)).isTrue();
        String held = "Lin Xiao said she picked the price of 199 dollars herself.";
        List<Passage> qs = doc(String.join("\n", "Bookshop", "", held, "")).passages();
        Passage q = qs.get(qs.size() - 1);
        assertThat(CardWriter.selfUnheld(q, 0, q.text().length(), List.of(), false)).as("she before herself").isFalse();
    }

    @Test
    void aPersonsNameInsideAnOrganisationsNameMakesNoCard() {
        String zh = String.join("\n", "书店访谈", "", "记者：董事会有哪些人？", "",
                "林晓：Anna Berg：Greg Lee基金会前CEO。", "");
        assertThat(about(candidates(zh), "Greg Lee")).isNull();
        String en = String.join("\n", "Bookshop interview", "", "Q: Who sits on the board?", "",
                "A: Anna Berg ran the Greg Lee Foundation for ten years before she joined us.", "");
        assertThat(about(candidates(en), "Greg Lee")).isNull();
    }

    @Test
    void aTopicPhraseCutFromItsSentenceMakesNoCard() {
        String m = String.valueOf(CardWriter.FACT_MARK);
        assertThat(CardWriter.fragment("对于他为" + m + "从海外筹集到这么多钱", true, false)).isTrue();
        assertThat(CardWriter.fragment("關於" + m + "的定價", true, false)).isTrue();
        assertThat(CardWriter.fragment("至于" + m + "的会员", true, true)).isTrue();
        assertThat(CardWriter.fragment("对于" + m + "这件事我一直很后悔", true, false)).as("a statement with its own subject").isFalse();
        assertThat(CardWriter.fragment("林晓当初对于" + m + "的定价是自己决定的", true, false)).as("对于 inside the clause").isFalse();
        assertThat(CardWriter.fragment("As for the money she raised for " + m, false, false)).isTrue();
        assertThat(CardWriter.fragment("Regarding the " + m + " deal", false, false)).isTrue();
        assertThat(CardWriter.fragment("As for " + m + ", we opened a second shop", false, false)).isFalse();

        String zh = String.join("\n", "书店访谈", "", "记者：对于林晓为星河书店从海外筹集到这么多钱，你感到意外吗？", "",
                "王海：不意外。", "");
        assertThat(about(candidates(zh), "星河书店")).isNull();
        String en = String.join("\n", "Bookshop interview", "",
                "Q: As for the money Lin Xiao raised for Harbour Books abroad, were you surprised?", "", "A: Not at all.", "");
        assertThat(about(candidates(en), "Harbour Books")).isNull();
    }

    @Test
    void aNameAskedOnlyAsOneOfAPairSaidToBeOfAClassMakesNoCard() {
        String zh = String.join("\n", "投资访谈", "", "记者：你投过哪些公司？", "",
                "林晓：Orbitly和Parcelix都是成功的物流公司。",
                "Freightor和Cargonaut都是Harbour Books投资的公司。", "");
        List<Candidate> cs = candidates(zh);
        assertThat(about(cs, "Parcelix")).isNull();
        assertThat(about(cs, "Orbitly")).isNull();
        String en = String.join("\n", "Investment interview", "", "Q: Which companies did you back?", "",
                "A: Orbitly and Parcelix are both successful logistics companies.",
                "Freightor and Cargonaut are both backed by Harbour Books, Cargonaut said.",
                "Later we met the Parcelix team and the Orbitly team in Ningbo.", "");
        assertThat(candidates(en)).noneMatch(c -> c.fact() != null && c.fact().surface().equals("Parcelix")
                && c.clause().text().contains("are both"));
        for (String text : List.of(zh, en)) {
            assertThat(coordinatedOnly(text, "Parcelix")).isTrue();
            assertThat(coordinatedOnly(text, "Cargonaut")).as("a name follows 都是/are both: a specific predicate").isFalse();
        }
    }

    private static boolean coordinatedOnly(String text, String surface) {
        Document d = doc(text);
        List<Fact> facts = FactFinder.find(d);
        Fact f = facts.stream().filter(o -> o.surface().equals(surface)).findFirst().orElseThrow();
        Clause c = Clause.around(f.passage(), f.start(), f.end(), d.language().chinese());
        List<Fact> in = facts.stream().filter(o -> o.passage() == f.passage() && o.start() >= c.from() && o.end() <= c.to()).toList();
        return CardWriter.coordinatedOnly(f.passage().text(), c, f, in, d.language().chinese());
    }
}
