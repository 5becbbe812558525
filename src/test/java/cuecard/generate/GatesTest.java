package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each gate on invented sentences: one draft it must stop and one it must let through. The sentences are ours,
 * written for the rule, never taken from a source text.
 */
class GatesTest {

    /** The draft asking {@code answer} in {@code text}, and the context of its document. */
    record Case(Draft draft, GateContext context) {
        boolean stoppedBy(Gate g) {
            return g.stops(draft, context);
        }
    }

    static Case fact(String text, String answer) {
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        List<Draft> drafts = FactDrafts.of(a, Salience.of(a));
        Draft d = drafts.stream().filter(x -> x.answer().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft asks " + answer + " in " + drafts.stream().map(Draft::answer).toList()));
        return new Case(d, GateContext.of(a));
    }

    /** As {@link #fact}, on a passage taken as it is, past the reader (which would clean what the gate looks for). */
    static Case rawFact(String text, String answer) {
        int[] lines = new int[text.length()];
        java.util.Arrays.fill(lines, 1);
        Document doc = new Document("t", Language.detect(text), null, null, null, null, null,
                List.of(new Passage(Role.TEXT, null, text, lines, 0)), List.of());
        Analysis a = Analysis.of(doc, 0);
        Draft d = FactDrafts.of(a, Salience.of(a)).stream().filter(x -> x.answer().equals(answer)).findFirst().orElseThrow();
        return new Case(d, GateContext.of(a));
    }

    static Case turn(String text) {
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        List<Draft> drafts = TurnDrafts.of(a, Salience.of(a));
        assertThat(drafts).as("turn drafts of %s", text).isNotEmpty();
        return new Case(drafts.get(0), GateContext.of(a));
    }

    @Test
    void markupStopsALeftoverTimestampButNotAPlainSentence() {
        assertThat(rawFact("The ferry to Tarn Island left at dawn in 2019 [00:14:02] and carried 300 passengers.", "300")
                .stoppedBy(new Markup())).isTrue();
        assertThat(fact("The ferry to Tarn Island carried 300 passengers in its first season.", "300")
                .stoppedBy(new Markup())).isFalse();
    }

    @Test
    void questionSentenceStopsAFactInsideAQuestion() {
        assertThat(fact("Did the Tarn Island ferry really carry 300 passengers in 2019?", "300")
                .stoppedBy(new QuestionSentence())).isTrue();
        assertThat(fact("The Tarn Island ferry carried 300 passengers in 2019.", "300")
                .stoppedBy(new QuestionSentence())).isFalse();
    }

    @Test
    void questionSentenceLetsThroughACardCutBeforeTheSentencesQuestion() {
        String zh = "高中毕业以后，林晓岚的父母决定送她到台湾读书，她在1998年读完一年预备班，就选了新闻系，"
                + "很多人都好奇她当时为什么会选新闻系，是因为想做调查报道，还是只是不喜欢写字楼里沉闷的工作呢？";
        Case cut = fact(zh, "1998年");
        assertThat(cut.draft().prompt()).doesNotContain("？");
        assertThat(cut.stoppedBy(new QuestionSentence())).isFalse();
        assertThat(fact("林晓岚是在1998年读完预备班的吗？", "1998年").stoppedBy(new QuestionSentence())).isTrue();
    }

    @Test
    void unknownSpeakerStopsFirstPersonWithNobodyNamed() {
        assertThat(fact("I moved to Tarn Island in 2011 to run the ferry company.", "2011").stoppedBy(new UnknownSpeaker())).isTrue();
        Case named = fact("Host: When did you move?\nMara Holt: I moved to Tarn Island in 2011 to run the ferry company.\n"
                + "Host: Why?\nMara Holt: The island needed a ferry.\n", "2011");
        assertThat(named.draft().prompt()).startsWith("Mara Holt said, “I moved");
        assertThat(named.stoppedBy(new UnknownSpeaker())).isFalse();
    }

    @Test
    void unknownSpeakerInChinese() {
        assertThat(fact("我在2011年搬到了塔恩岛，开始经营渡轮公司。", "2011年").stoppedBy(new UnknownSpeaker())).isTrue();
        assertThat(fact("林岚在2011年搬到了塔恩岛，开始经营渡轮公司。", "2011年").stoppedBy(new UnknownSpeaker())).isFalse();
    }

    @Test
    void danglingReferenceStopsAPronounWithNoNameBeforeIt() {
        assertThat(fact("He sold the ferry company for $4 million after the storm.", "$4 million")
                .stoppedBy(new DanglingReference())).isTrue();
        assertThat(fact("Mara Holt sold the ferry company for $4 million after the storm, and she kept one boat.", "$4 million")
                .stoppedBy(new DanglingReference())).isFalse();
        assertThat(fact("这个基准在2021年被重新设计，覆盖了40个国家。", "40个").stoppedBy(new DanglingReference())).isTrue();
        assertThat(fact("塔恩岛渡轮公司在2021年重新设计了航线，覆盖了40个港口。", "40个").stoppedBy(new DanglingReference())).isFalse();
    }

    @Test
    void danglingReferenceKnowsAPersonsNameDoesNotExplainIt() {
        assertThat(rawFact("Mara Holt and Ivan Petrov ran it from 2011 to 2019 with 40 ferries.", "40").stoppedBy(new DanglingReference())).isTrue();
        assertThat(rawFact("Mara Holt founded Harbour Labs and ran it with 40 ferries.", "40").stoppedBy(new DanglingReference())).isFalse();
        assertThat(rawFact("王建明和李春华负责管理它，手下有40名船员。", "40名").stoppedBy(new DanglingReference())).isTrue();
    }

    @Test
    void offTopicReplyLetsThroughAShortReplyThatNamesWhatWasAsked() {
        Case direct = turn("Host: What was the first ferry you built?\nMara Holt: It’s the Tarn Skipper. We launched it on a cold morning.\n"
                + "Host: Why?\nMara Holt: The island needed it.\n");
        assertThat(direct.draft().answer()).isEqualTo("It’s the Tarn Skipper.");
        assertThat(direct.stoppedBy(new OffTopicReply())).isFalse();
        Case several = turn("主持人：渡轮会带来哪些影响？\n王建明：是游客。岛上的游客越来越多，渔民的生意也变了。\n主持人：为什么？\n王建明：岛上需要渡轮。\n");
        assertThat(several.stoppedBy(new OffTopicReply())).as("哪些 asks for several: a first item is no answer").isTrue();
    }

    @Test
    void givenAwayStopsANameInBracketsAfterWhatItAbbreviates() {
        assertThat(rawFact("塔恩岛渡轮公司设有一个航行安全小组（TSG），每月检查一次船只。", "TSG").stoppedBy(new GivenAway())).isTrue();
        assertThat(rawFact("塔恩岛渡轮公司请TSG每月检查一次船只。", "TSG").stoppedBy(new GivenAway())).isFalse();
    }

    @Test
    void partialSpanStopsAPlaceInsideASchoolsName() {
        assertThat(rawFact("王建明初中就读于湾仔圣公会邓肇坚中学，后来转到中文中学。湾仔是王建明的家乡，湾仔的渡轮很多。", "湾仔")
                .stoppedBy(new PartialSpan())).isTrue();
    }

    @Test
    void danglingReferenceStopsAlsoAndForThis() {
        assertThat(rawFact("Mara Holt also recommends Harbour Labs for school ferries.", "Harbour Labs").stoppedBy(new DanglingReference())).isTrue();
        assertThat(rawFact("为此，塔恩岛渡轮公司在2019年买了第8条船。", "2019年").stoppedBy(new DanglingReference())).isTrue();
    }

    @Test
    void logisticsStopsTheScheduleOfAComingOrRecurringEvent() {
        assertThat(fact("塔恩岛渡轮公司的高管每周一会举行三个小时的例会。", "三个小时").stoppedBy(new Logistics())).isTrue();
        assertThat(fact("塔恩岛渡轮节将于2026年6月27日在码头举行。", "2026年6月27日").stoppedBy(new Logistics())).isTrue();
        assertThat(fact("The Tarn Island ferry fair will be held on June 27, 2026 at the harbour.", "June 27, 2026").stoppedBy(new Logistics())).isTrue();
        assertThat(fact("首届塔恩岛渡轮节于1998年在码头举办。", "1998年").stoppedBy(new Logistics())).isFalse();
    }

    @Test
    void listMemberStopsOneItemOfASlashedList() {
        assertThat(fact("像任何渡轮公司/港务局/航运协会一样，塔恩岛渡轮公司每年检查40次船只。", "航运协会").stoppedBy(new ListMember())).isTrue();
    }

    @Test
    void danglingReferenceStopsASentenceThatLostItsSubject() {
        assertThat(rawFact("是在2011年，起初只是把渡轮从卑尔根开到塔恩岛。", "2011年").stoppedBy(new DanglingReference())).isTrue();
        assertThat(rawFact("王建明是在2011年买下第一条渡轮的。", "2011年").stoppedBy(new DanglingReference())).isFalse();
    }

    @Test
    void banterStopsAnAcknowledgement() {
        assertThat(fact("First, to Mara Holt for building Harbour Labs, this ferry would not be possible without your work.", "Harbour Labs")
                .stoppedBy(new Banter())).isTrue();
    }

    @Test
    void hypotheticalLetsThroughAnExampleFromHistory() {
        Case history = fact("比如1989年的那场风暴，让塔恩岛渡轮停航了9个小时。", "9个小时");
        assertThat(history.stoppedBy(new Hypothetical())).isFalse();
        assertThat(history.draft().prompt()).startsWith("1989年的那场风暴");
        assertThat(fact("比如渡轮停航9个小时，岛上的人就买不到面包。", "9个小时").stoppedBy(new Hypothetical())).isTrue();
        assertThat(fact("For example, the 2003 storm stopped the Tarn Island ferry for 9 hours.", "9 hours").stoppedBy(new Hypothetical())).isFalse();
    }

    @Test
    void staleTimeStopsDaysAndWeeksCountedBack() {
        assertThat(fact("---\ndate: 2019-02-07\n---\n\n塔恩岛渡轮公司在十天前买下了第8条船。\n", "第8条").stoppedBy(new StaleTime())).isTrue();
        assertThat(fact("塔恩岛渡轮公司在2019年买下了第8条船。", "第8条").stoppedBy(new StaleTime())).isFalse();
    }

    @Test
    void vagueAnswerStopsTwoOrThreeOfSomething() {
        assertThat(fact("塔恩岛渡轮公司要等两三天才能修好发动机。", "两三天").stoppedBy(new VagueAnswer())).isTrue();
        assertThat(fact("塔恩岛渡轮公司用了十二天修好发动机。", "十二天").stoppedBy(new VagueAnswer())).isFalse();
    }

    @Test
    void markupStopsAnEmoji() {
        assertThat(fact("Meet Mara Holt \uD83D\uDE80, who ran 40 ferries to Tarn Island.", "40").stoppedBy(new Markup())).isTrue();
        assertThat(fact("Mara Holt ran 40 ferries to Tarn Island.", "40").stoppedBy(new Markup())).isFalse();
    }

    @Test
    void listMemberLetsThroughTwoQuantitiesOfDifferentKinds() {
        assertThat(fact("报社要采访一位在前线跑了37年、刚满65岁的退休记者王建明。", "37年").stoppedBy(new ListMember())).isFalse();
        assertThat(fact("王建明分别在1975年、1977年和1986年拿到三个学位。", "1977年").stoppedBy(new ListMember())).isTrue();
    }

    @Test
    void staleTimeStopsNowUnlessTheDocumentsDateAnchorsIt() {
        assertThat(fact("The Tarn Island ferry now carries 300 passengers a day.", "300").stoppedBy(new StaleTime())).isTrue();
        Case dated = fact("---\ndate: 2023-05-02\n---\n\nThe Tarn Island ferry now carries 300 passengers a day.\n", "300");
        assertThat(dated.draft().prompt()).isEqualTo("As of May 2023, the Tarn Island ferry now carries ____ passengers a day.");
        assertThat(dated.stoppedBy(new StaleTime())).isFalse();
        Case zh = fact("---\ndate: 2019-02-07\n---\n\n塔恩岛渡轮今年1月1日停航，目前每天只有3班船。\n", "1月1日");
        assertThat(zh.draft().prompt()).isEqualTo("截至2019年2月，塔恩岛渡轮2019年____停航，目前每天只有3班船。");
        assertThat(zh.stoppedBy(new StaleTime())).isFalse();
        assertThat(fact("---\ndate: 2019-02-07\n---\n\n塔恩岛渡轮上周停航了3天。\n", "3天").stoppedBy(new StaleTime())).isTrue();
        assertThat(fact("塔恩岛渡轮现在每天运送300名乘客。", "300名").stoppedBy(new StaleTime())).isTrue();
        assertThat(fact("塔恩岛渡轮在2019年每天运送300名乘客。", "300名").stoppedBy(new StaleTime())).isFalse();
    }

    @Test
    void hypotheticalStopsAnExampleButNotAStatement() {
        assertThat(fact("Say the ferry company charged $40 for one crossing to Tarn Island.", "$40").stoppedBy(new Hypothetical())).isTrue();
        assertThat(fact("比如渡轮公司每张船票卖40元，塔恩岛的游客就会减少。", "40元").stoppedBy(new Hypothetical())).isTrue();
        assertThat(fact("The ferry company charged $40 for one crossing to Tarn Island in 2019.", "$40").stoppedBy(new Hypothetical())).isFalse();
    }

    @Test
    void banterStopsThanksAndGreetings() {
        assertThat(fact("Thank you for joining us, it has been 12 years since the first ferry sailed.", "12 years").stoppedBy(new Banter())).isTrue();
        assertThat(fact("The first Tarn Island ferry sailed 12 years after the harbour was built.", "12 years").stoppedBy(new Banter())).isFalse();
    }

    @Test
    void vagueAnswerStopsATrivialCount() {
        assertThat(fact("The Tarn Island company bought 2 ferries from a Norwegian yard.", "2").stoppedBy(new VagueAnswer())).isTrue();
        assertThat(fact("The Tarn Island company bought 14 ferries from a Norwegian yard.", "14").stoppedBy(new VagueAnswer())).isFalse();
    }

    @Test
    void negatedStopsWhatTheSentenceDenies() {
        assertThat(fact("塔恩岛渡轮公司成立的年份不是2009年，而是更晚。", "2009年").stoppedBy(new NegatedAnswer())).isTrue();
        assertThat(fact("塔恩岛渡轮公司成立于2009年，总部设在北港。", "2009年").stoppedBy(new NegatedAnswer())).isFalse();
    }

    @Test
    void commonWordStopsASentenceAdverbReadAsAName() {
        String text = "Thankfully, the ferry left on time. The crew was thankfully calm. Mara Holt steered the ferry to Tarn Island. "
                + "Later Mara Holt bought a second boat from Bergen Yards.";
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        List<Draft> drafts = FactDrafts.of(a, Salience.of(a));
        GateContext c = GateContext.of(a);
        Gate g = new CommonWordAnswer();
        drafts.stream().filter(d -> d.answer().equals("Thankfully")).forEach(d -> assertThat(g.stops(d, c)).isTrue());
        Draft holt = drafts.stream().filter(d -> d.answer().equals("Mara Holt")).findFirst().orElseThrow();
        assertThat(g.stops(holt, c)).isFalse();
    }

    @Test
    void givenAwayStopsAnAnswerTranslatedBesideItsBlank() {
        assertThat(fact("渡轮公司的总部设在汉堡 Hamburg，2009年开始运营。", "2009年").stoppedBy(new GivenAway())).isFalse();
        Case twice = fact("The ferry carried 300 passengers; yes, 300 passengers, on its first day in 2019.", "2019");
        assertThat(twice.stoppedBy(new GivenAway())).isFalse();
        Case shown = fact("The ferry company was founded in 2009, and 2009 is carved above the harbour door.", "2009");
        assertThat(shown.stoppedBy(new GivenAway())).isTrue();
    }

    @Test
    void tooLongAndTooLittleContext() {
        String longer = "The ferry company that Mara Holt founded on Tarn Island after the long storms of the previous decade, when the "
                + "old wooden boats of the harbour had all been lost and the islanders had to row to the mainland for supplies, medicine, "
                + "schooling and news, bought 14 ferries from yards in Norway and Scotland over many difficult seasons.";
        assertThat(fact(longer, "14").stoppedBy(new TooLong())).isTrue();
        assertThat(fact("Mara Holt bought 14 ferries for the Tarn Island company.", "14").stoppedBy(new TooLong())).isFalse();
        assertThat(fact("It was 2019.", "2019").stoppedBy(new TooLittleContext())).isTrue();
        assertThat(fact("The Tarn Island ferry company was founded in 2019 by Mara Holt.", "2019").stoppedBy(new TooLittleContext())).isFalse();
    }

    @Test
    void editorialStopsATranslatorsNote() {
        assertThat(fact("（译者注：塔恩岛渡轮公司在2015年改名。）", "2015年").stoppedBy(new Editorial())).isTrue();
        assertThat(fact("塔恩岛渡轮公司在2015年改名为北港航运。", "2015年").stoppedBy(new Editorial())).isFalse();
    }

    @Test
    void yesNoAndOffTopicTurns() {
        Case yesNo = turn("Host: Did you enjoy running the ferry?\nMara Holt: Running the ferry was the best work of my life.\n");
        assertThat(yesNo.stoppedBy(new YesNoQuestion())).isTrue();
        Case why = turn("Host: Why did you buy Norwegian ferries?\nMara Holt: Norwegian ferries handle the winter storms of the north sea.\n");
        assertThat(why.stoppedBy(new YesNoQuestion())).isFalse();
        assertThat(why.stoppedBy(new OffTopicReply())).isFalse();
        Case off = turn("Host: Why did you buy Norwegian ferries?\nMara Holt: My grandmother grew apples in the valley.\n");
        assertThat(off.stoppedBy(new OffTopicReply())).isTrue();
    }

    @Test
    void listMemberStopsOneItemOfAList() {
        assertThat(fact("The first crew of the ferry was Anna Berg, Tom Reid, Lars Vik, Ivan Petrov and Kim Lee in 2019.", "Ivan Petrov").stoppedBy(new ListMember())).isTrue();
        assertThat(fact("参加2019年试航的有12名船员、40名乘客、3名医生、15名记者。", "3名").stoppedBy(new ListMember())).isTrue();
        assertThat(fact("Mara Holt sailed the first ferry from Bergen to Tarn Island in 2019.", "2019").stoppedBy(new ListMember())).isFalse();
        assertThat(fact("Then, after a long winter, the company bought 14 ferries in 2019.", "14").stoppedBy(new ListMember())).isFalse();
    }

    @Test
    void listMemberStopsOneOfTwoAlternatives() {
        assertThat(fact("渡轮公司的船长通常在50或60岁时退休。", "60岁").stoppedBy(new ListMember())).isTrue();
        assertThat(fact("Most ferry captains on Tarn Island retire at 55 or 60 years.", "60 years").stoppedBy(new ListMember())).isTrue();
        assertThat(fact("渡轮公司的船长通常在60岁时退休。", "60岁").stoppedBy(new ListMember())).isFalse();
    }

    @Test
    void danglingReferenceStopsATimeCountedFromAnotherSentence() {
        assertThat(fact("两个月后，渡轮公司的乘客超过了1万人。", "1万人").stoppedBy(new DanglingReference())).isTrue();
        assertThat(fact("Two years later, the ferry company carried 40,000 passengers.", "40,000").stoppedBy(new DanglingReference())).isTrue();
        assertThat(fact("2019年，渡轮公司的乘客超过了1万人。", "1万人").stoppedBy(new DanglingReference())).isFalse();
    }

    @Test
    void editorialStopsAPhotoCaption() {
        assertThat(fact("2006年，林岚（左）与船长张伟（右）在北港码头。", "2006年").stoppedBy(new Editorial())).isTrue();
    }

    @Test
    void ramblingStopsSpeechFillersAndEllipses() {
        assertThat(fact("We had, you know, about 14 ferries on Tarn Island back then.", "14").stoppedBy(new Rambling())).isTrue();
        assertThat(fact("渡轮公司就是说一共有14艘渡轮……", "14艘").stoppedBy(new Rambling())).isTrue();
        assertThat(fact("The Tarn Island company owned 14 ferries in 2019.", "14").stoppedBy(new Rambling())).isFalse();
    }

    @Test
    void staleTimeStopsATimeCountedBackEvenWithADocumentDate() {
        assertThat(fact("---\ndate: 2023-05-02\n---\n\nThe Tarn Island ferry was founded five years ago with 14 ferries.\n", "14")
                .stoppedBy(new StaleTime())).isTrue();
        assertThat(fact("---\ndate: 2023-05-02\n---\n\n塔恩岛渡轮公司五年前有14艘渡轮。\n", "14艘").stoppedBy(new StaleTime())).isTrue();
    }

    @Test
    void givenAwayStopsAVersionHintedByItsSibling() {
        assertThat(rawFact("Tarn Robotics shipped Nimbus-3 first, and Nimbus-4 was almost ready in 2019.", "Nimbus-3")
                .stoppedBy(new GivenAway())).isTrue();
        assertThat(rawFact("Tarn Robotics shipped Nimbus-3 first, and the next model was almost ready in 2019.", "Nimbus-3")
                .stoppedBy(new GivenAway())).isFalse();
    }

    @Test
    void commonWordStopsANationalityAdjective() {
        Case c = rawFact("The laboratory is one of the founders of the Japanese robotics community in Tsukuba since 1980.", "Japanese");
        assertThat(c.stoppedBy(new CommonWordAnswer())).isTrue();
    }

    @Test
    void aQuestionToYouThatNamesNobodyDangles() {
        Case anonymous = turn("Q: Why did you buy Norwegian ferries?\nA: Norwegian ferries handle the winter storms of the north sea.\n");
        assertThat(anonymous.stoppedBy(new DanglingReference())).isTrue();
        Case named = turn("Host: Why did you buy Norwegian ferries?\nMara Holt: Norwegian ferries handle the winter storms of the north sea.\n");
        assertThat(named.stoppedBy(new DanglingReference())).isFalse();
    }

    @Test
    void partialSpanStopsHalfANumberOrHalfAName() {
        Case half = rawFact("塔恩岛渡轮横渡海峡用了四个半小时，那是2019年冬天。", "四个");
        assertThat(half.draft().after()).startsWith("半");
        assertThat(half.stoppedBy(new PartialSpan())).isTrue();
        assertThat(rawFact("Mara Holt founded the ferry company in Bergen on June 1, 2015.", "June 1, 2015").stoppedBy(new PartialSpan())).isFalse();
        assertThat(rawFact("The grant came from the Ministry of Harbour Works in 2019.", "Harbour Works").stoppedBy(new PartialSpan())).isTrue();
        assertThat(rawFact("The grant for the Tarn Island ferry came from Harbour Works in 2019.", "Harbour Works").stoppedBy(new PartialSpan())).isFalse();
    }

    @Test
    void listMemberStopsABlankBetweenListJoints() {
        assertThat(rawFact("The consortium had Tarn College, Bergen University, Kiel Institute and others in 2019.", "Bergen University")
                .stoppedBy(new ListMember())).isTrue();
    }

    @Test
    void hypotheticalStopsAFigureOfSpeech() {
        assertThat(fact("It felt like 12 months of work went into the first Tarn Island ferry.", "12 months").stoppedBy(new Hypothetical())).isTrue();
        assertThat(fact("塔恩岛渡轮公司感觉像是用了12个月才建成。", "12个月").stoppedBy(new Hypothetical())).isTrue();
    }

    @Test
    void staleTimeStopsADateAskedBesideJustPast() {
        assertThat(fact("---\ndate: 2023-05-02\n---\n\n塔恩岛渡轮公司在刚刚过去的2022年运送了40万名乘客。\n", "2022年")
                .stoppedBy(new StaleTime())).isTrue();
        assertThat(fact("塔恩岛渡轮公司在14年前开始运营。", "14年").stoppedBy(new StaleTime())).isTrue();
    }

    @Test
    void obviousAnswerStopsTheNameTheDocumentIsAbout() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            text.append("Tarn Ferries added route ").append(i).append(" in ").append(2000 + i).append(". ");
        }
        text.append("The harbour master Ivan Petrov approved 14 routes for Tarn Ferries in 2010.");
        Document doc = DocumentReader.read(new InputText("t", "t.md", text.toString()), null);
        Analysis a = Analysis.of(doc, 0);
        GateContext c = GateContext.of(a);
        java.util.List<Draft> drafts = FactDrafts.of(a, Salience.of(a));
        Draft topic = drafts.stream().filter(d -> d.answer().equals("Tarn Ferries")).findFirst().orElseThrow();
        Draft other = drafts.stream().filter(d -> d.answer().equals("Ivan Petrov")).findFirst().orElseThrow();
        assertThat(new ObviousAnswer().stops(topic, c)).isTrue();
        assertThat(new ObviousAnswer().stops(other, c)).isFalse();
    }

    @Test
    void givenAwayStopsAnAnswerDefinedBesideItsBlank() {
        assertThat(rawFact("In 2019 Mara Holt invested in Harbour Works, a company that builds ferry docks.", "Harbour Works")
                .stoppedBy(new GivenAway())).isTrue();
        assertThat(rawFact("In 2019 Mara Holt invested in Harbour Works before the storm season.", "Harbour Works")
                .stoppedBy(new GivenAway())).isFalse();
    }

    @Test
    void incidentalNameStopsANameMentionedOnceInPassing() {
        String text = "Mara Holt founded Tarn Ferries in 2011. Tarn Ferries now runs 14 boats. Tarn Ferries carried 40,000 "
                + "passengers in 2019. The harbour office has a coffee machine from Kessler.";
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        GateContext c = GateContext.of(a);
        java.util.List<Draft> drafts = FactDrafts.of(a, Salience.of(a));
        Draft once = drafts.stream().filter(d -> d.answer().equals("Kessler")).findFirst().orElseThrow();
        Draft often = drafts.stream().filter(d -> d.answer().equals("Tarn Ferries")).findFirst().orElseThrow();
        assertThat(once.salience()).isLessThan(IncidentalName.SALIENCE);
        assertThat(new IncidentalName().stops(once, c)).isTrue();
        assertThat(new IncidentalName().stops(often, c)).isFalse();
    }

    @Test
    void personalLifeStopsFamilyAndMeals() {
        assertThat(fact("Mara Holt's daughter runs Ubuntu on the 14 laptops of Tarn Ferries since 2019.", "14").stoppedBy(new PersonalLife())).isTrue();
        assertThat(fact("林岚昨天和北港渡轮的14位船长一起吃饭，那是2019年。", "14位").stoppedBy(new PersonalLife())).isTrue();
        assertThat(fact("Mara Holt equipped the 14 ferries of Tarn Ferries with radar in 2019.", "14").stoppedBy(new PersonalLife())).isFalse();
    }

    @Test
    void everyGateHasANameAndAReasonOfItsOwn() {
        assertThat(Gates.ALL).extracting(Gate::name).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z-]+"));
        assertThat(Gates.ALL).extracting(Gate::reason).allMatch(r -> r.length() > 20);
    }
}
