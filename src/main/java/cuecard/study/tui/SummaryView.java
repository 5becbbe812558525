package cuecard.study.tui;

import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.Mode;
import cuecard.study.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The end of a session: cards, accuracy (or an exam's score), time, and what is due next. */
final class SummaryView {

    private SummaryView() {
    }

    static List<Line> lines(Summary s, boolean timeUp, Instant now, Messages m) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(m.get(timeUp ? Text.TIME_UP : Text.SUMMARY), Palette.Role.TITLE));
        out.add(Line.BLANK);
        out.add(Line.of(m.get(Text.SUMMARY_CARDS, s.answered()), Palette.Role.PLAIN));
        if (s.mode() == Mode.EXAM) {
            out.add(Line.of(m.get(Text.SUMMARY_SCORE, s.correct(), s.answered()), Palette.Role.ANSWER));
        }
        out.add(Line.of(m.get(Text.SUMMARY_ACCURACY, s.correct(), s.answered(), s.accuracyPercent()), Palette.Role.PLAIN));
        out.add(Line.of(m.get(Text.SUMMARY_TIME, clock(s.time())), Palette.Role.PLAIN));
        if (s.mode() == Mode.REVIEW) {
            out.add(Line.of(m.get(Text.SUMMARY_LEFT, s.left()), Palette.Role.PLAIN));
            out.add(Line.of(s.nextDue() == null ? m.get(Text.SUMMARY_NOTHING_NEXT)
                    : m.get(Text.SUMMARY_NEXT, m.interval(Duration.between(now, s.nextDue()))), Palette.Role.PLAIN));
        }
        return out;
    }

    /** A duration as m:ss, or h:mm:ss past an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
