package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import cuecard.review.CardSource.Counts;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.schedule.NextStates;
import cuecard.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small decks, a stub scheduler, a test card source and a hand-moved clock for study tests. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private Fixtures() {
    }

    public static NoteInfo info(String id, int line, String... tags) {
        return new NoteInfo(id, List.of(tags), null, null, new Location("fixture.yaml", line, 5));
    }

    public static Deck englishDeck() {
        List<Note> notes = List.of(
                new Note.Basic(info("ebbinghaus", 10), "Who measured the forgetting curve?", "Hermann Ebbinghaus", false),
                new Note.Choice(new NoteInfo("params", List.of("fsrs"), new SourceRef("notes", 3),
                        "FSRS-5 had 19.", new Location("fixture.yaml", 20, 5)),
                        "How many parameters does FSRS-6 have?", "21", List.of("17", "19", "25")),
                new Note.Typed(info("retention", 30, "fsrs"), "Default desired retention, in percent?", "90%",
                        List.of("90", "ninety percent")),
                new Note.TrueFalse(info("again", 40), "Again sends a review card to relearning.", true),
                new Note.Cloze(info("sm2", 50), "SM-2 was written in {{1987}}."));
        return new Deck("english", "English sample", "en", null, List.of(),
                List.of(new Source("notes", "FSRS notes", "cuecard developers", "2026-11-01", null)),
                notes, Location.of("fixture.yaml"));
    }

    public static Deck chineseDeck() {
        List<Note> notes = List.of(
                new Note.Basic(info("capital", 10), "中国的首都是哪座城市？", "北京。", false),
                new Note.Typed(info("date", 20), "ChatGPT 是哪一天发布的？", "2022年11月30日", List.of()),
                new Note.Typed(info("money", 30), "这笔投资是多少？", "100亿美元", List.of()));
        return new Deck("chinese", "中文示例", "zh-Hans", null, List.of(), List.of(), notes, Location.of("zh.yaml"));
    }

    public static Card card(Deck deck, int index) {
        return deck.cards().get(index);
    }

    /** Again: 1 minute, Hard: 1 day, Good: 3 days, Easy: 7 days; review phase except after Again. */
    public static Scheduler steps() {
        return (current, now, seed) -> new NextStates(
                state(current, now, Duration.ofMinutes(1), Phase.LEARNING),
                state(current, now, Duration.ofDays(1), Phase.REVIEW),
                state(current, now, Duration.ofDays(3), Phase.REVIEW),
                state(current, now, Duration.ofDays(7), Phase.REVIEW));
    }

    private static CardState state(CardState c, Instant now, Duration ivl, Phase phase) {
        double days = ivl.toMinutes() / 1440.0;
        return new CardState(phase, 0, new MemoryState(Math.max(days, 0.1), 5), now.plus(ivl), now,
                c.reps() + 1, c.lapses() + (phase == Phase.LEARNING && c.phase() == Phase.REVIEW ? 1 : 0),
                (int) ivl.toDays());
    }

    /** Cards in order; an answered card comes back at the end when it is due within 20 minutes. */
    public static class Queue implements CardSource {
        final List<Card> cards;

        public Queue(List<Card> cards) {
            this.cards = new ArrayList<>(cards);
        }

        @Override
        public Optional<Card> next(Instant now) {
            return cards.isEmpty() ? Optional.empty() : Optional.of(cards.get(0));
        }

        @Override
        public void answered(Card card, CardState after, Instant now) {
            cards.remove(card);
            if (after.due().isBefore(now.plus(Duration.ofMinutes(20)))) {
                cards.add(card);
            }
        }

        @Override
        public void remove(Card card) {
            cards.remove(card);
        }

        @Override
        public void restore(Card card, CardState state, Instant now) {
            cards.remove(card);
            cards.add(0, card);
        }

        @Override
        public Counts counts(Instant now) {
            return new Counts(cards.size(), 0, 0);
        }
    }

    /** A clock the test moves by hand. */
    public static final class HandClock extends Clock {
        private Instant now;

        public HandClock(Instant start) {
            now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
