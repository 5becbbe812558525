package cuecard.generate;

import cuecard.deck.Note;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The card stage: a kept draft becomes a note. A turn or a role is a basic card; a date or a year is a choice
 * among nearby dates (a typed card when too few differ); an amount, count or duration is a typed card accepting its
 * usual forms; a name is a choice among names of its own sort from the same documents, or a cloze when there are
 * not three. A card's id comes from what it asks, so the same fact keeps its id (and its progress) across runs.
 */
final class CardMaker {

    /** A card ready for the deck, with the draft it came from. */
    record Made(String id, Draft draft, Note note) {
    }

    private final List<Fact> pool;
    private final Map<String, NameKinds.Sort> sorts;
    private final Set<String> ids = new HashSet<>();

    private final Map<Draft, String> explanations;

    CardMaker(List<Fact> allFacts) {
        this(allFacts, Map.of());
    }

    /** {@code explanations}: what a card's note says beside its answer (where else the fact stands), by draft. */
    CardMaker(List<Fact> allFacts, Map<Draft, String> explanations) {
        this.explanations = explanations;
        this.pool = allFacts;
        this.sorts = NameKinds.of(allFacts);
    }

    /** Half-width punctuation beside Chinese characters made full-width, as Chinese text writes it. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = ",;:?!()".indexOf(c);
            // a blank (____ or a cloze's }}) stands for Chinese words in a Chinese deck: its punctuation is full-width too
            boolean hanBefore = i > 0 && (CleanText.han(text.charAt(i - 1)) || text.charAt(i - 1) == '_' || text.charAt(i - 1) == '}');
            boolean hanAfter = i + 1 < text.length() && (CleanText.han(text.charAt(i + 1))
                    || text.charAt(i + 1) == ' ' && i + 2 < text.length() && CleanText.han(text.charAt(i + 2)));
            if (k >= 0 && (hanBefore || hanAfter) && !(c == '(' && !hanAfter && !hanBefore)) {
                out.append("，；：？！（）".charAt(k));
                if (i + 1 < text.length() && text.charAt(i + 1) == ' ' && k < 5) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    Made make(Draft d) {
        Made m = made(d);
        return d.language().chinese() ? new Made(m.id(), m.draft(), m.note().mapText(CardMaker::fullWidth)) : m;
    }

    private Made made(Draft d) {
        String id = uniqueId(d);
        String ref = d.sentence().doc().ref();
        List<String> tags = List.of(d.fact() == null ? d.kind().name().toLowerCase(Locale.ROOT)
                : d.fact().kind().name().toLowerCase(Locale.ROOT));
        var info = Generator.info(id, tags, ref, d.line(), explanations.get(d));
        if (d.kind() != Draft.Kind.FACT) {
            return new Made(id, d, new Note.Basic(info, d.prompt(), d.answer(), false));
        }
        Fact f = d.fact();
        String question = d.prompt();
        long seed = fnv(d.key());
        boolean otherDates = d.sentence().facts().stream().anyMatch(o -> o != f && (o.kind() == FactKind.DATE || o.kind() == FactKind.YEAR));
        if ((f.kind() == FactKind.DATE || f.kind() == FactKind.YEAR) && !otherDates) {
            // another date beside it could rule a wrong option out (an M.S. in 1977, a B.S. in 1978?): then it is typed
            List<String> wrong = Variants.of(f, 6, seed).stream().filter(v -> !GivenAway.fold(question).contains(GivenAway.fold(v)))
                    .limit(3).toList();
            if (wrong.size() == 3) {
                return new Made(id, d, new Note.Choice(info, question, d.answer(), wrong));
            }
        }
        if (f.kind().numeric()) {
            return new Made(id, d, new Note.Typed(info, question, d.answer(), AcceptForms.of(f, d.answer())));
        }
        // a name is a cloze: options drawn from the document are too often of another kind, or also true
        return new Made(id, d, new Note.Cloze(info, d.lead() + d.before() + "{{" + d.answer() + "}}" + d.after()));
    }

    /** Up to three other names of the answer's sort and script, none shown in the question, none a near copy. */
    List<String> sameSort(Fact f, String question, long seed) {
        NameKinds.Sort sort = sortOf(f);
        if (!sort.comparable()) {
            return List.of();
        }
        boolean latin = latin(f.surface());
        String folded = GivenAway.fold(question);
        Set<String> seen = new HashSet<>(Set.of(GivenAway.fold(f.surface())));
        List<Fact> same = new ArrayList<>(pool.stream().filter(o -> o.kind() == f.kind() && !o.key().equals(f.key())
                && sortOf(o) == sort && latin(o.surface()) == latin).toList());
        same.sort(Comparator.comparingLong((Fact o) -> fnv(seed + "|" + o.key())).thenComparing(Fact::key));
        List<String> out = new ArrayList<>();
        for (Fact o : same) {
            String n = GivenAway.fold(o.surface());
            if (n.length() < 2 || folded.contains(n) || seen.stream().anyMatch(s -> s.contains(n) || n.contains(s)) || !seen.add(n)) {
                continue;
            }
            out.add(o.surface());
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    private NameKinds.Sort sortOf(Fact f) {
        NameKinds.Sort s = sorts.get(f.key());
        if (s != null) {
            return s;
        }
        NameKinds.Sort fixed = NameKinds.fixed(f);
        return fixed != null ? fixed : NameKinds.Sort.UNKNOWN;
    }

    private static boolean latin(String s) {
        return s.matches("[\\p{IsLatin}0-9 .'’·・-]+");
    }

    private String uniqueId(Draft d) {
        String key = d.key();
        int colon = key.indexOf(':');
        String kind = colon < 0 ? "card" : key.substring(0, colon);
        String rest = colon < 0 ? key : key.substring(colon + 1).toLowerCase(Locale.ROOT);
        String ascii = rest.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        boolean readable = d.kind() == Draft.Kind.FACT && rest.matches("[a-z0-9 :.'’-]+") && !ascii.isEmpty() && ascii.length() <= 40;
        String id = readable ? kind + "-" + ascii : kind + "-" + hash(key + "|" + d.answer()).substring(0, 8);
        if (!ids.add(id)) {
            id = id + "-" + hash(d.sentence().doc().ref() + "|" + d.key() + "|" + d.prompt()).substring(0, 6);
            ids.add(id);
        }
        return id;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quick stable 64-bit hash (FNV-1a) for deterministic orders. */
    static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
