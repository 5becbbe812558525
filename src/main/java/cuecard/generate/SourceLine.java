package cuecard.generate;

/**
 * One line of the source as the reader works on it: its text (possibly rewritten: a label moved, a timestamp
 * deleted, a line split in two) and the 1-based number of the source line it came from.
 */
record SourceLine(int number, String text) {

    SourceLine with(String newText) {
        return new SourceLine(number, newText);
    }

    boolean blank() {
        return text.isBlank();
    }
}
