package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What import does with tables that do not fit: it says so, refuses, or points at the right line. */
class ImportSafetyTest {

    @TempDir
    Path tmp;

    private CliRun.Result importing(String name, String content) throws Exception {
        Path in = tmp.resolve(name);
        Files.write(in, content.getBytes(StandardCharsets.UTF_8));
        return CliRun.withHome(tmp).run("import", in.toString(), "-o", tmp.resolve("out.yaml").toString(),
                "--data-dir", tmp.resolve("data").toString());
    }

    private Deck written() {
        return ImportExportTest.load(tmp.resolve("out.yaml"));
    }

    @Test
    void columnsBeyondFrontBackAndTagsAreNamedInAWarning() throws Exception {
        CliRun.Result r = importing("extra.csv", "Q1,A1\nQ2,A2,tag,more,again\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("extra.csv:2").contains("warning").contains("columns 4-5").contains("more");
        assertThat(written().notes()).hasSize(2);
    }

    @Test
    void cellsBeyondTheHeaderAreNamedInAWarning() throws Exception {
        CliRun.Result r = importing("wide.csv", "front,back\nQ1,A1\nQ2,A2,lost\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wide.csv:3").contains("column 3").contains("`lost`");
    }

    @Test
    void ankiFieldsBeyondFrontAndBackAreNamedInAWarning() throws Exception {
        CliRun.Result r = importing("extra.txt", "#separator:tab\n#html:true\nQ1\tA1\nQ2\tA2\tsome extra\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("extra.txt:4").contains("field 3").contains("`some extra`");
    }

    @Test
    void aFrontBackHeaderRowIsSkippedWithANote() throws Exception {
        CliRun.Result r = importing("h.csv", "Front,Back\nQ1,A1\nQ2,A2\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(written().notes()).hasSize(2).noneMatch(n -> n instanceof Note.Basic b && b.front().equals("Front"));
        assertThat(r.err()).contains("h.csv:1").contains("header");
    }

    @Test
    void aQuestionAnswerHeaderMakesBasicCards() throws Exception {
        CliRun.Result r = importing("qa.csv", "question,answer\nQ1,A1\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(written().notes()).singleElement().isInstanceOfSatisfying(Note.Basic.class,
                b -> assertThat(b.front()).isEqualTo("Q1"));
    }

    @Test
    void aHeaderWithAColumnCuecardDoesNotKnowIsStillAHeaderAndTheColumnIsNamed() throws Exception {
        CliRun.Result r = importing("n.csv", "front,back,notes\nQ1,A1,remember this\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(written().notes()).hasSize(1);
        assertThat(r.err()).contains("n.csv:1").contains("`notes`").contains("not imported");
    }

    @Test
    void aNumericReferenceToNulIsRefusedWithLineAndColumn() throws Exception {
        CliRun.Result r = importing("nul.txt", "#separator:tab\n#html:true\nfine\tok\nQ&#0;x\tA\n");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("nul.txt:4:2").contains("&#0;").doesNotContain("Exception");
        assertThat(tmp.resolve("out.yaml")).doesNotExist();
        CliRun.Result esc = importing("esc.txt", "#separator:tab\n#html:true\nQ\tA&#x1b;]0;t&#7;\n");
        assertThat(esc.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(esc.err()).contains("esc.txt:3:4").contains("&#x1b;");
    }

    @Test
    void aRawControlCharacterInACsvIsRefusedWithLineAndColumn() throws Exception {
        CliRun.Result r = importing("raw.csv", "Q1,A1\nQ2,A\u0000B\n");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("raw.csv:2:5").contains("U+0000");
        assertThat(tmp.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void aJsonEscapedControlCharacterIsRefusedWithLineAndColumn() throws Exception {
        CliRun.Result r = importing("evil.json", "{\"deck\": \"evil\", \"cards\": [\n"
                + "  {\"type\": \"basic\", \"front\": \"a\\\\u0000 is text\", \"back\": \"b\"},\n"
                + "  {\"type\": \"basic\", \"front\": \"x\\u001b]0;t\", \"back\": \"y\"}]}\n");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("evil.json:3:32").contains("U+001B").doesNotContain("Exception");
        assertThat(tmp.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void aDuplicateNamesBothFileLines() throws Exception {
        CliRun.Result r = importing("d.csv", "Q1,A1\n\nQ2,A2\nQ1,A3\n");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("d.csv:4:").contains("already used at line 1");
    }
}
