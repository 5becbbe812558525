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

    /** Editors known to take {@code +LINE} before the file; any other is given the file alone. */
    java.util.Set<String> TAKES_PLUS_LINE = java.util.Set.of("vi", "vim", "nvim", "gvim", "view", "nano", "emacs",
            "emacsclient", "micro", "kak", "hx", "helix", "joe", "jed", "mg", "ne", "mcedit");

    /** {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}, started with {@link #command} on this terminal. */
    static EditorLaunch fromEnvironment(Map<String, String> env) {
        return (file, line) -> {
            Process p = new ProcessBuilder(command(editor(env), line, file)).inheritIO().start();
            p.waitFor();
        };
    }

    /** The editor the environment names, in words: {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}. */
    static List<String> editor(Map<String, String> env) {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String value = env.getOrDefault(name, "");
            if (!value.isBlank()) {
                return List.of(value.trim().split("\\s+"));
            }
        }
        return List.of("vi");
    }

    /**
     * The command that opens {@code file} in {@code editor}, at {@code line} (1-based; 0: anywhere) for an editor known
     * to take {@code +LINE} — given to another ({@code code --wait}), it would open a file named "+12".
     */
    static List<String> command(List<String> editor, int line, Path file) {
        List<String> command = new java.util.ArrayList<>(editor);
        if (line > 0 && TAKES_PLUS_LINE.contains(Path.of(editor.get(0)).getFileName().toString())) {
            command.add("+" + line);
        }
        command.add(file.toString());
        return command;
    }
}
