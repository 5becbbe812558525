package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Speaker labels in their common forms: removed from the text, with the speaker and Q/A roles set. */
class TranscriptLabelsTest {

    private static final Pattern LEFTOVER = Pattern.compile("\\d{1,2}:\\d{2}|\\*\\*|\\[|<|（笑）|laugh");

    private static Document read(String text) {
        return DocumentReader.read(new InputText("t", "t.md", text), null);
    }

    private static void noLeftovers(Document d) {
        for (Passage p : d.passages()) {
            assertThat(LEFTOVER.matcher(p.text()).find()).as("left in " + p).isFalse();
        }
    }

    @Test
    void boldLabelsWithTheColonInsideAfterOrOnTheNextLine() {
        Document en = read("""
                **Host:** Where does the ferry leave from?

                **Nora Lind:** From the north pier, every morning.
                """);
        assertThat(en.passages()).extracting(Passage::text).containsExactly("Where does the ferry leave from?",
                "From the north pier, every morning.");
        assertThat(en.passages()).extracting(Passage::speaker).containsExactly("Host", "Nora Lind");
        assertThat(en.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER);
        Document d = read("""
                **主持人**：渡船几点开？

                **林海** ：早上七点。

                **林海**
                ：晚上还有一班。
                """);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("渡船几点开？", "早上七点。", "晚上还有一班。");
        assertThat(d.passages()).extracting(Passage::speaker).containsExactly("主持人", "林海", "林海");
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.ANSWER);
        assertThat(d.passages().get(2).firstLine()).as("the line of the text, not of the label").isEqualTo(6);
    }

    @Test
    void timestampsInTheirCommonPlacesAreDropped() {
        Document d = read("""
                Ivo Brandt (00:01:02): Welcome back to the workshop show. What did you build this week?
                [00:01:40] Mara Quist: A kiln [laughter] out of old bricks.
                0:02:14.2 **Ivo Brandt** Did it hold the heat?
                \\[03:36\\] Mara Quist: It did, <laughs> up to 900 degrees.
                \\[04:10\\]
                Mara Quist: Then it cracked.
                """);
        noLeftovers(d);
        assertThat(d.passages()).extracting(Passage::text).containsExactly(
                "Welcome back to the workshop show. What did you build this week?", "A kiln out of old bricks.",
                "Did it hold the heat?", "It did, up to 900 degrees.", "Then it cracked.");
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION,
                Role.ANSWER, Role.ANSWER);
        assertThat(d.interviewee()).isEqualTo("Mara Quist");
    }

    @Test
    void questionAndAnswerMarkersInTheirShapes() {
        Document d = read("""
                **Q.** When did the club start?

                **A:** In the spring of 2011.

                Q: How many members?

                A: About forty.
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("When did the club start?", "In the spring of 2011.",
                "How many members?", "About forty.");
        assertThat(d.passages()).extracting(Passage::turn).containsExactly(1, 1, 2, 2);
    }

    @Test
    void chineseQuestionHeadingsAndIndentedAnswers() {
        Document d = read("""
                ###问：你第一次去南极是哪一年？

                答：
                    是2009年，坐的是一艘科考船。

                #### 問：那次去了多久？

                答：三个月，（笑）后来又去了两次。
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("你第一次去南极是哪一年？", "是2009年，坐的是一艘科考船。",
                "那次去了多久？", "三个月，后来又去了两次。");
        assertThat(d.passages().get(1).firstLine()).isEqualTo(4);
    }

    @Test
    void headingSpeakersAndQuotedAnswers() {
        Document d = read("""
                ## 问题：你们是怎么认识的？

                #### Tomas：

                > 我们在2004年的一次会议上认识。
                > 后来一起写了第一个版本。

                #### Elin:

                > 那时我还在读书。
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.ANSWER);
        assertThat(d.passages()).extracting(Passage::speaker).containsExactly(null, "Tomas", "Tomas", "Elin");
        assertThat(d.passages()).extracting(Passage::text).containsExactly("你们是怎么认识的？", "我们在2004年的一次会议上认识。",
                "后来一起写了第一个版本。", "那时我还在读书。");
        noLeftovers(d);
    }

    @Test
    void reporterAndHostLabels() {
        Document d = read("""
                記者：你為什麼回到香港？

                阿明：因為家人都在這裡。

                记者：后来呢？

                阿明：后来开了一家书店。

                主持人：最后一个问题，你还会写书吗？

                阿明：会的。
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION,
                Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(d.passages()).extracting(Passage::speaker).containsExactly("記者", "阿明", "记者", "阿明", "主持人", "阿明");
    }

    @Test
    void labelsAloneOnTheirLineWithTheTextBelow() {
        Document d = read("""
                Q:

                Where did you study engineering?

                Hana Oki:

                At a small college <laughs> in Sendai.

                Later I moved to Kyoto.

                Q:

                And after that?

                Hana Oki:

                A lab that built walking robots.
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.ANSWER,
                Role.QUESTION, Role.ANSWER);
        assertThat(d.passages()).extracting(Passage::text).containsExactly("Where did you study engineering?",
                "At a small college in Sendai.", "Later I moved to Kyoto.", "And after that?", "A lab that built walking robots.");
        assertThat(d.passages().get(1).speaker()).isEqualTo("Hana Oki");
        assertThat(d.passages().get(1).firstLine()).isEqualTo(7);
    }

    @Test
    void labelsInsideAParagraphStartNewTurns() {
        Document d = read("""
                以下是本刊与他的对话：周刊：灯塔是哪一年建的？ **老周：**
                1932年建的，后来重修过两次。周刊：现在还有人值守吗？
                **老周：**
                没有了，全部是自动的。
                """);
        List<Passage> ps = d.passages();
        assertThat(ps).extracting(Passage::text).containsExactly("灯塔是哪一年建的？", "1932年建的，后来重修过两次。",
                "现在还有人值守吗？", "没有了，全部是自动的。");
        assertThat(ps).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(ps).extracting(Passage::speaker).containsExactly("周刊", "老周", "周刊", "老周");
        assertThat(ps.get(2).firstLine()).isEqualTo(2);
    }

    @Test
    void aHostIsFoundByAskingMoreOftenThanTheGuest() {
        Document d = read("""
                **Pia Roth:** Today we talk about sleep. How much do people really need?

                **Dr. Ola Berg, MD:** Most adults need seven to nine hours. Some need less.

                **Pia Roth:** And children?

                **Dr. Ola Berg, MD:** More, up to eleven hours for young ones. That surprises parents.

                **Pia Roth:** Does a nap count?

                **Dr. Ola Berg, MD:** It does, within limits. Would you nap at work? Many cannot.
                """);
        assertThat(d.passages()).extracting(Passage::role).containsExactly(Role.QUESTION, Role.ANSWER, Role.QUESTION,
                Role.ANSWER, Role.QUESTION, Role.ANSWER);
        assertThat(d.interviewee()).isEqualTo("Dr. Ola Berg, MD");
    }

    @Test
    void aSentenceClosedByALaughIsAJokeAndGoesWithItsMarker() {
        Document en = read("""
                Q: When do you meet?

                A: Every Friday, if nobody forgets. (laughs) The club has 40 members.
                """);
        assertThat(en.passages()).extracting(Passage::text).containsExactly("When do you meet?", "The club has 40 members.");
        Document zh = read("""
                问：你们多久见一次？

                答：每周五，如果没人忘记的话（笑）。俱乐部有40个成员，[笑声] 我们还有一个群。
                """);
        assertThat(zh.passages()).extracting(Passage::text).containsExactly("你们多久见一次？", "俱乐部有40个成员，我们还有一个群。");
        assertThat(SpeakerLabels.dropMarkers("We laughed [laughter] a lot.")).isEqualTo("We laughed a lot.");
        assertThat(SpeakerLabels.dropMarkers("Yes. \\[laughter\\]")).isEqualTo("");
    }

    @Test
    void aBreakMarkerWithATimestampIsNoSpeakerAndEndsTheTurn() {
        Document d = read("""
                **Tove Ek:** How did the move go?

                **Sam Lee:** It was hard at first.

                **Break:** \\[12:40\\]

                The station is supported by listeners like you.

                **Tove Ek:** Welcome back.
                """);
        assertThat(d.passages()).extracting(Passage::speaker).doesNotContain("Break");
        assertThat(d.passages().get(2).role()).isEqualTo(Role.TEXT);
        noLeftovers(d);
    }
}
