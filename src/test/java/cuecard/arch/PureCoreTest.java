package cuecard.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core packages import no UI, YAML, JSON, CLI or file IO, and read no clock or environment; and no two
 * packages depend on each other, directly or through others.
 */
class PureCoreTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> CORE = List.of("deck", "generate", "review", "schedule", "stats", "study");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(com\\.googlecode\\.lanterna|com\\.fasterxml\\.jackson|org\\.yaml\\.snakeyaml|picocli"
                    + "|java\\.nio\\.file|java\\.io\\.File)", Pattern.MULTILINE);
    private static final Pattern SYSTEM = Pattern.compile("\\bSystem\\.(currentTimeMillis|nanoTime|getenv|getProperty|out|err|in|exit)\\b"
            + "|\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime)\\.now\\(\\)");
    /** A use of a class of ours by its full name, in an import or in the code: {@code cuecard.pkg.sub.Type}. */
    private static final Pattern USE = Pattern.compile("\\b(cuecard(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([a-z0-9_.]+);", Pattern.MULTILINE);

    @Test
    void corePackagesStayPure() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = MAIN.resolve("cuecard").resolve(pkg);
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

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(src);
                if (pkg.find()) {
                    uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>()).addAll(usedPackages(src));
                }
            }
        }
        assertThat(uses).as("packages found").containsKeys("cuecard.schedule", "cuecard.study", "cuecard.review");
        assertThat(cycles(uses)).as("packages that depend on each other, directly or through others").isEmpty();
    }

    @Test
    void theCycleCheckSeesCyclesThroughImportsAndFullNames() {
        String schedule = "package cuecard.schedule;\nimport cuecard.study.CardSource;\n";
        String study = "package cuecard.study;\n// cuecard.deck.Deck in a comment is no use\n"
                + "class S { cuecard.schedule.Rating r; }\n";
        assertThat(usedPackages(schedule)).containsExactly("cuecard.study");
        assertThat(usedPackages(study)).containsExactly("cuecard.schedule");
        Map<String, Set<String>> uses = new TreeMap<>();
        uses.put("cuecard.schedule", Set.of("cuecard.study"));
        uses.put("cuecard.study", Set.of("cuecard.schedule", "cuecard.deck"));
        uses.put("cuecard.deck", Set.of());
        assertThat(cycles(uses)).containsExactly(List.of("cuecard.schedule", "cuecard.study"));
        uses.put("cuecard.a", Set.of("cuecard.b"));
        uses.put("cuecard.b", Set.of("cuecard.c"));
        uses.put("cuecard.c", Set.of("cuecard.a"));
        assertThat(cycles(uses)).contains(List.of("cuecard.a", "cuecard.b", "cuecard.c"));
        uses.put("cuecard.schedule", Set.of());
        uses.put("cuecard.c", Set.of("cuecard.deck"));
        assertThat(cycles(uses)).isEmpty();
    }

    /** The packages of ours a source file uses, by import or by full name, outside comments and its own package. */
    private static Set<String> usedPackages(String src) {
        String code = COMMENTS.matcher(src).replaceAll("");
        Matcher pkg = PACKAGE.matcher(code);
        String own = pkg.find() ? pkg.group(1) : "";
        Set<String> used = new TreeSet<>();
        Matcher m = USE.matcher(code);
        while (m.find()) {
            if (!m.group(1).equals(own)) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    /** Every strongly connected group of more than one package (Tarjan's algorithm), each sorted by name. */
    private static List<List<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String p : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(p)) {
                connect(p, uses, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String p, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> found) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                connect(q, uses, index, low, stack, onStack, found);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> group = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                group.add(q);
            } while (!q.equals(p));
            if (group.size() > 1) {
                group.sort(null);
                found.add(group);
            }
        }
    }
}
