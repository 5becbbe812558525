package cuecard.deck;

/** A place in a file: 1-based line and column. {@code file} is the path as the user gave it. */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
