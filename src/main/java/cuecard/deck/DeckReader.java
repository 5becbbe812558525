package cuecard.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way a parsed deck document becomes a {@link Deck}: checks every field and collects all the errors
 * of a file in one pass.
 */
public final class DeckReader {

    static final Set<String> DECK_FIELDS = Set.of("deck", "title", "language", "description", "tags", "sources", "cards");
    static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "author", "date", "url");
    static final Set<String> COMMON = Set.of("type", "id", "tags", "source", "note");
    static final Map<CardType, Set<String>> CARD_FIELDS = Map.of(
            CardType.BASIC, with("front", "back", "reverse"),
            CardType.CLOZE, with("text"),
            CardType.CHOICE, with("question", "answer", "distractors"),
            CardType.TYPED, with("question", "answer", "accept"),
            CardType.TRUEFALSE, with("statement", "answer"));
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private final String file;
    private final List<DeckError> errors = new ArrayList<>();

    private DeckReader(String file) {
        this.file = file;
    }

    /** Reads a whole document; {@code file} names it in messages. */
    public static DeckResult read(Tree root, String file) {
        return new DeckReader(file).deck(root);
    }

    private static Set<String> with(String... names) {
        Set<String> s = new java.util.HashSet<>(COMMON);
        s.addAll(List.of(names));
        return Set.copyOf(s);
    }

    private DeckResult deck(Tree root) {
        if (!(root instanceof Tree.MapNode map)) {
            return DeckResult.failed(DeckError.error(root.at(), "a deck file must be a mapping with `deck:` and `cards:`, not "
                    + Tree.describe(root), "start from `cuecard new DECK-ID`"));
        }
        Fields f = new Fields(map, "the deck", DECK_FIELDS, errors);
        String id = f.text("deck");
        if (id != null && !CardIds.VALID.matcher(id).matches()) {
            errors.add(DeckError.error(f.at("deck"), "deck id `" + id + "` must be a slug: letters, digits, '.', '_' or '-'",
                    "for example `" + slug(id) + "`"));
        }
        String title = f.optionalText("title");
        String language = f.optionalText("language");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(DeckError.error(f.at("language"), "`" + language + "` is not a BCP 47 language tag",
                    "use en, zh-Hans or zh-Hant"));
        }
        String description = f.optionalText("description");
        List<String> tags = f.texts("tags");
        List<Source> sources = sources(f.seq("sources"));
        Tree.SeqNode cardList = f.seq("cards");
        if (cardList == null && !f.has("cards")) {
            errors.add(DeckError.error(map.at(), "the deck has no `cards:` list"));
        }
        List<Note> notes = new ArrayList<>();
        if (cardList != null) {
            Set<String> sourceIds = new java.util.HashSet<>();
            sources.forEach(s -> sourceIds.add(s.id()));
            for (int i = 0; i < cardList.items().size(); i++) {
                Note n = note(cardList.items().get(i), i + 1, sourceIds);
                if (n != null) {
                    notes.add(n);
                }
            }
        }
        checkUniqueIds(id == null ? "deck" : id, notes);
        List<DeckError> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparingInt((DeckError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        if (sorted.stream().anyMatch(DeckError::isError)) {
            return new DeckResult.Failed(sorted);
        }
        return new DeckResult.Ok(new Deck(id, title == null ? id : title, language, description, tags, sources, notes,
                Location.of(file)), sorted);
    }

    private List<Source> sources(Tree.SeqNode list) {
        List<Source> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Tree item : list.items()) {
            if (!(item instanceof Tree.MapNode m)) {
                errors.add(DeckError.error(item.at(), "each source must be a mapping with at least `id`, not " + Tree.describe(item)));
                continue;
            }
            Fields f = new Fields(m, "a source", SOURCE_FIELDS, errors);
            String id = f.text("id");
            Source s = new Source(id, f.optionalText("title"), f.optionalText("author"), f.optionalText("date"),
                    f.optionalText("url"));
            if (id != null) {
                if (out.stream().anyMatch(o -> id.equals(o.id()))) {
                    errors.add(DeckError.error(f.at("id"), "source id `" + id + "` is used twice"));
                }
                out.add(s);
            }
        }
        return out;
    }

    private Note note(Tree item, int number, Set<String> sourceIds) {
        if (!(item instanceof Tree.MapNode m)) {
            errors.add(DeckError.error(item.at(), "card " + number + " must be a mapping with `type:`, not " + Tree.describe(item)));
            return null;
        }
        String what = "card " + number;
        Tree typeNode = m.entries().stream().filter(e -> e.key().text().equals("type")).map(Tree.Entry::value)
                .findFirst().orElse(null);
        if (typeNode == null) {
            errors.add(DeckError.error(m.at(), what + " has no `type:`", "one of basic, cloze, choice, typed, truefalse"));
            return null;
        }
        String typeName = typeNode instanceof Tree.Scalar s ? s.text() : "";
        CardType type = CardType.fromYaml(typeName).orElse(null);
        if (type == null) {
            List<String> names = java.util.Arrays.stream(CardType.values()).map(CardType::yamlName).toList();
            String hint = Hint.didYouMean(typeName, names);
            errors.add(DeckError.error(typeNode.at(), "unknown card type `" + typeName + "` in " + what,
                    hint != null ? hint : "one of " + String.join(", ", names)));
            return null;
        }
        what = what + " (" + type.yamlName() + ")";
        Fields f = new Fields(m, what, CARD_FIELDS.get(type), errors);
        NoteInfo info = info(f, what, m.at(), sourceIds);
        return switch (type) {
            case BASIC -> {
                String front = f.text("front");
                String back = f.text("back");
                Boolean reverse = f.bool("reverse", false);
                yield front == null || back == null || reverse == null ? null : new Note.Basic(info, front, back, reverse);
            }
            case CLOZE -> cloze(f, what, info);
            case CHOICE -> choice(f, what, info);
            case TYPED -> {
                String q = f.text("question");
                String a = f.text("answer");
                List<String> accept = f.texts("accept");
                yield q == null || a == null ? null : new Note.Typed(info, q, a, accept);
            }
            case TRUEFALSE -> {
                String statement = f.text("statement");
                Boolean answer = f.has("answer") ? f.bool("answer", null) : null;
                if (!f.has("answer")) {
                    errors.add(DeckError.error(m.at(), what + " needs `answer: true` or `answer: false`"));
                }
                yield statement == null || answer == null ? null : new Note.TrueFalse(info, statement, answer);
            }
        };
    }

    private Note cloze(Fields f, String what, NoteInfo info) {
        String text = f.text("text");
        if (text == null) {
            return null;
        }
        List<ClozeText.Deletion> deletions = ClozeText.deletions(text);
        if (deletions.isEmpty()) {
            errors.add(DeckError.error(f.at("text"), what + " has no deletion", "mark the hidden part as {{answer}}"));
            return null;
        }
        if (deletions.stream().anyMatch(d -> d.answer().isEmpty())) {
            errors.add(DeckError.error(f.at("text"), what + " has an empty deletion {{}}", "put the answer between the braces"));
            return null;
        }
        if (text.contains("{{") && ClozeText.masked(text).replace("{{}}", "").contains("{{")) {
            errors.add(DeckError.error(f.at("text"), what + " has an unclosed `{{`", "close it with }}"));
            return null;
        }
        String unbalanced = ClozeText.unbalanced(text);
        if (unbalanced != null) {
            errors.add(DeckError.error(f.at("text"), what + " has unbalanced braces at `" + unbalanced + "`",
                    "a deletion is {{answer}} or {{answer::hint}}, with no braces inside it or right next to it"));
            return null;
        }
        return new Note.Cloze(info, text);
    }

    private Note choice(Fields f, String what, NoteInfo info) {
        String q = f.text("question");
        String a = f.text("answer");
        List<String> distractors = f.texts("distractors");
        if (!f.has("distractors")) {
            errors.add(DeckError.error(f.at(), what + " needs `distractors:` (the wrong options)"));
            return null;
        }
        if (q == null || a == null) {
            return null;
        }
        if (distractors.isEmpty()) {
            errors.add(DeckError.error(f.at("distractors"), what + " has no wrong options in `distractors:`",
                    "list at least one wrong option, or make it a typed or basic card"));
            return null;
        }
        Set<String> seen = new java.util.HashSet<>();
        seen.add(CardIds.normalise(a));
        for (String d : distractors) {
            if (!seen.add(CardIds.normalise(d))) {
                errors.add(DeckError.error(f.at("distractors"), what + ": option `" + d + "` appears twice or equals the answer"));
                return null;
            }
        }
        return new Note.Choice(info, q, a, distractors);
    }

    private NoteInfo info(Fields f, String what, Location at, Set<String> sourceIds) {
        String id = f.optionalText("id");
        if (id != null && !CardIds.VALID.matcher(id).matches()) {
            errors.add(DeckError.error(f.at("id"), "card id `" + id + "` must be a slug: letters, digits, '.', '_' or '-'",
                    "for example `" + slug(id) + "`"));
            id = null;
        }
        SourceRef source = null;
        Tree.MapNode src = f.map("source");
        if (src != null) {
            Fields sf = new Fields(src, "the source of " + what, Set.of("ref", "line"), errors);
            String ref = sf.text("ref");
            int line = 0;
            String lineText = sf.optionalText("line");
            if (lineText != null) {
                try {
                    line = Integer.parseInt(lineText);
                } catch (NumberFormatException e) {
                    errors.add(DeckError.error(sf.at("line"), "`line` must be a whole number, not `" + lineText + "`"));
                }
            }
            if (ref != null && !sourceIds.contains(ref)) {
                errors.add(DeckError.error(sf.at("ref"), what + " cites source `" + ref + "`, which the deck's `sources:` does not list",
                        Hint.didYouMean(ref, sourceIds)));
            }
            source = new SourceRef(ref, line);
        }
        return new NoteInfo(id, f.texts("tags"), source, f.optionalText("note"), at);
    }

    private void checkUniqueIds(String deckId, List<Note> notes) {
        Map<String, Note> seen = new HashMap<>();
        for (Note n : notes) {
            for (Card c : Card.of(deckId, n)) {
                Note first = seen.putIfAbsent(c.key().cardId(), n);
                if (first != null && first != n) {
                    boolean explicit = n.info().id() != null;
                    errors.add(DeckError.error(n.info().location(), "card id `" + c.key().cardId() + "` is already used at line "
                            + first.info().location().line(),
                            explicit ? "give this card another `id`" : "the two cards ask the same thing; merge them or give one an `id`"));
                    break;
                }
            }
        }
    }

    private static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-deck" : s;
    }
}
