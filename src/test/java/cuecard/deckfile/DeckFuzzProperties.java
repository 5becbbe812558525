package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid deck files mutated at random (bytes flipped, lines dropped, duplicated or re-indented, the file cut
 * short, YAML punctuation sprinkled in): loading never throws, and every problem it reports has a place.
 */
class DeckFuzzProperties {

    private static final byte[] SAMPLE = read("decks/spaced-repetition.yaml");
    private static final String MIXED = """
            deck: fuzz-mixed
            title: 混合 deck — 测试
            language: zh-Hans
            sources:
              - id: talk
                title: 一次访谈
            cards:
              - type: basic
                front: 2022年11月20日发生了什么？
                back: 发布会
                source: {ref: talk, line: 3}
              - type: cloze
                text: 公司估值 {{100亿美元::金额}}，员工 {{300}} 人
              - type: choice
                question: Which year?
                answer: "2019"
                distractors: ["2018", "2020", "2021"]
              - type: typed
                question: 首席执行官是谁？
                answer: 张三
                accept: [张 三]
              - type: truefalse
                statement: The sky is green.
                answer: false
            """;

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void mutatedDecksLoadOrFailWithLocatedErrors(@ForAll("mutated") byte[] bytes) {
        DeckResult result = DeckLoader.parse(bytes, "fuzz.yaml");
        assertThat(result).isNotNull();
        for (DeckError e : result.problems()) {
            assertThat(e.message()).isNotBlank();
            assertThat(e.location().file()).isEqualTo("fuzz.yaml");
            assertThat(e.format()).startsWith("fuzz.yaml");
        }
        if (result instanceof DeckResult.Failed failed) {
            assertThat(failed.problems()).isNotEmpty();
            assertThat(failed.problems()).anyMatch(DeckError::isError);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> base = Arbitraries.of(SAMPLE, MIXED.getBytes(StandardCharsets.UTF_8));
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 7);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(base, kind, seed).as(DeckFuzzProperties::mutate);
    }

    static byte[] mutate(byte[] original, int kind, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        byte[] b = original.clone();
        String text = new String(original, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        switch (kind) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 2 -> {
                int i = random.nextInt(lines.length);
                lines[i] = "";
            }
            case 3 -> {
                int i = random.nextInt(lines.length);
                lines[i] = " ".repeat(random.nextInt(7)) + lines[i].stripLeading();
            }
            case 4 -> {
                int i = random.nextInt(lines.length);
                int j = random.nextInt(lines.length);
                lines[j] = lines[i];
            }
            case 5 -> {
                String[] junk = {":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!str ", "? ", "|", ">", "\"", "'", "#", "\t", "%YAML 1.1"};
                int i = random.nextInt(lines.length);
                int at = random.nextInt(lines[i].length() + 1);
                lines[i] = lines[i].substring(0, at) + junk[random.nextInt(junk.length)] + lines[i].substring(at);
            }
            case 6 -> {
                int i = random.nextInt(lines.length);
                String[] values = {"", "~", "null", "[]", "{}", "123", "true", "- x", "{{}}", "{{a::}}", "deck: other"};
                int colon = lines[i].indexOf(':');
                lines[i] = colon >= 0 ? lines[i].substring(0, colon + 1) + " " + values[random.nextInt(values.length)] : lines[i];
            }
            default -> {
                int i = random.nextInt(lines.length);
                lines[i] = lines[i] + "\u0000\uFEFF\u202E";
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
