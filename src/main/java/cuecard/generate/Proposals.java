package cuecard.generate;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generator's output for a review: the deck it would write (for its id, title, language and sources), the
 * cards it proposes best first, and every candidate it left out with the gate or the reason (the data behind
 * {@code --explain}), each as a {@link Proposal} with a stable id.
 *
 * @param deck     the deck {@code generate} would write
 * @param proposed the selected proposals, best first
 * @param rejected the others, best first
 * @param report   the {@code --explain} report
 */
public record Proposals(Deck deck, List<Proposal> proposed, List<Proposal> rejected, String report) {

    private static final Pattern TIMING = Pattern.compile("^\\s*(?:\\d+:)?(\\d{1,2}:\\d{2}(?::\\d{2})?)[,.]\\d{1,3}\\s*-->");

    public Proposals {
        proposed = List.copyOf(proposed);
        rejected = List.copyOf(rejected);
    }

    /** Runs the generator and turns its verdicts into proposals. */
    public static Proposals of(List<InputText> inputs, Generator.Settings settings, Generator.Progress progress) {
        Generator.Stages[] stages = new Generator.Stages[1];
        Generator.Result result = Generator.run(inputs, settings, progress, s -> stages[0] = s);
        Deck deck = result.deck();
        Generator.Stages st = stages[0];
        Map<Draft, CardMaker.Made> made = new java.util.IdentityHashMap<>();
        st.made().forEach(m -> made.put(m.draft(), m));
        CardMaker[] rescue = new CardMaker[1];
        java.util.function.Supplier<CardMaker> rescuer = () -> {
            synchronized (rescue) {
                if (rescue[0] == null) {
                    rescue[0] = new CardMaker(st.facts(), st.alsoIn());
                }
                return rescue[0];
            }
        };
        CardMaker alternatives = new CardMaker(st.facts(), st.alsoIn());
        Map<String, String[]> timings = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<Verdict> ordered = new ArrayList<>(st.verdicts());
        ordered.sort(Comparator.comparingDouble((Verdict v) -> -v.draft().score())
                .thenComparingInt(v -> v.draft().sentence().docIndex())
                .thenComparingInt(v -> v.draft().sentence().index())
                .thenComparing(v -> v.draft().answer()));
        List<Proposal> proposed = new ArrayList<>();
        List<Proposal> rejected = new ArrayList<>();
        for (Verdict v : ordered) {
            Draft d = v.draft();
            CardMaker.Made m = made.get(d);
            String id = unique(ids, idOf(d));
            InputText input = inputs.get(d.sentence().docIndex());
            String[] lines = timings.computeIfAbsent(input.ref(), r -> timesByLine(input.text()));
            int line = d.line();
            String time = line > 0 && line < lines.length ? lines[line] : null;
            Sentence s = d.sentence();
            Proposal.Origin origin = new Proposal.Origin(input.name(), input.ref(), line, time, s.speaker(),
                    s.passage().text(), s.start(), s.end());
            java.util.function.Supplier<Note> card = m != null ? m::note : () -> rescuer.get().make(d).note();
            String reason = v.gate() != null ? v.gate().reason() : v.note();
            Proposal p = new Proposal(id, m != null, d.score(), s.docIndex(), s.index(), d.prompt(), d.answer(), origin,
                    v.gate() == null ? null : v.gate().name(), reason, card,
                    () -> alternatives(alternatives, d, card.get()));
            (m != null ? proposed : rejected).add(p);
        }
        return new Proposals(deck, proposed, rejected, result.report());
    }

    /** From the source, the template, what it asks, the answer and the sentence: not from lines, positions or turn numbers. */
    static String idOf(Draft d) {
        String kind = d.kind() == Draft.Kind.FACT ? d.fact().kind().name().toLowerCase(java.util.Locale.ROOT)
                : d.kind().name().toLowerCase(java.util.Locale.ROOT);
        // a turn's key numbers the turn, which moves when the text grows: its question stands for it instead
        String asks = d.kind() == Draft.Kind.TURN ? d.before().strip() : d.key();
        return kind + "-" + CardMaker.hash(d.sentence().doc().ref() + "|" + d.kind() + "|" + asks + "|" + d.answer()
                + "|" + d.sentence().text().strip()).substring(0, 12);
    }

    private static String unique(Set<String> ids, String id) {
        String out = id;
        for (int i = 2; !ids.add(out); i++) {
            out = id + "-" + i;
        }
        return out;
    }

    /** For a subtitle file, the cue's start time of every line (index = line number); else an empty array. */
    static String[] timesByLine(String text) {
        String[] lines = text.split("\n", -1);
        boolean subtitles = false;
        for (String l : lines) {
            if (TIMING.matcher(l).find()) {
                subtitles = true;
                break;
            }
        }
        if (!subtitles) {
            return new String[0];
        }
        String[] out = new String[lines.length + 1];
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TIMING.matcher(lines[i]);
            if (m.find()) {
                String t = lines[i].strip();
                current = t.substring(0, t.indexOf("-->")).strip().replaceAll("[,.]\\d+$", "");
            }
            out[i + 1] = current;
        }
        return out;
    }

    /** The card in every type the draft's fact allows, {@code first} (the generator's own card) first. */
    static List<Note> alternatives(CardMaker maker, Draft d, Note first) {
        List<Note> out = new ArrayList<>(List.of(first));
        NoteInfo info = first.info();
        String question = d.prompt();
        List<Note> all = new ArrayList<>();
        if (d.kind() == Draft.Kind.FACT) {
            Fact f = d.fact();
            String answer = d.answer();
            if (!answer.contains("{{") && !answer.contains("}}") && !answer.contains("::")) {
                all.add(new Note.Cloze(info, d.lead() + d.before() + "{{" + answer + "}}" + d.after()));
            }
            long seed = CardMaker.fnv(d.key());
            List<String> wrong = f.kind().numeric()
                    ? Variants.of(f, 6, seed).stream().filter(v -> !GivenAway.fold(question).contains(GivenAway.fold(v))).limit(3).toList()
                    : maker.sameSort(f, question, seed);
            if (wrong.size() == 3) {
                all.add(new Note.Choice(info, question, answer, wrong));
            }
            all.add(new Note.Typed(info, question, answer, f.kind().numeric() ? AcceptForms.of(f, answer) : List.of()));
            all.add(new Note.Basic(info, question, answer, false));
        } else {
            all.add(new Note.Basic(info, question, d.answer(), false));
        }
        for (Note n : all) {
            Note shown = d.language().chinese() ? n.mapText(CardMaker::fullWidth) : n;
            if (out.stream().noneMatch(o -> o.type() == shown.type())) {
                out.add(shown);
            }
        }
        return out;
    }
}
