package cuecard.cli;

import cuecard.deck.Card;
import cuecard.study.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order {@code cuecard next} shows cards in, until the scheduler's queue ({@code StudyQueue}) takes over:
 * due cards first, earliest due first, then new cards in deck order; suspended and buried cards are left out.
 */
final class NextCards {

    private NextCards() {
    }

    static List<Card> order(List<Card> cards, Progress progress, Instant now, ZoneId zone, int dayStartHour) {
        LocalDate today = now.atZone(zone).minusHours(dayStartHour).toLocalDate();
        List<Card> due = new ArrayList<>();
        List<Card> fresh = new ArrayList<>();
        for (Card c : cards) {
            if (progress.suspended(c.key()) || progress.buriedUntil(c.key()).map(d -> !d.isBefore(today)).orElse(false)) {
                continue;
            }
            if (!progress.known(c.key())) {
                fresh.add(c);
            } else if (!progress.state(c.key(), now).due().isAfter(now)) {
                due.add(c);
            }
        }
        due.sort(Comparator.comparing((Card c) -> progress.state(c.key(), now).due()).thenComparing(Card::key));
        List<Card> out = new ArrayList<>(due);
        out.addAll(fresh);
        return out;
    }
}
