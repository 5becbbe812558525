package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the real launcher ({@code ./cuecard}, on the packaged jar) in a detached tmux session, driven with
 * {@code send-keys} and read with {@code capture-pane}. Runs after {@code package}; skips when tmux is missing.
 */
class StudyTmuxIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private String socket;

    @BeforeEach
    void needsTmuxAndTheJar() {
        assumeTrue(onPath("tmux"), "tmux is not installed; skipping the end-to-end study test");
        assumeTrue(Files.isRegularFile(ROOT.resolve("target/cuecard.jar")), "target/cuecard.jar is missing; run mvn package");
        socket = "cuecard-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
    }

    @Test
    void studyAnEnglishCardAndQuit() throws Exception {
        start("decks/spaced-repetition.yaml", "--lang", "en");
        String first = waitFor("Space/Enter show answer");
        assertThat(first).contains("Who first measured the forgetting curve").contains("0/");
        tmux("send-keys", "-t", "s", "Space");
        assertThat(waitFor("Hermann Ebbinghaus")).contains("[3 Good");
        tmux("send-keys", "-t", "s", "3");
        assertThat(waitFor("1/")).contains("What is the Leitner system?");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("Session finished")).contains("Cards answered: 1");
        tmux("send-keys", "-t", "s", "Enter");
        assertThat(waitFor("exit=")).contains("exit=0");
        assertReviewLogged();
    }

    @Test
    void bareCuecardOpensTheDeckPicker() throws Exception {
        startCommand("");
        String picker = waitFor("Enter study deck");
        assertThat(picker).contains("Decks").contains("Spaced repetition, briefly").contains("never");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    @Test
    void aChineseCardRendersAndTakesChineseInput() throws Exception {
        Path deck = ROOT.resolve("src/test/resources/decks/zh-sample.yaml");
        start(deck.toString(), "--lang", "zh");
        String first = waitFor("显示答案");
        assertThat(first).contains("中国的首都是哪座城市？").contains("中文测试卡组");
        tmux("send-keys", "-t", "s", "Space");
        assertThat(waitFor("北京。")).contains("良好");
        tmux("send-keys", "-t", "s", "3");
        waitFor("这款聊天机器人是哪一天发布的？");
        type("２０２２年十一月三十日");
        tmux("send-keys", "-t", "s", "Enter");
        assertThat(waitFor("正确")).contains("2022年11月30日");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("学习结束")).contains("回答卡片：2");
        tmux("send-keys", "-t", "s", "q");
        waitFor("exit=");
    }

    /** Issue 18, item 18: the first run after a build says why it takes seconds instead of leaving the screen blank. */
    @Test
    void theFirstRunSaysItIsPreparingAFasterStart() throws Exception {
        String cmd = "cd '" + ROOT + "' && env LANG=C.UTF-8 NO_COLOR=1 TERM=xterm-256color XDG_CACHE_HOME='"
                + tmp.resolve("cache") + "' XDG_CONFIG_HOME='" + tmp.resolve("config") + "' ./cuecard --version"
                + "; echo exit=$?; echo archives=$(ls \"$XDG_CACHE_HOME\"/cuecard/*.jsa | wc -l); ./cuecard --version;"
                + " echo again=$?; sleep 60";
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", "100", "-y", "30", cmd);
        assertThat(waitFor("preparing a faster start")).contains("once after each build");
        String done = waitFor("again=", 120);
        assertThat(done).contains("exit=0").contains("again=0");
        if (done.contains("archives=1")) {   // the JVM could write the archive (it may not, short of memory)
            assertThat(done.split("preparing a faster start", -1)).as("said once, not on the second run").hasSize(2);
        }
    }

    /** The answer reached the review log (the store's append-only files under DATA-DIR/reviews). */
    private void assertReviewLogged() throws IOException {
        Path reviews = tmp.resolve("data/reviews");
        List<String> lines = new ArrayList<>();
        try (var s = Files.list(reviews)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).as("review log lines under %s", reviews).anySatisfy(l -> assertThat(l)
                .contains("\"key\":\"spaced-repetition/forgetting-curve\"").contains("\"rating\":\"good\"")
                .contains("\"mode\":\"review\""));
    }

    private void start(String... args) throws Exception {
        startCommand("study", args);
    }

    private void startCommand(String verb, String... args) throws Exception {
        StringBuilder cmd = new StringBuilder("cd '" + ROOT + "' && env LANG=C.UTF-8 CUECARD_NO_CDS=1 NO_COLOR=1"
                + " TERM=xterm-256color XDG_CONFIG_HOME='" + tmp.resolve("config") + "' ./cuecard " + verb);
        for (String a : args) {
            cmd.append(" '").append(a).append("'");
        }
        cmd.append(" --data-dir '").append(tmp.resolve("data")).append("'; echo exit=$?; sleep 60");
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", "100", "-y", "30", cmd.toString());
    }

    /**
     * Types text as its UTF-8 bytes in hex ({@code send-keys -H}), so it arrives intact even when this JVM's
     * locale cannot encode it in a command-line argument.
     */
    private void type(String text) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "s", "-H"));
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            args.add(String.format("%02x", b & 0xff));
        }
        tmux(args.toArray(String[]::new));
    }

    /** Polls the pane until it shows the text (20 s at most); returns the pane. */
    private String waitFor(String text) throws Exception {
        return waitFor(text, 20);
    }

    /** Polls the pane until it shows the text ({@code seconds} at most); returns the pane. */
    private String waitFor(String text, int seconds) throws Exception {
        String pane = "";
        for (int i = 0; i < seconds * 10; i++) {
            pane = tmux("capture-pane", "-p", "-t", "s");
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed `" + text + "`; it shows:\n" + pane);
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
