package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The definition template: a term blanked where the text says what it is. */
class DefinitionDraftsTest {

    private static List<Draft> drafts(String text) {
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        return DefinitionDrafts.of(a, Salience.of(a));
    }

    @Test
    void aRareTermDefinedOnceIsAsked() {
        List<Draft> en = drafts("Ferries rock in every storm. Sailors learn early that halocline is a layer of water where saltiness "
                + "changes quickly with depth, which is why sonar bends there.");
        assertThat(en).singleElement().satisfies(d -> {
            assertThat(d.answer()).isEqualTo("halocline");
            assertThat(d.prompt()).isEqualTo("____ is a layer of water where saltiness changes quickly with depth.");
        });
        List<Draft> zh = drafts("渡轮在风暴里摇晃。所谓盐跃层，就是海水盐度随深度急剧变化的水层，声呐在那里会拐弯。");
        assertThat(zh).singleElement().satisfies(d -> assertThat(d.answer()).isEqualTo("盐跃层"));
    }

    @Test
    void aGeneralWordOrAPronounIsNoTerm() {
        assertThat(drafts("The thing is a problem that nobody on the ferry wanted to talk about at all.")).isEmpty();
        assertThat(drafts("问题，是渡轮公司一直没有钱修好那台老发动机。这是一个大问题。")).isEmpty();
        assertThat(drafts("他们，是渡轮公司最早的一批船员和最忠诚的乘客。")).isEmpty();
    }

    @Test
    void aCommonShortWordDefinedOnceIsNoKeyTerm() {
        assertThat(drafts("A ferry is a boat that carries people and cars across a stretch of water every day.")).isEmpty();
    }

    @Test
    void aTermThatRunsThroughTheWholeTextIsItsSubjectNotACard() {
        StringBuilder text = new StringBuilder("所谓盐跃层，就是海水盐度随深度急剧变化的水层。");
        for (int i = 0; i < 6; i++) {
            text.append("盐跃层第").append(i + 2).append("次出现在这篇文章里。");
        }
        assertThat(drafts(text.toString())).isEmpty();
    }
}
