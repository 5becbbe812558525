package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.Token;

/**
 * {@link WholeTextReader} is SnakeYAML's {@link StreamReader} in linear time: on any text, any sequence of
 * reads gives the same code points, positions and failures, and the scanner gives the same tokens at the same
 * places.
 */
class WholeTextReaderProperties {

    /** Characters that matter to the reader: line breaks, \r, BOM, a control character, surrogates, CJK. */
    private static final String ALPHABET = "ab :-#\"'\\\n\r\t\u0085\u2028\uFEFF\u0007\u4e2d[]{},&*!|>";

    private static String text(Random r, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int k = r.nextInt(40);
            if (k == 0) {
                b.append("\uD83D\uDE00"); // a pair
            } else if (k == 1 && r.nextInt(8) == 0) {
                b.append(r.nextBoolean() ? '\uD83D' : '\uDE00'); // a lone half, now and then
            } else if (k < 6) {
                b.append("x".repeat(r.nextInt(3000))); // long runs cross SnakeYAML's 1023-character chunks
            } else {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Property(tries = 300)
    void everyReadGivesWhatSnakeYamlsReaderGives(@ForAll long seed) {
        Random r = new Random(seed);
        String text = text(r, r.nextInt(9000));
        StreamReader theirs = new StreamReader(new StringReader(text));
        WholeTextReader ours = new WholeTextReader(text);
        for (int step = 0; step < 400; step++) {
            String a = step(theirs, new Random(seed + step));
            String b = step(ours, new Random(seed + step));
            assertThat(b).as("step %d of %s", step, seed).isEqualTo(a);
            if (a.startsWith("threw")) {
                return;
            }
        }
    }

    /** One random operation and everything it shows, as text. */
    private static String step(StreamReader reader, Random own) {
        int op = own.nextInt(7);
        int n = own.nextInt(4) == 0 ? own.nextInt(2500) : own.nextInt(5);
        try {
            String result = switch (op) {
                case 0 -> "peek " + reader.peek();
                case 1 -> "peek(" + n + ") " + reader.peek(n);
                case 2 -> "prefix(" + n + ") " + reader.prefix(n);
                case 3 -> {
                    // prefixForward never moves past a line break in SnakeYAML's scanner: keep to that use
                    int k = 0;
                    while (k < n && reader.peek(k) != 0 && "\n\r\u0085\u2028\u2029".indexOf(reader.peek(k)) < 0) {
                        k++;
                    }
                    yield "prefixForward(" + k + ") " + reader.prefixForward(k);
                }
                case 4 -> {
                    reader.forward(n);
                    yield "forward(" + n + ")";
                }
                case 5 -> {
                    reader.resetDocumentIndex();
                    yield "reset";
                }
                default -> {
                    reader.forward();
                    yield "forward";
                }
            };
            Mark m = reader.getMark();
            return result + " at " + reader.getIndex() + "/" + reader.getDocumentIndex() + " " + reader.getLine()
                    + ":" + reader.getColumn() + " mark " + m.getIndex() + " " + m.getLine() + ":" + m.getColumn()
                    + " " + m.getName();
        } catch (RuntimeException e) {
            return "threw " + e; // a ReaderException shows its position here
        }
    }

    @Property(tries = 300)
    void theScannerGivesTheSameTokensAtTheSamePlaces(@ForAll long seed) {
        Random r = new Random(seed);
        String text = yamlish(r);
        assertThat(tokens(new WholeTextReader(text))).isEqualTo(tokens(new StreamReader(new StringReader(text))));
    }

    private static String yamlish(Random r) {
        String[] pieces = {"deck: x\n", "cards:\n", "  - type: basic\n", "    front: ", "    back: |\n      ",
            "\"quoted \\\" text\"", "'single'' q'", "{a: 1, b: [x, y]}", "&a [1, 2]", "*a", "# comment\n",
            "\n", "  ", "\t", "中文", "\uD83D\uDE00", "\u0007", "? ", ": ", "- ", "!!str ", "%YAML 1.1\n---\n"};
        StringBuilder b = new StringBuilder();
        int count = r.nextInt(60);
        for (int i = 0; i < count; i++) {
            if (r.nextInt(10) == 0) {
                b.append("y".repeat(r.nextInt(5000)));
            } else {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
        }
        return b.toString();
    }

    private static List<String> tokens(StreamReader reader) {
        List<String> out = new ArrayList<>();
        try {
            ScannerImpl scanner = new ScannerImpl(reader, new LoaderOptions());
            while (true) {
                Token t = scanner.getToken();
                out.add(t.getTokenId() + " " + t.getStartMark().getIndex() + " " + t.getStartMark().getLine() + ":"
                        + t.getStartMark().getColumn() + "-" + t.getEndMark().getLine() + ":"
                        + t.getEndMark().getColumn() + " " + describe(t));
                if (t.getTokenId() == Token.ID.StreamEnd) {
                    return out;
                }
            }
        } catch (RuntimeException e) {
            out.add("threw " + e.getClass().getName() + ": " + problem(e));
            return out;
        }
    }

    private static String describe(Token t) {
        return t instanceof org.yaml.snakeyaml.tokens.ScalarToken s ? s.getValue() : "";
    }

    /** The message without SnakeYAML's snippet (ours shows more of the line around a mark). */
    private static String problem(RuntimeException e) {
        if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
            Mark p = m.getProblemMark();
            return m.getProblem() + (p == null ? "" : " at " + p.getIndex() + " " + p.getLine() + ":" + p.getColumn());
        }
        return e.toString();
    }

    @Property(tries = 50)
    void parsingGivesTheSameEvents(@ForAll long seed) {
        String text = yamlish(new Random(seed));
        assertThat(events(new WholeTextReader(text))).isEqualTo(events(new StreamReader(new StringReader(text))));
    }

    private static List<String> events(StreamReader reader) {
        List<String> out = new ArrayList<>();
        try {
            ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
            while (parser.peekEvent() != null) {
                org.yaml.snakeyaml.events.Event e = parser.getEvent();
                out.add(e.toString() + " " + e.getStartMark().getIndex());
                if (e.is(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            out.add("threw " + e.getClass().getName() + ": " + problem(e));
        }
        return out;
    }
}
