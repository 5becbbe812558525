package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cuecard edit} driven by fake editors: small shell scripts that change the copy they are given. */
class EditCommandTest {

    private static final String DECK = """
            # my deck
            deck: d
            cards:
              - type: basic
                id: one
                front: A
                back: B

              - type: basic
                id: two
                front: C
                back: D
            """;

    @TempDir
    Path tmp;
    Path deck;

    @BeforeEach
    void writeDeck() throws IOException {
        deck = tmp.resolve("d.yaml");
        Files.writeString(deck, DECK);
    }

    /** An executable script; {@code $f} is the file to edit, {@code $n} counts the rounds (1, 2, ...). */
    private Path editor(String name, String body) throws IOException {
        Path script = tmp.resolve(name);
        Files.writeString(script, "#!/bin/sh\nfor f; do :; done\nn=$(cat " + tmp.resolve("rounds") + " 2>/dev/null || echo 0)\n"
                + "n=$((n+1))\necho $n > " + tmp.resolve("rounds") + "\necho \"$@\" >> " + tmp.resolve("args") + "\n"
                + "cp \"$f\" " + tmp.resolve("seen-") + "$n\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private CliRun.Result edit(Path editor, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "edit";
        args[1] = deck.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.withHome(tmp).env("VISUAL", editor.toString()).run(args);
    }

    private String seen(int round) throws IOException {
        return Files.readString(tmp.resolve("seen-" + round));
    }

    @Test
    void savesAValidEdit() throws IOException {
        CliRun.Result r = edit(editor("ed1", "sed -i 's/back: B/back: Bee/' \"$f\""));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Saved");
        assertThat(Files.readString(deck)).isEqualTo(DECK.replace("back: B", "back: Bee"));
        assertThat(seen(1)).isEqualTo(DECK);
    }

    @Test
    void reopensWithTheErrorsUntilValid() throws IOException {
        Path ed = editor("ed2", """
                if [ $n = 1 ]; then sed -i 's/    back: D//' "$f"; fi
                if [ $n = 2 ]; then sed -i 's/    front: C/    front: C\\n    back: Dee/' "$f"; fi
                """);
        CliRun.Result r = edit(ed);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 error; reopening the editor");
        String second = seen(2);
        assertThat(second).startsWith("# cuecard: this deck has 1 error.");
        assertThat(second.lines().toList().get(1)).isEqualTo("# line 12, column 5: card 2 (basic) needs `back`");
        assertThat(second.lines().toList().get(11)).as("the line the error names").isEqualTo("  - type: basic");
        assertThat(Files.readString(deck)).isEqualTo(DECK.replace("back: D", "back: Dee") + "\n");
    }

    @Test
    void leavingItBrokenAndUnchangedAbandons() throws IOException {
        CliRun.Result r = edit(editor("ed3", "if [ $n = 1 ]; then sed -i 's/    back: D//' \"$f\"; fi"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No changes");
        assertThat(Files.readString(deck)).isEqualTo(DECK);
        assertThat(Files.readString(tmp.resolve("rounds")).trim()).isEqualTo("2");
    }

    @Test
    void emptyingTheCopyAbandons() throws IOException {
        CliRun.Result r = edit(editor("ed4", ": > \"$f\""));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("emptied");
        assertThat(Files.readString(deck)).isEqualTo(DECK);
    }

    @Test
    void opensAtTheCardWhenTheEditorTakesPlusLine() throws IOException {
        Path vim = Files.createDirectories(tmp.resolve("bin")).resolve("vim");
        Files.move(editor("ed5", "true"), vim);
        assertThat(edit(vim, "--card", "two").exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("args"))).startsWith("+9 ");
        Files.delete(tmp.resolve("args"));
        assertThat(edit(vim, "--card", "d/one").exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("args"))).startsWith("+4 ");
        Files.delete(tmp.resolve("args"));
        assertThat(edit(editor("other", "true"), "--card", "two").exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("args"))).doesNotContain("+9");
    }

    @Test
    void editorArgumentsAreSplitOnSpaces() throws IOException {
        Path ed = editor("ed6", "true");
        CliRun.Result r = CliRun.withHome(tmp).env("EDITOR", ed + " --wait  -x").run("edit", deck.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("args"))).startsWith("--wait -x ");
    }

    @Test
    void aFailingEditorLeavesTheDeckAlone() throws IOException {
        CliRun.Result r = edit(editor("ed7", "echo broken > \"$f\"; exit 3"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("exited with status 3");
        assertThat(Files.readString(deck)).isEqualTo(DECK);
    }

    @Test
    void aDeckChangedMeanwhileIsNotOverwritten() throws IOException {
        CliRun.Result r = edit(editor("ed8", "sed -i 's/back: B/back: mine/' \"$f\"; echo '# theirs' >> " + deck));
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("changed on disk").contains("your version is kept at");
        assertThat(Files.readString(deck)).isEqualTo(DECK + "# theirs\n");
    }

    @Test
    void badInput() throws IOException {
        Path ed = editor("ed9", "true");
        assertThat(edit(ed, "--card", "nope").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.withHome(tmp).env("VISUAL", tmp.resolve("no-such-editor").toString()).run("edit", deck.toString())
                .exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun.Result missing = CliRun.withHome(tmp).env("VISUAL", ed.toString()).run("edit", tmp.resolve("x.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no such file");
        assertThat(CliRun.withHome(tmp).env("VISUAL", ed.toString()).run("edit", tmp.toString()).err()).contains("is a directory");
    }

    @Test
    void aBrokenDeckOpensWithItsErrorsAndCanBeFixed() throws IOException {
        Files.writeString(deck, DECK.replace("    back: D\n", ""));
        CliRun.Result r = edit(editor("ed10", "sed -i 's/    front: C/    front: C\\n    back: D/' \"$f\""));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(seen(1)).startsWith("# cuecard: this deck has 1 error.");
        assertThat(Files.readString(deck)).isEqualTo(DECK);
    }

    @Test
    void headerIsRemovedOnlyWhenItIsOurs() {
        String text = "# cuecard: this deck has 1 error.\n# line 3: x\n" + cuecard.deckfile.EditedCopy.HEADER_END + "\ndeck: d\n";
        assertThat(cuecard.deckfile.EditedCopy.withoutHeader(text)).isEqualTo("deck: d\n");
        assertThat(cuecard.deckfile.EditedCopy.withoutHeader("# mine\n" + cuecard.deckfile.EditedCopy.HEADER_END + "\ndeck: d\n")).startsWith("# mine");
    }
}
