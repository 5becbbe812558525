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
        assertThat(first).contains("Who first measured the forgetting curve").contains("new ").contains(" · due ");
        tmux("send-keys", "-t", "s", "Space");
        assertThat(waitFor("Hermann Ebbinghaus")).contains("[3 Good");
        tmux("send-keys", "-t", "s", "3");
        assertThat(waitFor("What is the Leitner system?")).contains("new ");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("Cards answered: 1")).contains("Session finished");
        tmux("send-keys", "-t", "s", "Enter");
        assertThat(waitFor("exit=")).contains("exit=0");
        assertReviewLogged();
    }

    @Test
    void bareCuecardOpensTheDeckPicker() throws Exception {
        startCommand("");
        String picker = waitFor("Enter study");
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

    @Test
    void generateReviewKeepsTwoCardsAndASecondRunAsksNothingNew() throws Exception {
        Path transcript = ROOT.resolve("src/test/resources/generate/interview-en.md");
        Path deck = tmp.resolve("decks-out/deep-sea.yaml");
        startCommand("generate", transcript.toString(), "--review", "-o", deck.toString());
        String first = waitFor("k/Enter keep");
        assertThat(first).contains("Review proposed cards").contains("0 kept · 0 dropped").contains("Source: ").contains("interview-en.md:");
        java.util.regex.Matcher of = java.util.regex.Pattern.compile("1 of (\\d+) ·").matcher(first);
        assertThat(of.find()).as(first).isTrue();
        int proposed = Integer.parseInt(of.group(1));
        tmux("send-keys", "-t", "s", "k");
        waitFor("1 kept · 0 dropped");
        tmux("send-keys", "-t", "s", "k");
        waitFor("2 kept · 0 dropped");
        tmux("send-keys", "-t", "s", "d");
        waitFor("2 kept · 1 dropped");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0").contains("wrote 2 cards to " + deck);
        cuecard.deck.DeckResult loaded = cuecard.deckfile.DeckLoader.load(deck);
        assertThat(loaded.problems()).isEmpty();
        assertThat(((cuecard.deck.DeckResult.Ok) loaded).deck().notes()).hasSize(2);
        assertThat(launcher("lint", deck.toString())).as("cuecard lint").isEqualTo(0);
        byte[] written = Files.readAllBytes(deck);
        byte[] decisions = Files.readAllBytes(deck.resolveSibling("deep-sea.review.yaml"));

        tmux("kill-session", "-t", "s");
        startCommand("generate", transcript.toString(), "--review", "-o", deck.toString());
        // only the proposals not decided yet are asked; q without deciding any leaves both files as they were
        assertThat(waitFor("k/Enter keep")).contains("1 of " + (proposed - 3) + " · 0 kept · 0 dropped");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0").contains("is unchanged");
        assertThat(Files.readAllBytes(deck)).isEqualTo(written);
        assertThat(Files.readAllBytes(deck.resolveSibling("deep-sea.review.yaml"))).isEqualTo(decisions);
    }

    @Test
    void thePickersGReviewsATranscriptIntoANewDeckAndShowsIt() throws Exception {
        startCommand("");
        waitFor("g generate");
        tmux("send-keys", "-t", "s", "g");
        waitFor("Transcript to review");
        type(ROOT.resolve("src/test/resources/generate/interview-en.m").toString());
        tmux("send-keys", "-t", "s", "Tab");
        waitFor("interview-en.md█");
        tmux("send-keys", "-t", "s", "Enter");
        assertThat(waitFor("Deck file to write")).contains("interview-en.yaml");
        tmux("send-keys", "-t", "s", "Enter");
        waitFor("0 kept · 0 dropped");
        tmux("send-keys", "-t", "s", "k");
        waitFor("1 kept · 0 dropped");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("Wrote 1 card to")).contains("Ten Years Under the Sea");
        assertThat(tmp.resolve("data/decks/interview-en.yaml")).exists();
        assertThat(tmp.resolve("data/decks/interview-en.review.yaml")).exists();
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    @Test
    void thePickerStudiesASecondDeckAfterTheFirstUsedItsNewCards() throws Exception {
        Files.createDirectories(tmp.resolve("config/cuecard"));
        Files.writeString(tmp.resolve("config/cuecard/config.yaml"), "new-per-day: 2\n");
        Path decks = Files.createDirectories(tmp.resolve("data/decks"));
        Files.writeString(decks.resolve("tmux-a.yaml"), basics("tmux-a", "Tmux deck A", 4, "Alpha"));
        Files.writeString(decks.resolve("tmux-b.yaml"), basics("tmux-b", "Tmux deck B", 4, "Bravo"));
        startCommand("", 100, 30);
        waitFor("Enter study");
        select("Tmux deck A");
        assertThat(selectedRow()).containsPattern("Tmux deck A\\s+2\\s+0\\s+0\\s+4");
        tmux("send-keys", "-t", "s", "Enter");
        for (int i = 0; i < 2; i++) {
            waitFor("Space/Enter show answer");
            tmux("send-keys", "-t", "s", "Space");
            waitFor("[4 Easy");
            tmux("send-keys", "-t", "s", "4"); // Easy: straight to review, so the session ends at the limit
        }
        assertThat(waitFor("new-card limit for today reached: 2")).contains("Cards answered: 2");
        tmux("send-keys", "-t", "s", "Enter");
        waitFor("Enter study");
        select("Tmux deck A");
        assertThat(selectedRow()).containsPattern("Tmux deck A\\s+0\\s+0\\s+0\\s+4");
        select("Tmux deck B");
        assertThat(selectedRow()).as("the second deck keeps its own limit").containsPattern("Tmux deck B\\s+2\\s+0\\s+0\\s+4");
        tmux("send-keys", "-t", "s", "Enter");
        assertThat(waitFor("Bravo question 0")).contains("new 2").doesNotContain("Nothing scheduled");
        tmux("send-keys", "-t", "s", "q");
        waitFor("Cards answered: 0");
        tmux("send-keys", "-t", "s", "Enter");
        waitFor("Enter study");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    /** Runs the launcher outside tmux; its exit code. */
    private int launcher(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("./cuecard"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("CUECARD_NO_CDS", "1");
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void aLongCardRevealedAt80x24ShowsItsAnswer() throws Exception {
        StringBuilder deck = new StringBuilder("deck: long\ntitle: Long card\ncards:\n  - type: basic\n    id: long\n"
                + "    front: |\n");
        for (int i = 1; i <= 30; i++) {
            deck.append("      Line ").append(i).append(" of a long question.\n");
        }
        deck.append("    back: THE ANSWER AT THE END\n");
        Path file = tmp.resolve("long.yaml");
        Files.writeString(file, deck);
        startCommand("study", 80, 24, file.toString(), "--lang", "en");
        assertThat(waitFor("Space/Enter show answer")).contains("▼ more").doesNotContain("THE ANSWER");
        tmux("send-keys", "-t", "s", "Space");
        assertThat(waitFor("THE ANSWER AT THE END")).contains("[3 Good").contains("▲ more");
        tmux("send-keys", "-t", "s", "q");
        waitFor("Cards answered: 0");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    @Test
    void anExamQuitEarlyScoresEveryQuestionDrawn() throws Exception {
        Path file = tmp.resolve("exam.yaml");
        Files.writeString(file, basics("exam", "Exam deck", 5, "Exam"));
        start(file.toString(), "--mode", "exam", "--lang", "en");
        waitFor("Space/Enter show answer");
        assertThat(waitFor("0/5")).contains("exam");
        tmux("send-keys", "-t", "s", "Space");
        waitFor("[1 Again]");
        tmux("send-keys", "-t", "s", "1");
        waitFor("1/5");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("Score: 0 / 5")).contains("Missed, with the right answers:").contains("Exam answer");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    @Test
    void suspendThenUndoBringsTheCardBack() throws Exception {
        Path file = tmp.resolve("undo.yaml");
        Files.writeString(file, basics("undo", "Undo deck", 3, "Undo"));
        start(file.toString(), "--lang", "en");
        waitFor("Undo question 0");
        tmux("send-keys", "-t", "s", "s");
        waitFor("Suspend this card? y/n");
        tmux("send-keys", "-t", "s", "y");
        assertThat(waitFor("Undo question 1")).contains("Suspended");
        tmux("send-keys", "-t", "s", "u");
        assertThat(waitFor("Undid the suspension")).contains("Undo question 0");
        tmux("send-keys", "-t", "s", "q");
        waitFor("Cards answered: 0");
        tmux("send-keys", "-t", "s", "q");
        assertThat(waitFor("exit=")).contains("exit=0");
    }

    /** A deck of {@code n} basic cards: "WORD question i?" / "WORD answer i". */
    private static String basics(String id, String title, int n, String word) {
        StringBuilder sb = new StringBuilder("deck: " + id + "\ntitle: " + title + "\ncards:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - type: basic\n    id: c").append(i).append("\n    front: ").append(word).append(" question ")
                    .append(i).append("?\n    back: ").append(word).append(" answer ").append(i).append("\n");
        }
        return sb.toString();
    }

    /** Moves the picker's selection down to the row showing {@code title} (from the top). */
    private void select(String title) throws Exception {
        for (int i = 0; i < 20; i++) {
            tmux("send-keys", "-t", "s", "Up");
        }
        for (int i = 0; i < 30; i++) {
            Thread.sleep(150);
            if (selectedRow().contains(title)) {
                return;
            }
            tmux("send-keys", "-t", "s", "Down");
        }
        throw new AssertionError("no picker row shows " + title + ":\n" + tmux("capture-pane", "-p", "-t", "s"));
    }

    private String selectedRow() throws Exception {
        for (String line : tmux("capture-pane", "-p", "-t", "s").split("\n")) {
            if (line.startsWith("›")) {
                return line;
            }
        }
        return "";
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
        startCommand(verb, 100, 30, args);
    }

    private void startCommand(String verb, int cols, int rows, String... args) throws Exception {
        StringBuilder cmd = new StringBuilder("cd '" + ROOT + "' && env LANG=C.UTF-8 CUECARD_NO_CDS=1 NO_COLOR=1"
                + " TERM=xterm-256color XDG_CONFIG_HOME='" + tmp.resolve("config") + "' ./cuecard " + verb);
        for (String a : args) {
            cmd.append(" '").append(a).append("'");
        }
        cmd.append(" --data-dir '").append(tmp.resolve("data")).append("'; echo exit=$?; sleep 60");
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", String.valueOf(cols), "-y", String.valueOf(rows),
                cmd.toString());
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
