package cuecard.generate;

import cuecard.deck.ClozeText;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every generated card obeys, as a checker that lists each broken rule with the card's id. */
final class CardRules {

    static final Path FIXTURES = Path.of("src/test/resources/generate");
    static final Path SEEDS = Path.of("../shared/seeds");
    private static final Pattern MARKUP = Pattern.compile("https?://|www\\.|\\*\\*|!\\[|]\\(|^#|^>|__|<[a-z/]");
    private static final Pattern KEY_FACT = Pattern.compile("^(?:要点|要點|Key fact)[：:] ?(.*?)(?:[；;].*)?$");

    private CardRules() {
    }

    static InputText input(Path file) {
        try {
            return new InputText(Generator.refFor(file.getFileName().toString()), file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Deck generate(Generator.Settings settings, Path... files) {
        List<InputText> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(input(f));
        }
        return Generator.generate(inputs, settings, Generator.Progress.NONE);
    }

    /** Text compared the way a reader would: no white space, no emphasis markers. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000*_`]+", "");
    }

    /** What the card asks to recall, as it should stand in the source line. */
    static List<String> answers(Note n) {
        if (n instanceof Note.Cloze c) {
            return ClozeText.deletions(c.text()).stream().map(ClozeText.Deletion::answer).toList();
        } else if (n instanceof Note.Choice c) {
            return List.of(c.answer());
        } else if (n instanceof Note.Typed t) {
            return List.of(t.answer());
        } else if (n instanceof Note.Basic b) {
            return List.of(b.back());
        } else if (n instanceof Note.TrueFalse t) {
            var m = KEY_FACT.matcher(t.info().explanation() == null ? "" : t.info().explanation());
            return m.matches() ? List.of(m.group(1)) : List.of("<no key fact in the note>");
        }
        return List.of();
    }

    static String prompt(Note n) {
        if (n instanceof Note.Cloze c) {
            return ClozeText.question(c.text(), 0);
        } else if (n instanceof Note.Choice c) {
            return c.question();
        } else if (n instanceof Note.Typed t) {
            return t.question();
        } else if (n instanceof Note.Basic b) {
            return b.front();
        }
        return ((Note.TrueFalse) n).statement();
    }

    /** Every broken rule, one line each; {@code files} are the inputs the deck was generated from. */
    static List<String> violations(Deck deck, Path... files) {
        Map<String, List<String>> lines = new HashMap<>();
        for (Path f : files) {
            try {
                lines.put(Generator.refFor(f.getFileName().toString()), Files.readAllLines(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> out = new ArrayList<>();
        String yaml = DeckYaml.write(deck);
        DeckResult loaded = DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "generated.yaml");
        for (DeckError e : loaded.problems()) {
            out.add("lint: " + e.format());
        }
        boolean chinese = deck.language().startsWith("zh");
        for (Note n : deck.notes()) {
            String id = n.info().id();
            if (n.info().source() == null) {
                out.add(id + ": no source");
                continue;
            }
            List<String> src = lines.get(n.info().source().ref());
            int line = n.info().source().line();
            if (src == null || line < 1 || line > src.size()) {
                out.add(id + ": cites a line that does not exist: " + n.info().source());
                continue;
            }
            // punctuation is compared by its NFKC form: a Chinese card writes full-width what the source may write half-width
            String sourceLine = squeeze(java.text.Normalizer.normalize(src.get(line - 1), java.text.Normalizer.Form.NFKC));
            List<String> answers = answers(n);
            for (int i = 0; i < answers.size(); i++) {
                String a = answers.get(i);
                String form = squeeze(java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFKC));
                // a sentence whose opening filler was taken off ("Well it's …") starts with a capital the source does not have
                String lowered = form.isEmpty() ? form : Character.toLowerCase(form.charAt(0)) + form.substring(1);
                if (!sourceLine.contains(form) && !sourceLine.contains(lowered)) {
                    out.add(id + ": answer `" + a + "` is not in " + n.info().source().ref() + ":" + line);
                }
                String asked = n instanceof Note.Cloze c ? ClozeText.question(c.text(), i) : prompt(n);
                if (!(n instanceof Note.TrueFalse) && squeeze(asked).contains(squeeze(a))) {
                    out.add(id + ": the prompt contains the answer `" + a + "`");
                }
            }
            String all = prompt(n) + " " + String.join(" ", answers(n));
            if (n instanceof Note.Choice c) {
                Set<String> options = new HashSet<>();
                options.add(GivenAway.fold(c.answer()));
                c.distractors().forEach(d -> options.add(GivenAway.fold(d)));
                if (options.size() != 4) {
                    out.add(id + ": options are not four distinct ones: " + c.answer() + " " + c.distractors());
                }
                all += " " + String.join(" ", c.distractors());
            }
            if (MARKUP.matcher(all.replace(Wording.BLANK, "")).find()) {
                out.add(id + ": markup or a link left: " + all);
            }
            int size = chinese ? prompt(n).length() : prompt(n).split("\\s+").length;
            int max = n instanceof Note.Basic ? (chinese ? 110 : 60) : (chinese ? 70 : 45);
            if (size > max) {
                out.add(id + ": prompt too long (" + size + "): " + prompt(n));
            }
        }
        return out;
    }
}
