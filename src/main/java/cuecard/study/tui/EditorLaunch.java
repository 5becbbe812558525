package cuecard.study.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Opens a deck file at a line in the learner's editor; tests pass their own so no editor is started. */
@FunctionalInterface
public interface EditorLaunch {

    /** Edits the file and returns once the editor has exited. */
    void edit(Path file, int line) throws IOException, InterruptedException;

    /** {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}, started as {@code editor +LINE FILE} on this terminal. */
    static EditorLaunch fromEnvironment(Map<String, String> env) {
        return (file, line) -> {
            String editor = env.getOrDefault("VISUAL", "");
            if (editor.isBlank()) {
                editor = env.getOrDefault("EDITOR", "");
            }
            if (editor.isBlank()) {
                editor = "vi";
            }
            List<String> command = new java.util.ArrayList<>(List.of(editor.trim().split("\\s+")));
            command.add("+" + Math.max(1, line));
            command.add(file.toString());
            Process p = new ProcessBuilder(command).inheritIO().start();
            p.waitFor();
        };
    }
}
