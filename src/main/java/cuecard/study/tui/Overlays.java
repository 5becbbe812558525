package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import java.util.ArrayList;
import java.util.List;

/** Screens shown over the card for a moment: the keys, and where the card comes from. */
final class Overlays {

    private Overlays() {
    }

    /**
     * The keys of the screen the learner is on (every one, also those the hint line leaves out for width), and on
     * the study screen what the ratings 1-4 mean.
     *
     * @param keys    the screen's key entries ("u undo")
     * @param ratings whether to explain the ratings and the scroll keys (the study screen)
     */
    static List<Line> help(Messages m, int width, List<String> keys, boolean ratings) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(m.get(Text.HELP), Palette.Role.TITLE));
        out.add(Line.BLANK);
        for (String k : keys) {
            out.addAll(Line.wrapped(k, Palette.Role.PLAIN, width, 0));
        }
        if (ratings) {
            out.addAll(Line.wrapped(m.get(Text.KEY_SCROLL), Palette.Role.PLAIN, width, 0));
            out.add(Line.BLANK);
            out.add(Line.of(m.get(Text.RATINGS_MEAN), Palette.Role.TITLE));
            for (Text t : List.of(Text.MEANS_AGAIN, Text.MEANS_HARD, Text.MEANS_GOOD, Text.MEANS_EASY)) {
                out.addAll(Line.wrapped(m.get(t), Palette.Role.PLAIN, width, 2));
            }
        }
        out.add(Line.BLANK);
        out.add(Line.of(m.get(Text.ANY_KEY), Palette.Role.DIM));
        return out;
    }

    static List<Line> source(Card card, List<Deck> decks, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(m.get(Text.SOURCE), Palette.Role.TITLE));
        out.add(Line.BLANK);
        out.addAll(Line.labelled(m.label(Text.FILE), card.note().info().location().toString(), Palette.Role.PLAIN, width));
        SourceRef ref = card.note().info().source();
        Source src = ref == null ? null : DeckIndex.deck(decks, card.key().deckId())
                .flatMap(d -> d.sources().stream().filter(s -> s.id().equals(ref.ref())).findFirst()).orElse(null);
        if (src == null) {
            out.add(Line.of(ref == null ? m.get(Text.NO_SOURCE) : ref.ref(), Palette.Role.PLAIN));
        } else {
            StringBuilder sb = new StringBuilder(src.title() != null ? src.title() : src.id());
            for (String part : new String[] {src.author(), src.date(), src.url()}) {
                if (part != null && !part.isBlank()) {
                    sb.append(" · ").append(part);
                }
            }
            if (ref.line() > 0) {
                sb.append(" · #").append(ref.line());
            }
            out.addAll(Line.labelled(m.label(Text.SOURCE), sb.toString(), Palette.Role.PLAIN, width));
        }
        out.add(Line.BLANK);
        out.add(Line.of(m.get(Text.ANY_KEY), Palette.Role.DIM));
        return out;
    }
}
