package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the shared interview corpus (when it is there) and checks that no markup or transcript apparatus is left. */
class TranscriptCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}|\\[\\d{1,2}:\\d{2}]|\\d{2}:\\d{2}[.,]\\d{3}");
    private static final Pattern BARE_URL = Pattern.compile("https?://|www\\.");
    private static final Pattern MARKER = Pattern.compile("(?i)\\[laugh|<laugh|（笑）|-->");
    /** Speakers each file must show (a file not listed must still read). */
    private static final Map<String, List<String>> SPEAKERS = Map.of(
            "12-changelog-brain-science-2.md", List.of("Mireille B. Reece, Psy.D", "Adam Stacoviak"),
            "09-changelog-afk-suz-hinton.md", List.of("Suz Hinton"),
            "11-ieee-oral-history-tatsuo-arai.md", List.of("Tatsuo Arai"),
            "03-kanlixiang-women-directors-forum.md", List.of("许鞍华", "主持人"),
            "04-kanlixiang-tea-room-podcast.md", List.of("袁长庚"),
            "05-ttoos-asf-founders-interview.md", List.of("Mark", "Randy"),
            "01-sanlian-geomagnetic-storm-qa.md", List.of("蔡峥"));

    @Test
    void everyCorpusFileReadsWithoutApparatus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus check skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".vtt"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Document d = DocumentReader.read(new InputText("c", name, Files.readString(f, StandardCharsets.UTF_8)), null);
            assertThat(d.passages()).as(name).isNotEmpty();
            for (Passage p : d.passages()) {
                String t = p.text();
                assertThat(TIMESTAMP.matcher(t).find()).as(name + ": timestamp in " + p).isFalse();
                assertThat(t).as(name).doesNotContain("**").doesNotContain("](http");
                assertThat(BARE_URL.matcher(t).find()).as(name + ": URL in " + p).isFalse();
                assertThat(MARKER.matcher(t).find()).as(name + ": marker in " + p).isFalse();
            }
            Set<String> speakers = d.passages().stream().map(Passage::speaker).filter(s -> s != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (System.getenv("CORPUS_DUMP") != null) {
                System.out.println("== " + name + " " + d.language() + " title=" + d.title() + " date=" + d.date()
                        + " author=" + d.author() + " url=" + d.url() + " interviewee=" + d.interviewee());
                System.out.println("   speakers=" + speakers + "\n   credits=" + d.credits());
                d.passages().forEach(p -> System.out.println("   " + p.role() + "@" + p.firstLine() + " t" + p.turn()
                        + (p.speaker() == null ? "" : "(" + p.speaker() + ")") + ": " + p.text().substring(0, Math.min(90, p.text().length()))));
            }
            for (String s : SPEAKERS.getOrDefault(name, List.of())) {
                assertThat(speakers).as(name + " speakers").contains(s);
            }
            assertThat(speakers).as(name + " speakers are names, not sentences").allMatch(s -> s.length() <= 40);
            if (name.startsWith("11-")) {
                assertThat(d.date()).as("the interview date the text states").isEqualTo("4 November 2013");
                assertThat(d.credits()).extracting(Credit::name).contains("Peter Asaro");
            }
            if (name.startsWith("03-")) {
                assertThat(d.credits()).extracting(Credit::role).contains("现场翻译", "现场主持");
            }
            if (name.endsWith(".vtt")) {
                assertThat(d.passages()).allMatch(p -> p.role() == Role.TEXT && !p.text().matches("\\d+"));
            }
        }
    }
}
