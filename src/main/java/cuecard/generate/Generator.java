package cuecard.generate;

import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generator, a pipeline whose stages each do one job: read ({@link DocumentReader}: formats, turns, speakers,
 * roles of blocks, metadata) → analyse ({@link Analysis}: sentences and the facts in them, {@link FactFinder}) →
 * salience ({@link Salience}: TextRank and roles) → candidates ({@link FactDrafts}, {@link TurnDrafts},
 * {@link RoleDrafts}) → gates ({@link Gates}: named rules) → selection ({@link Selection}) → cards
 * ({@link CardMaker}). Deterministic: the same inputs and settings give the same deck, and a card's id comes from
 * what it asks, not from its position.
 */
public final class Generator {

    /** What the caller may set; null fields are chosen from the inputs. */
    public record Settings(String deckId, String title, Integer maxCards, Language language) {
        public static Settings defaults() {
            return new Settings(null, null, null, null);
        }
    }

    /** Told how far the work has got. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** The deck and the report of every draft ({@code --explain}). */
    public record Result(Deck deck, String report) {
    }

    private Generator() {
    }

    /** Generates a deck from the inputs (at least one). */
    public static Deck generate(List<InputText> inputs, Settings settings, Progress progress) {
        return run(inputs, settings, progress).deck();
    }

    /** Generates a deck and the report of why each draft was kept or left out. */
    public static Result run(List<InputText> inputs, Settings settings, Progress progress) {
        return run(inputs, settings, progress, null);
    }

    /** What {@link #run} decided, for {@link Proposals}: every verdict, the cards made and the maker that made them. */
    record Stages(List<Verdict> verdicts, List<CardMaker.Made> made, List<Fact> facts, Map<Draft, String> alsoIn) {
    }

    /** As {@link #run(List, Settings, Progress)}, also handing the stages' results to {@code stages} when it is not null. */
    static Result run(List<InputText> inputs, Settings settings, Progress progress, java.util.function.Consumer<Stages> stages) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        int total = inputs.size() * 2 + 1;
        int done = 0;
        List<Document> docs = new ArrayList<>();
        List<Fact> allFacts = new ArrayList<>();
        List<Verdict> gated = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Document doc = DocumentReader.read(inputs.get(i), settings.language());
            docs.add(doc);
            progress.update(++done, total);
            Analysis analysis = Analysis.of(doc, i);
            allFacts.addAll(analysis.facts());
            double[] salience = Salience.of(analysis);
            GateContext context = GateContext.of(analysis);
            List<Draft> drafts = new ArrayList<>();
            drafts.addAll(FactDrafts.of(analysis, salience));
            drafts.addAll(TurnDrafts.of(analysis, salience));
            drafts.addAll(RoleDrafts.of(analysis, salience));
            drafts.addAll(DefinitionDrafts.of(analysis, salience));
            for (Draft d : drafts) {
                gated.add(new Verdict(d, Gates.stopping(d, context), null));
            }
            progress.update(++done, total);
        }
        List<Verdict> verdicts = Selection.select(gated, settings.maxCards());
        java.util.Map<Draft, String> alsoIn = new java.util.IdentityHashMap<>();
        for (Verdict v : verdicts) {
            if (v.by() != null) {
                Wording w = new Wording(v.by().language());
                alsoIn.merge(v.by(), w.alsoIn(v.draft().sentence().doc().ref(), v.draft().line()), w::join);
            }
        }
        CardMaker maker = new CardMaker(allFacts, alsoIn);
        List<CardMaker.Made> made = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.kept()) {
                made.add(maker.make(v.draft()));
            }
        }
        made.sort(Comparator.comparingInt((CardMaker.Made m) -> m.draft().sentence().docIndex())
                .thenComparingInt(m -> m.draft().sentence().index()).thenComparing(CardMaker.Made::id));
        List<Note> notes = made.stream().map(CardMaker.Made::note).toList();
        Language language = settings.language() != null ? settings.language() : docs.get(0).language();
        Wording wording = new Wording(language);
        List<Source> sources = new ArrayList<>();
        LinkedHashSet<String> titles = new LinkedHashSet<>();
        for (Document d : docs) {
            sources.add(new Source(d.ref(), d.title(), d.author(), d.date(), d.url()));
            if (d.title() != null) {
                titles.add(wording.quoteTitle(d.title()));
            }
        }
        String id = settings.deckId() != null ? settings.deckId() : slug(docs.get(0).ref());
        String title = settings.title() != null ? settings.title() : docs.get(0).title() != null ? docs.get(0).title() : id;
        String description = titles.isEmpty() ? null : wording.description(String.join(language.chinese() ? "、" : ", ", titles));
        progress.update(total, total);
        Deck deck = new Deck(id, title, language.tag(), description, List.of("generated"), sources, notes, Location.of(id));
        if (stages != null) {
            stages.accept(new Stages(verdicts, made, allFacts, alsoIn));
        }
        return new Result(deck, Explain.report(verdicts, made));
    }

    /** A slug from any text: lower-case ASCII letters, digits and dashes. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "generated" : s;
    }

    /** A source id for a file name: its stem as a slug. */
    public static String refFor(String fileName) {
        String stem = fileName.replaceAll("\\.[A-Za-z0-9]{1,8}$", "");
        return slug(stem);
    }

    static NoteInfo info(String id, List<String> tags, String ref, int line, String explanation) {
        return new NoteInfo(id, tags, new SourceRef(ref, line), explanation, Location.of(ref));
    }
}
