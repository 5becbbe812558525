package cuecard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic deck collection for benchmarks and memory tests: {@code decks} files of {@code cardsPerDeck}
 * notes, every card type, Latin and CJK text, deterministic for a seed.
 * Run: {@code java -cp ... cuecard.bench.SyntheticDecks DIR [decks] [cardsPerDeck] [seed]}.
 */
public final class SyntheticDecks {

    private static final String[] LATIN = {"memory", "interval", "river", "capital", "engine", "harbour", "orbit",
        "ledger", "violin", "glacier", "census", "quartz", "tariff", "pigment", "lantern", "compass"};
    private static final String[] HAN = {"记忆", "间隔", "河流", "首都", "引擎", "港口", "轨道", "账本", "小提琴", "冰川",
        "人口普查", "石英", "关税", "颜料", "灯笼", "指南针"};

    private SyntheticDecks() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int decks = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perDeck = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        List<Path> files = write(dir, decks, perDeck, seed);
        System.out.println("wrote " + files.size() + " decks of " + perDeck + " notes to " + dir);
    }

    /** Writes the decks and returns their paths. */
    public static List<Path> write(Path dir, int decks, int perDeck, long seed) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int d = 0; d < decks; d++) {
            boolean cjk = d % 2 == 1;
            StringBuilder sb = new StringBuilder(perDeck * 120);
            sb.append("deck: synth-").append(d).append('\n');
            sb.append("title: Synthetic deck ").append(d).append('\n');
            sb.append("language: ").append(cjk ? "zh-Hans" : "en").append('\n');
            sb.append("cards:\n");
            for (int i = 0; i < perDeck; i++) {
                card(sb, d, i, cjk, rnd);
            }
            Path f = dir.resolve(String.format("synth-%02d.yaml", d));
            Files.writeString(f, sb, StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    private static void card(StringBuilder sb, int deck, int i, boolean cjk, Random rnd) {
        String[] words = cjk ? HAN : LATIN;
        String a = words[rnd.nextInt(words.length)];
        String b = words[rnd.nextInt(words.length)];
        String tag = "n" + deck + "-" + i;
        switch (i % 5) {
            case 0 -> sb.append("  - type: basic\n    front: \"").append(a).append(' ').append(tag).append("?\"\n")
                    .append("    back: \"").append(b).append("\"\n");
            case 1 -> sb.append("  - type: cloze\n    text: \"").append(a).append(' ').append(tag).append(" {{")
                    .append(b).append("}} ").append(cjk ? "。" : ".").append("\"\n");
            case 2 -> sb.append("  - type: choice\n    question: \"").append(a).append(' ').append(tag).append("?\"\n")
                    .append("    answer: \"").append(i).append("\"\n    distractors: [\"").append(i + 1)
                    .append("\", \"").append(i + 2).append("\", \"").append(i + 3).append("\"]\n");
            case 3 -> sb.append("  - type: typed\n    question: \"").append(a).append(' ').append(tag).append("\"\n")
                    .append("    answer: \"").append(b).append("\"\n    accept: [\"").append(b).append(b).append("\"]\n");
            default -> sb.append("  - type: truefalse\n    statement: \"").append(a).append(' ').append(tag)
                    .append(" is ").append(b).append("\"\n    answer: ").append(rnd.nextBoolean()).append('\n');
        }
        if (rnd.nextInt(4) == 0) {
            sb.append("    tags: [t").append(rnd.nextInt(20)).append("]\n");
        }
    }
}
