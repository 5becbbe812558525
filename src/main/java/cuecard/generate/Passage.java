package cuecard.generate;

import java.util.Arrays;

/**
 * A paragraph of content with its markup removed, knowing the source line of each of its characters
 * (a paragraph may be soft-wrapped over several lines).
 *
 * @param role    what the passage is
 * @param speaker who speaks (the answerer of an answer, the asker of a question), or null
 * @param text    the clean text
 * @param lines   the 1-based source line of every character of {@code text}
 * @param turn    the number of the question/answer turn it belongs to (0 outside turns)
 */
public record Passage(Role role, String speaker, String text, int[] lines, int turn) {

    public Passage {
        if (lines.length != text.length()) {
            throw new IllegalArgumentException("one line number per character");
        }
        lines = lines.clone();
    }

    /** The source line of the character at {@code offset}. */
    public int lineAt(int offset) {
        return lines[Math.max(0, Math.min(offset, lines.length - 1))];
    }

    /** Whether {@code [start, end)} lies on one source line. */
    public boolean oneLine(int start, int end) {
        return end > start && lines[start] == lines[end - 1];
    }

    public int firstLine() {
        return lines.length == 0 ? 0 : lines[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passage p && p.role == role && java.util.Objects.equals(p.speaker, speaker)
                && p.text.equals(text) && Arrays.equals(p.lines, lines) && p.turn == turn;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(lines);
    }

    @Override
    public String toString() {
        return role + "@" + firstLine() + (speaker == null ? "" : "(" + speaker + ")") + ": " + text;
    }
}
