package cuecard.generate;

import cuecard.deck.CardType;
import cuecard.deck.Note;
import java.util.List;
import java.util.function.Supplier;

/**
 * One card the generator proposes (or rejected), as the review screen shows it: the card, the types its fact
 * allows, where it comes from, and for a rejected one the gate or the selection's reason. The card and its
 * alternatives are made on first use, since most rejected candidates are never looked at.
 */
public final class Proposal {

    /**
     * Where a proposal comes from.
     *
     * @param file     the input as the user named it
     * @param ref      the source id its card cites
     * @param line     the 1-based source line of the answer
     * @param time     the subtitle time of that line ({@code 00:01:02}), or null outside subtitles
     * @param speaker  who says it, or null
     * @param passage  the passage's text
     * @param start    where the card's sentence starts in {@code passage}
     * @param end      where it ends (exclusive)
     */
    public record Origin(String file, String ref, int line, String time, String speaker, String passage, int start, int end) {
    }

    private final String id;
    private final boolean selected;
    private final double score;
    private final int document;
    private final int sentence;
    private final String prompt;
    private final String answer;
    private final Origin origin;
    private final String gate;
    private final String reason;
    private final Supplier<Note> card;
    private final Supplier<List<Note>> alternatives;
    private Note madeCard;
    private List<Note> madeAlternatives;

    Proposal(String id, boolean selected, double score, int document, int sentence, String prompt, String answer, Origin origin,
             String gate, String reason, Supplier<Note> card, Supplier<List<Note>> alternatives) {
        this.id = id;
        this.selected = selected;
        this.score = score;
        this.document = document;
        this.sentence = sentence;
        this.prompt = prompt;
        this.answer = answer;
        this.origin = origin;
        this.gate = gate;
        this.reason = reason;
        this.card = card;
        this.alternatives = alternatives;
    }

    /** A proposal built by hand (tests, other sources of cards): its card and alternatives given. */
    public static Proposal of(String id, boolean selected, double score, int order, Note card, List<Note> alternatives,
                              Origin origin, String gate, String reason) {
        return new Proposal(id, selected, score, 0, order, card.identityText(), "", origin, gate, reason,
                () -> card, () -> alternatives);
    }

    /** Stable across runs and across longer versions of the same text: from the source, the fact and the sentence. */
    public String id() {
        return id;
    }

    /** Whether the generator would put it in the deck (the others were stopped by a gate or passed over). */
    public boolean selected() {
        return selected;
    }

    public double score() {
        return score;
    }

    /** The input's position among the inputs, then the sentence's among its document's: the order cards are written in. */
    public int document() {
        return document;
    }

    public int sentence() {
        return sentence;
    }

    /** The question as the generator drafted it (for lists). */
    public String prompt() {
        return prompt;
    }

    public String answer() {
        return answer;
    }

    public Origin origin() {
        return origin;
    }

    /** The gate that stopped it, or null. */
    public String gate() {
        return gate;
    }

    /** What the gate stops, or why the selection passed it over; null for a selected proposal. */
    public String reason() {
        return reason;
    }

    /** The card as the generator would write it. */
    public synchronized Note card() {
        if (madeCard == null) {
            madeCard = card.get();
        }
        return madeCard;
    }

    /** The card in every type its fact allows, the generator's own choice first. */
    public synchronized List<Note> alternatives() {
        if (madeAlternatives == null) {
            madeAlternatives = List.copyOf(alternatives.get());
        }
        return madeAlternatives;
    }

    /** The types {@link #alternatives} offers, in the same order. */
    public List<CardType> types() {
        return alternatives().stream().map(Note::type).toList();
    }
}
