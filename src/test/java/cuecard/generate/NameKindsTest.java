package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names get wrong options of their own sort only, on small interviews of our own. */
class NameKindsTest {

    static final String ZH = String.join("\n",
            "物流访谈",
            "",
            "记者：你们用过哪些模型？",
            "",
            "林晓：我们先用了 Nimbus-2 做路线规划，后来换成了 Nimbus-3，今年又试了 Nimbus-4 的测试版。",
            "Orbitly 是一家做冷链物流的公司，总部在宁波。",
            "我们也投资了 Parcelix，一个做跨境包裹的创业公司。",
            "Freightor 是我们在杭州的第二大合作公司，每天要运两千单。",
            "还有 Cargonaut 公司，专门做港口的集装箱调度。",
            "我每周都会收听 Deepcast 播客，那里讲了很多供应链的故事。",
            "司机们都在用 Tasklet，一款记录里程的手机应用。",
            "");

    static final String EN = String.join("\n",
            "Logistics interview",
            "",
            "Q: Which models did you use?",
            "",
            "A: We first planned our routes with Nimbus-2, then moved to Nimbus-3, and this year we tried Nimbus-4 in beta.",
            "Orbitly is a cold-chain company based in Ningbo, and Orbitly ships fish.",
            "We also invested in Parcelix, a startup that moves parcels across borders; Parcelix grew fast.",
            "Freightor is a company in Hangzhou that ships two thousand orders a day; Freightor is our second partner.",
            "Cargonaut is a company that schedules containers at the port; Cargonaut works at night.",
            "Every week I listen to the Deepcast podcast, and Deepcast tells supply chain stories.",
            "Our drivers use Tasklet, an app that logs mileage; Tasklet is free.",
            "");

    private static Document doc(String text) {
        return DocumentReader.read(new InputText("fixture", "fixture", text), null);
    }

    private static Map<String, NameKinds.Sort> sorts(String text) {
        return NameKinds.of(FactFinder.find(doc(text)));
    }

    @Test
    void theSortOfANameIsReadFromItsShapeAndTheWordsAroundIt() {
        for (String text : List.of(ZH, EN)) {
            Map<String, NameKinds.Sort> s = sorts(text);
            assertThat(s).as(text).containsEntry("name:nimbus-2", NameKinds.Sort.VERSIONED)
                    .containsEntry("name:nimbus-4", NameKinds.Sort.VERSIONED)
                    .containsEntry("name:orbitly", NameKinds.Sort.ORGANISATION)
                    .containsEntry("name:parcelix", NameKinds.Sort.ORGANISATION)
                    .containsEntry("name:freightor", NameKinds.Sort.ORGANISATION)
                    .containsEntry("name:deepcast", NameKinds.Sort.SHOW)
                    .containsEntry("name:tasklet", NameKinds.Sort.PRODUCT);
        }
    }

    @Test
    void wrongOptionsAreOfTheAnswersSortOrThereAreNone() {
        for (String text : List.of(ZH, EN)) {
            Document d = doc(text);
            List<Fact> facts = FactFinder.find(d);
            Map<String, NameKinds.Sort> sorts = NameKinds.of(facts);
            CardMaker maker = new CardMaker(facts);
            int checked = 0;
            for (Fact f : facts) {
                if (f.kind() != FactKind.NAME) {
                    continue;
                }
                NameKinds.Sort sort = sorts.get(f.key());
                List<String> wrong = maker.sameSort(f, "", 42L);
                if (!sort.comparable()) {
                    assertThat(wrong).as(f.surface()).isEmpty();
                }
                for (String w : wrong) {
                    String key = "name:" + w.toLowerCase(java.util.Locale.ROOT);
                    assertThat(sorts.get(key)).as(f.surface() + " / " + w).isEqualTo(sort);
                }
                if (sort == NameKinds.Sort.VERSIONED) {
                    assertThat(wrong).as(f.surface()).allMatch(w -> w.startsWith("Nimbus-"));
                }
                checked++;
            }
            assertThat(checked).as("name candidates in " + text).isGreaterThanOrEqualTo(3);
            assertThat(facts).noneMatch(f -> f.kind() == FactKind.NAME && maker.sameSort(f, "", 7L).contains("Deepcast"));
        }
    }

    @Test
    void aChoiceNeedsThreeWrongOptionsOfTheSortSoAVersionWithTwoOthersIsNotAChoice() {
        for (String text : List.of(ZH, EN)) {
            cuecard.deck.Deck deck = Generator.generate(List.of(new InputText("fixture", "fixture", text)),
                    Generator.Settings.defaults(), Generator.Progress.NONE);
            for (cuecard.deck.Note n : deck.notes()) {
                if (n instanceof cuecard.deck.Note.Choice c && c.answer().startsWith("Nimbus-")) {
                    throw new AssertionError("a choice with filler options: " + c);
                }
                if (n instanceof cuecard.deck.Note.Choice c) {
                    assertThat(c.distractors()).doesNotContain("Deepcast", "Tasklet", "Nimbus-2", "Nimbus-3", "Nimbus-4");
                }
            }
        }
    }
}
