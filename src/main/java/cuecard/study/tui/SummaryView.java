package cuecard.study.tui;

import cuecard.review.CardSource;
import cuecard.review.Mode;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import cuecard.study.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The end of a session: cards, accuracy (or an exam's score and the questions missed), time, the daily limits that
 * stopped it, and what is due next; a finished day says so and offers cram.
 */
final class SummaryView {

    private SummaryView() {
    }

    /**
     * @param deckTitle    a deck's title by id, for a limit of one deck among several
     * @param severalDecks whether the session studied more than one deck
     */
    static List<Line> lines(Summary s, boolean timeUp, Instant now, Messages m, Function<String, String> deckTitle,
                            boolean severalDecks, int width) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(m.get(timeUp ? Text.TIME_UP : s.dayDone() ? Text.DAY_DONE : Text.SUMMARY), Palette.Role.TITLE));
        out.add(Line.BLANK);
        out.add(Line.of(m.get(Text.SUMMARY_CARDS, s.answered()), Palette.Role.PLAIN));
        if (s.mode() == Mode.EXAM) {
            out.add(Line.of(m.get(Text.SUMMARY_SCORE, s.correct(), s.drawn()), Palette.Role.ANSWER));
        }
        out.add(Line.of(m.get(Text.SUMMARY_ACCURACY, s.correct(), s.answered(), s.accuracyPercent()), Palette.Role.PLAIN));
        out.add(Line.of(m.get(Text.SUMMARY_TIME, clock(s.time())), Palette.Role.PLAIN));
        if (s.mode() == Mode.REVIEW) {
            for (CardSource.LimitReached l : s.limits()) {
                Text t = l.deckId() == null ? (l.newCards() ? Text.LIMIT_NEW_ALL : Text.LIMIT_REVIEW_ALL)
                        : l.newCards() ? Text.LIMIT_NEW : Text.LIMIT_REVIEW;
                String text = m.get(t, l.limit());
                if (l.deckId() != null && severalDecks) {
                    text = deckTitle.apply(l.deckId()) + ": " + text;
                }
                out.addAll(Line.wrapped(text, Palette.Role.WRONG, width, 0));
            }
            if (s.left() > 0) {
                out.add(Line.of(m.get(Text.SUMMARY_LEFT, s.left()), Palette.Role.PLAIN));
            }
            out.add(Line.of(s.nextDue() == null ? m.get(Text.SUMMARY_NOTHING_NEXT)
                    : m.get(Text.SUMMARY_NEXT, m.interval(Duration.between(now, s.nextDue()))), Palette.Role.PLAIN));
            if (offersCram(s)) {
                out.add(Line.BLANK);
                out.addAll(Line.wrapped(m.get(Text.CRAM_OFFER), Palette.Role.KEY, width, 0));
            }
        }
        if (!s.missed().isEmpty()) {
            out.add(Line.BLANK);
            out.add(Line.of(m.get(Text.SUMMARY_MISSED), Palette.Role.TITLE));
            for (Summary.Missed q : s.missed()) {
                out.addAll(Line.labelled("✗ ", q.prompt(), Palette.Role.PLAIN, width));
                out.addAll(Line.wrapped("→ " + q.answer(), Palette.Role.ANSWER, width, 2));
            }
        }
        return out;
    }

    /** Draws a finished session's summary below the header, scrolled by {@code scroll} (kept within the lines). */
    static void draw(Canvas c, cuecard.study.StudySession session, Instant now, Messages m,
                    Function<String, String> deckTitle, boolean severalDecks, int scroll) {
        Summary sum = session.summary().orElseThrow();
        List<Line> lines = lines(sum, session.notice().orElse(null) == cuecard.study.StudySession.Notice.TIME_UP, now, m,
                deckTitle, severalDecks, c.width() - 2);
        cuecard.study.TextLayout.Window w = new cuecard.study.TextLayout.Window(lines.size(), StudyAppView.summaryRows(c.height()), scroll);
        c.body(w.visible(lines));
        c.put(0, c.height() - 1, Hints.fit(List.of(m.get(offersCram(sum) ? Text.SUMMARY_CRAM_KEYS : Text.SUMMARY_KEYS)
                .split("  ")), 1, c.width()), Palette.Role.KEY);
    }

    /** Whether the summary offers cram: a review session that ran out of cards or hit a daily limit. */
    static boolean offersCram(Summary s) {
        return s.mode() == Mode.REVIEW && (s.dayDone() || !s.limits().isEmpty());
    }

    /** A duration as m:ss, or h:mm:ss past an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
