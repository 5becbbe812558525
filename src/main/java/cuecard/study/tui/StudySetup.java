package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.review.CardSource;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.study.CardList;
import cuecard.study.CramSelection;
import cuecard.study.DeckSchedulers;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the study app works with.
 *
 * @param decks      the decks to choose from (or to study at once, when {@code picker} is false)
 * @param picker     start on the deck picker; otherwise study all {@code decks} straight away and leave after
 * @param settings   mode, title, time zone, exam size and time limit
 * @param cram       which cards cram and exam sessions take
 * @param color      false for monochrome ({@code NO_COLOR})
 * @param queue      builds the review queue for review sessions
 * @param editor     opens a deck file at a line ({@code e})
 * @param reload     reads the decks again after an edit
 */
public record StudySetup(List<Deck> decks, boolean picker, Progress progress, DeckSchedulers schedulers, Clock clock,
                         SessionSettings settings, CramSelection cram, Messages messages, boolean color,
                         QueueFactory queue, EditorLaunch editor, DeckReload reload) {

    public StudySetup {
        decks = List.copyOf(decks);
    }

    /**
     * Where a session on {@code chosen} gets its cards: the review queue, or the cram selection in deck order, or an
     * exam's draw; siblings never one after another in cram and exams.
     */
    CardSource source(List<Deck> chosen, Mode mode, Instant now) {
        List<Card> cards = new ArrayList<>();
        for (Deck d : chosen) {
            cards.addAll(d.cards());
        }
        if (mode == Mode.REVIEW) {
            return queue.open(cards);
        }
        List<Card> picked = cram.select(cards, progress, now);
        // cram asks a card rated Again again, three cards later; an exam asks each question once
        return mode == Mode.EXAM ? new CardList(CramSelection.exam(picked, settings.questions(), now.toEpochMilli()))
                : new CardList(CramSelection.apartSiblings(picked), true);
    }
}
