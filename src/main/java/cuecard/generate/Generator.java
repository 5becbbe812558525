package cuecard.generate;

import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The generator: reads each input, finds its facts, writes cards about them, merges the cards several inputs
 * share, ranks them and keeps the best. Deterministic: the same inputs and settings give the same deck, and a
 * card's id comes from its fact, not from its position.
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

    private Generator() {
    }

    /** Generates a deck from the inputs (at least one). */
    public static Deck generate(List<InputText> inputs, Settings settings, Progress progress) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        int total = inputs.size() * 3 + 1;
        int done = 0;
        List<Document> docs = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Fact> allFacts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Document doc = DocumentReader.read(inputs.get(i), settings.language());
            docs.add(doc);
            progress.update(++done, total);
            List<Fact> facts = FactFinder.find(doc);
            progress.update(++done, total);
            candidates.addAll(CardWriter.candidates(doc, i, facts));
            allFacts.addAll(facts);
            progress.update(++done, total);
        }
        Language language = settings.language() != null ? settings.language() : docs.get(0).language();
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        Map<FactKind, List<Fact>> pool = new HashMap<>();
        Map<String, NameKinds.Sort> sorts = NameKinds.of(allFacts);
        for (Candidate c : candidates) {
            if (c.fact() != null) {
                pool.computeIfAbsent(c.fact().kind(), k -> new ArrayList<>()).add(c.fact());
            }
        }
        List<CardWriter.Written> written = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
            List<Candidate> group = new ArrayList<>(byKey.get(key));
            group.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::docIndex)
                    .thenComparingLong(Candidate::order));
            List<Candidate> remaining = new ArrayList<>(group);
            while (!remaining.isEmpty()) {
                Candidate primary = remaining.remove(0);
                List<Candidate> also = new ArrayList<>();
                Set<Integer> docsSeen = new HashSet<>(Set.of(primary.docIndex()));
                for (var it = remaining.iterator(); it.hasNext(); ) {
                    Candidate other = it.next();
                    if (other.docIndex() == primary.docIndex()) {
                        it.remove();
                    } else if (!docsSeen.contains(other.docIndex()) && CardWriter.sameFact(primary, other)) {
                        also.add(other);
                        docsSeen.add(other.docIndex());
                        it.remove();
                    }
                }
                CardWriter.Written w = CardWriter.write(primary, also, pool, sorts, new Wording(language), ids);
                if (w != null) {
                    written.add(w);
                }
            }
        }
        written.sort(Comparator.comparingDouble(CardWriter.Written::score).reversed().thenComparing(CardWriter.Written::id));
        written = oneCardPerClause(written, new Wording(language), ids);
        written = withoutShownNumbers(written);
        if (settings.maxCards() != null && written.size() > settings.maxCards()) {
            written = new ArrayList<>(written.subList(0, Math.max(0, settings.maxCards())));
        }
        List<CardWriter.Written> kept = written;
        written = written.stream().map(w -> CardWriter.apartFromFacts(w, kept))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        written.sort(Comparator.comparingInt((CardWriter.Written w) -> w.from().docIndex())
                .thenComparingLong(w -> w.from().order()).thenComparing(CardWriter.Written::id));
        written = alternateTruth(written);
        List<Note> notes = written.stream().map(CardWriter.Written::note).toList();
        List<Source> sources = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Wording wording = new Wording(language);
        for (Document d : docs) {
            sources.add(new Source(d.ref(), d.title(), d.author(), d.date(), d.url()));
            if (d.title() != null) {
                titles.add(wording.quoteTitle(d.title()));
            }
        }
        String id = settings.deckId() != null ? settings.deckId() : slug(docs.get(0).ref());
        String title = settings.title() != null ? settings.title() : docs.get(0).title() != null ? docs.get(0).title() : id;
        String description = titles.isEmpty() ? null
                : wording.description(String.join(language.chinese() ? "、" : ", ", new java.util.LinkedHashSet<>(titles)));
        progress.update(total, total);
        return new Deck(id, title, language.tag(), description, List.of("generated"), sources, notes, Location.of(id));
    }

    /**
     * Keeps the best card of clauses that overlap, so no sentence is asked about twice; the other facts of that
     * clause join it as more deletions when it is a cloze, or make one cloze of their own beside it.
     */
    private static List<CardWriter.Written> oneCardPerClause(List<CardWriter.Written> ranked, Wording wording, Set<String> ids) {
        List<CardWriter.Written> leads = new ArrayList<>();
        Map<CardWriter.Written, List<CardWriter.Written>> absorbed = new java.util.IdentityHashMap<>();
        Map<Passage, List<CardWriter.Written>> clauses = new java.util.IdentityHashMap<>();
        for (CardWriter.Written w : ranked) {
            Clause c = w.from().clause();
            if (c == null) {
                leads.add(w);
                continue;
            }
            List<CardWriter.Written> here = clauses.computeIfAbsent(c.passage(), k -> new ArrayList<>());
            CardWriter.Written lead = here.stream().filter(o -> o.from().clause().from() < c.to() && c.from() < o.from().clause().to())
                    .findFirst().orElse(null);
            if (lead == null) {
                here.add(w);
                leads.add(w);
            } else {
                absorbed.computeIfAbsent(lead, k -> new ArrayList<>()).add(w);
            }
        }
        List<CardWriter.Written> out = new ArrayList<>();
        Set<CardWriter.Written> extra = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (CardWriter.Written w : leads) {
            List<CardWriter.Written> more = absorbed.getOrDefault(w, List.of());
            if (more.isEmpty()) {
                out.add(w);
                continue;
            }
            boolean cloze = w.note() instanceof cuecard.deck.Note.Cloze;
            Set<Candidate> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Candidate> candidates = more.stream().map(CardWriter.Written::from).toList();
            CardWriter.Written merged = CardWriter.clozeOf(w, candidates, wording, cloze, used);
            if (!cloze && merged != null && (CardWriter.showsAnswerOf(w, merged) || CardWriter.showsAnswerOf(merged, w))) {
                // a cloze beside the clause's card would show its answer, or it shows theirs: one cloze asks them all
                used.clear();
                CardWriter.Written whole = CardWriter.clozeOf(w, candidates, wording, true, used);
                if (whole != null) {
                    merged = whole;
                    cloze = true;
                }
            }
            if (cloze) {
                out.add(merged != null ? merged : w);
            } else {
                out.add(w);
                if (merged != null && !merged.id().equals(w.id())) {
                    out.add(merged);
                    extra.add(merged);
                }
            }
            // a fact on another source line than the clause's card keeps a card of its own
            more.stream().filter(o -> !used.contains(o.from()) && o.from().line() != w.from().line()).findFirst()
                    .ifPresent(out::add);
        }
        // a cloze written beside a clause's card is named after its own fact, which another card may already carry
        Set<String> taken = new HashSet<>();
        out.stream().filter(w -> !extra.contains(w)).forEach(w -> taken.add(w.id()));
        for (int i = 0; i < out.size(); i++) {
            if (extra.contains(out.get(i)) && !taken.add(out.get(i).id())) {
                CardWriter.Written r = CardWriter.renamed(out.get(i));
                taken.add(r.id());
                out.set(i, r);
            }
        }
        out.sort(Comparator.comparingDouble(CardWriter.Written::score).reversed().thenComparing(CardWriter.Written::id));
        return out;
    }

    /**
     * The ranked cards without those that show a number, date or amount a better-ranked card asks for, or ask for
     * one a better-ranked card shows: two cards on one value, one giving the other away (`柯曼回顧了那轟轟烈烈的四天…`
     * beside `柯曼回顧了那次矚目的____逼宮事件`, a question that states the amount a fact card asks for), or that ask
     * the same fact the other way round (`____ 买下了 Twitter` beside `Elon Musk 买下了 {{Twitter}}`).
     */
    static List<CardWriter.Written> withoutShownNumbers(List<CardWriter.Written> ranked) {
        List<CardWriter.Written> kept = new ArrayList<>();
        List<CardWriter.Shown> shown = new ArrayList<>();
        for (CardWriter.Written w : ranked) {
            CardWriter.Shown s = CardWriter.Shown.of(w);
            if (shown.stream().noneMatch(k -> CardWriter.showsNumberOf(s, k) || CardWriter.showsNumberOf(k, s)
                    || CardWriter.askedBothWays(s, k))) {
                kept.add(w);
                shown.add(s);
            }
        }
        return kept;
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

    /**
     * The deck's true/false cards in deck order, alternately true and false (the first as its fact's hash chose),
     * so that about half are false however few there are, not as a hash of a handful of facts happens to fall.
     */
    static List<CardWriter.Written> alternateTruth(List<CardWriter.Written> written) {
        List<CardWriter.Written> out = new ArrayList<>();
        Boolean next = null;
        for (CardWriter.Written w : written) {
            if (w.note() instanceof Note.TrueFalse tf && w.flipped() != null) {
                boolean truth = next == null ? tf.answer() : next;
                out.add(w.withTruth(truth));
                next = !truth;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    static NoteInfo info(String id, List<String> tags, String ref, int line, String explanation) {
        return new NoteInfo(id, tags, new SourceRef(ref, line), explanation, Location.of(ref));
    }
}
