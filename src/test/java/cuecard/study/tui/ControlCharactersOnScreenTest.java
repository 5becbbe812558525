package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.study.SessionSettings;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Card text with terminal control characters is drawn escaped, never as raw controls. */
class ControlCharactersOnScreenTest {

    @Test
    void aRetitlingSequenceInACardIsShownEscaped() {
        Note note = new Note.Basic(new NoteInfo("evil", List.of(), null, null, Location.of("evil.yaml")),
                "Front \u001b]0;pwned\u0007 text\u009b2J", "Back\rover", false);
        Deck deck = new Deck("evil", "Evil \u001b[31m deck", "en", null, List.of(), List.of(), List.of(note),
                Location.of("evil.yaml"));
        Headless h = new Headless(80, 24).open(List.of(deck), false, SessionSettings.review(deck.title(), ZoneOffset.UTC));
        String shown = h.screen();
        assertThat(shown).contains("Front \\u001b]0;pwned\\u0007 text\\u009b2J");
        assertThat(shown.chars().filter(c -> c != '\n').noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0))).isTrue();
        h.keys(" ");
        assertThat(h.screen()).contains("Back\\u000dover");
    }
}
