package cuecard.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core packages import no UI, YAML, JSON, CLI or file IO, and read no clock or environment. */
class PureCoreTest {

    private static final List<String> CORE = List.of("deck", "generate", "schedule", "stats", "study");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(com\\.googlecode\\.lanterna|com\\.fasterxml\\.jackson|org\\.yaml\\.snakeyaml|picocli"
                    + "|java\\.nio\\.file|java\\.io\\.File)", Pattern.MULTILINE);
    private static final Pattern SYSTEM = Pattern.compile("\\bSystem\\.(currentTimeMillis|nanoTime|getenv|getProperty|out|err|in|exit)\\b"
            + "|\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime)\\.now\\(\\)");

    @Test
    void corePackagesStayPure() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/cuecard", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.toString().contains("/study/tui/")) {
                        continue; // the study UI is the edge of the study package
                    }
                    String src = Files.readString(f);
                    if (FORBIDDEN.matcher(src).find() || SYSTEM.matcher(src).find()) {
                        offenders.add(f.toString());
                    }
                }
            }
        }
        assertThat(offenders).as("core files touching IO/UI/clock").isEmpty();
    }

    @Test
    void theCheckCatchesAnOffender() {
        assertThat(FORBIDDEN.matcher("package x;\nimport com.fasterxml.jackson.databind.ObjectMapper;\n").find()).isTrue();
        assertThat(SYSTEM.matcher("long t = System.currentTimeMillis();").find()).isTrue();
        assertThat(SYSTEM.matcher("Instant now = Instant.now();").find()).isTrue();
    }
}
