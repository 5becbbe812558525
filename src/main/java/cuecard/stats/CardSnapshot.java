package cuecard.stats;

import cuecard.deck.CardKey;
import cuecard.deck.CardType;
import cuecard.review.CardState;
import java.util.List;

/** A card as it stands now, with what statistics group it by. */
public record CardSnapshot(CardKey key, CardType type, List<String> tags, CardState state, boolean suspended,
                           boolean leech, String prompt) {

    /** A card whose prompt the statistics do not show (its key stands for it). */
    public CardSnapshot(CardKey key, CardType type, List<String> tags, CardState state, boolean suspended,
                        boolean leech) {
        this(key, type, tags, state, suspended, leech, null);
    }

    public CardSnapshot {
        tags = List.copyOf(tags);
    }

    /** Young: a review card whose interval is under 21 days; mature from 21 days on (Anki's split). */
    public boolean mature() {
        return state.scheduledDays() >= StatsInput.MATURE_DAYS;
    }
}
