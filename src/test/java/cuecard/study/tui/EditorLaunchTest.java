package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorLaunchTest {

    @TempDir
    Path tmp;

    private Path recorder(String name) throws Exception {
        Path script = tmp.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"$@\" > '" + tmp.resolve(name + ".args") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void visualWinsOverEditorAndAnEditorThatTakesALineGetsItThenTheFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path visual = recorder("vim");
        Path editor = recorder("editor");
        EditorLaunch.fromEnvironment(Map.of("VISUAL", visual.toString(), "EDITOR", editor.toString()))
                .edit(Path.of("decks/x.yaml"), 12);
        assertThat(Files.readString(tmp.resolve("vim.args")).strip()).isEqualTo("+12 decks/x.yaml");
        assertThat(tmp.resolve("editor.args")).doesNotExist();
    }

    @Test
    void editorIsUsedWhenVisualIsUnsetAndItsArgumentsAreKept() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path editor = recorder("editor");
        EditorLaunch.fromEnvironment(Map.of("EDITOR", editor + " --wait")).edit(Path.of("d.yaml"), 0);
        EditorLaunch.fromEnvironment(Map.of("EDITOR", editor + " --wait")).edit(Path.of("d.yaml"), 7);
        assertThat(Files.readString(tmp.resolve("editor.args")).strip())
                .as("an editor not known to take +LINE gets the file alone (code --wait would open a file named +7)")
                .isEqualTo("--wait d.yaml");
    }
}
