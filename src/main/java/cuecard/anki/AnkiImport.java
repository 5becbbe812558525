package cuecard.anki;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardIds;
import cuecard.deck.CardKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The notes of a collection as decks of the deck format: one deck per Anki deck that holds notes (a note belongs to
 * the deck of its first card), its id a slug of the name and its title the name ({@code Parent::Child}). Collects
 * the warnings (note types mapped from their first two fields, notes left out, fields not imported) and the media
 * references, and the card key of every Anki card, for the history.
 */
public final class AnkiImport {

    /** The most notes one package may hold. */
    public static final int MAX_NOTES = 100_000;

    /** One deck: its id, its title (the Anki deck name), its cards in the deck format, one per note. */
    public record DeckCards(String id, String title, List<ObjectNode> cards) {
    }

    /**
     * What a collection gives.
     *
     * @param decks    the decks, in name order
     * @param warnings what was left out or changed, one line each
     * @param media    the media references found in the notes, none of them imported
     * @param keys     the card key of each Anki card id
     * @param notes    how many notes became cards
     */
    public record Result(List<DeckCards> decks, List<String> warnings, List<String> media, Map<Long, CardKey> keys,
                         int notes) {
    }

    private AnkiImport() {
    }

    /** Reads the notes of {@code col}; fails on a collection too large or a note too long. */
    public static Result read(AnkiCollection col) throws AnkiProblem {
        long count = col.noteCount();
        if (count > MAX_NOTES) {
            throw new AnkiProblem("refused: the package holds " + count + " notes; cuecard imports at most " + MAX_NOTES
                    + " at a time (export smaller decks from Anki)");
        }
        Map<Long, NoteType> types = col.noteTypes();
        Map<Long, String> deckNames = col.decks();
        Map<Long, AnkiCollection.CardRow> cards = col.cards();
        Map<Long, TreeMap<Integer, AnkiCollection.CardRow>> byNote = new HashMap<>();
        for (AnkiCollection.CardRow c : cards.values()) {
            byNote.computeIfAbsent(c.noteId(), k -> new TreeMap<>()).put(c.ord(), c);
        }
        Map<String, List<ObjectNode>> byDeck = new TreeMap<>();
        Map<String, Set<String>> idsByDeck = new HashMap<>();
        Map<Long, CardKey> keys = new HashMap<>();
        Set<String> media = new LinkedHashSet<>();
        Map<String, List<String>> skipped = new LinkedHashMap<>(); // reason -> guids
        Map<String, Integer> unusedFields = new TreeMap<>();
        Map<String, Integer> nonStock = new TreeMap<>();
        Map<String, Set<String>> prefixes = new HashMap<>(); // deck name -> the deck parts of its notes' guids
        Map<String, Map<Long, String>> pending = new HashMap<>(); // deck name -> Anki card id -> cuecard card id
        AnkiProblem[] tooLong = {null};
        int[] mapped = {0};
        col.notes(n -> {
            if (tooLong[0] != null) {
                return;
            }
            if (n.fields() == null) {
                tooLong[0] = new AnkiProblem("refused: note " + n.guid() + " (id " + n.id() + ") holds " + n.length()
                        + " characters; cuecard reads notes of at most " + AnkiCollection.MAX_NOTE_CHARS + " characters");
                return;
            }
            NoteType type = types.get(n.typeId());
            if (type == null) {
                skipped.computeIfAbsent("its note type is missing from the collection", k -> new ArrayList<>()).add(n.guid());
                return;
            }
            NoteMapping.Kind kind = NoteMapping.kind(type);
            TreeMap<Integer, AnkiCollection.CardRow> noteCards = byNote.getOrDefault(n.id(), new TreeMap<>());
            NoteMapping.Outcome o = NoteMapping.map(type, kind, n.guid(), n.fields(), n.tags(), noteCards.keySet());
            if (o instanceof NoteMapping.Skipped s) {
                media.addAll(s.media());
                skipped.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(n.guid());
                return;
            }
            NoteMapping.Mapped m = (NoteMapping.Mapped) o;
            media.addAll(m.media());
            if (!kind.stock()) {
                nonStock.merge(type.name(), 1, Integer::sum);
            }
            for (String f : m.unusedFields()) {
                unusedFields.merge(type.name() + "\u0000" + f, 1, Integer::sum);
            }
            long deckId = noteCards.isEmpty() ? 1 : noteCards.firstEntry().getValue().deckId();
            String name = deckNames.getOrDefault(deckId, "Default");
            if (!idsByDeck.computeIfAbsent(name, k -> new HashSet<>()).add(m.id())) {
                skipped.computeIfAbsent("another note of its deck has the same id", k -> new ArrayList<>()).add(n.guid());
                return;
            }
            byDeck.computeIfAbsent(name, k -> new ArrayList<>()).add(m.card());
            int slash = n.guid().indexOf('/');
            prefixes.computeIfAbsent(name, k -> new HashSet<>()).add(slash > 0 ? n.guid().substring(0, slash) : "");
            Map<Long, String> cardIds = pending.computeIfAbsent(name, k -> new HashMap<>());
            for (Map.Entry<Integer, String> e : m.suffixes().entrySet()) {
                AnkiCollection.CardRow c = noteCards.get(e.getKey());
                if (c != null) {
                    cardIds.put(c.id(), m.id() + e.getValue());
                }
            }
            mapped[0]++;
        });
        if (tooLong[0] != null) {
            throw tooLong[0];
        }
        List<String> warnings = new ArrayList<>();
        nonStock.forEach((name, n) -> warnings.add("note type `" + name + "` (" + n + " note" + (n == 1 ? "" : "s")
                + ") is not one of Anki's stock types: mapped to " + describe(types, name)));
        unusedFields.forEach((k, n) -> {
            String[] parts = k.split("\u0000", 2);
            warnings.add("field `" + parts[1] + "` of note type `" + parts[0] + "` not imported (" + n + " note"
                    + (n == 1 ? "" : "s") + "): cuecard takes the first two fields");
        });
        skipped.forEach((reason, guids) -> warnings.add(guids.size() + " note" + (guids.size() == 1 ? "" : "s")
                + " left out, " + reason + ": " + String.join(", ", guids.subList(0, Math.min(5, guids.size())))
                + (guids.size() > 5 ? ", ..." : "")));
        List<DeckCards> decks = new ArrayList<>();
        Set<String> usedSlugs = new HashSet<>();
        for (Map.Entry<String, List<ObjectNode>> d : byDeck.entrySet()) {
            String slug = slug(d.getKey(), prefixes.get(d.getKey()), usedSlugs);
            decks.add(new DeckCards(slug, d.getKey(), d.getValue()));
            pending.get(d.getKey()).forEach((cid, cardId) -> keys.put(cid, new CardKey(slug, cardId)));
        }
        return new Result(decks, warnings, new ArrayList<>(new TreeSet<>(media)), keys, mapped[0]);
    }

    /**
     * A deck's id: the deck part of its notes' guids when they all share one (a package cuecard exported, so card
     * keys come back unchanged), else a slug of its name; never one already taken.
     */
    private static String slug(String name, Set<String> guidDecks, Set<String> used) {
        String base = guidDecks.size() == 1 && CardIds.VALID.matcher(guidDecks.iterator().next()).matches()
                ? guidDecks.iterator().next() : CardIds.slug(name);
        String s = base;
        for (int i = 2; !used.add(s); i++) {
            s = base + "-" + i;
        }
        return s;
    }

    private static String describe(Map<Long, NoteType> types, String name) {
        for (NoteType t : types.values()) {
            if (t.name().equals(name)) {
                String kind = NoteMapping.kind(t).kind();
                return switch (kind) {
                    case "cloze" -> "cloze";
                    case "typed" -> "typed from its first two fields";
                    case "reversible" -> "basic (reversed when the note has its second card) from its first two fields";
                    default -> "basic from its first two fields";
                };
            }
        }
        return "basic from its first two fields";
    }
}
