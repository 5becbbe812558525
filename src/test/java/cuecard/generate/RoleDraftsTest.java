package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The role template on invented sentences, Chinese and English. */
class RoleDraftsTest {

    private static List<Draft> roles(String text) {
        Document doc = DocumentReader.read(new InputText("t", "t.md", text), null);
        Analysis a = Analysis.of(doc, 0);
        return RoleDrafts.of(a, Salience.of(a));
    }

    @Test
    void aRoleBeforeTheNameOrStatedAfterIt() {
        assertThat(roles("我们请到了北港大学海洋系副主任Mara Holt，谈谈渡轮的历史。Mara Holt说，渡轮是岛上唯一的交通工具。")).extracting(Draft::answer)
                .containsExactly("北港大学海洋系副主任");
        assertThat(roles("Mara Holt是北港大学海洋系副主任，研究方向为海岸工程。Mara Holt说，渡轮是岛上唯一的交通工具。")).extracting(Draft::prompt, Draft::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mara Holt的身份是？", "北港大学海洋系副主任"));
        assertThat(roles("Mara Holt, a professor of naval history at Tarn College, wrote the ferry's history.")).extracting(Draft::answer)
                .containsExactly("a professor of naval history at Tarn College");
    }

    @Test
    void aBareRoleWordDoesNotSayOfWhat() {
        assertThat(roles("我们请到了联合创始人Mara Holt，谈谈渡轮的历史。Mara Holt说，渡轮是岛上唯一的交通工具。")).isEmpty();
        assertThat(roles("Mara Holt, a founder, wrote the ferry's history in 2019.")).isEmpty();
    }

    @Test
    void noRoleWhereNoneIsStated() {
        assertThat(roles("Mara Holt在2011年搬到了塔恩岛。")).isEmpty();
        assertThat(roles("Mara Holt moved to Tarn Island in 2011, and she ran the ferry.")).isEmpty();
    }
}
