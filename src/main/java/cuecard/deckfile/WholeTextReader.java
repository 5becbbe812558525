package cuecard.deckfile;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader}, over text that is already in memory, in linear time.
 *
 * <p>SnakeYAML's own reader keeps a window of code points from the scanner's position on, and each time the
 * scanner peeks past its end it reads 1023 more characters and copies the whole window into a new array. A
 * scalar is peeked to its end before the scanner moves past it, so a value of <i>n</i> characters with no space
 * or line break in it (or one long line of a block scalar) was copied about <i>n</i>/1023 times: a 4 MiB value
 * meant 32 GB of copying and 25 s of {@code cuecard lint} (BENCHMARKS.md, issue 17). This reader decodes the
 * text into code points once and moves an index over them.
 *
 * <p>Everything the scanner can observe is kept as SnakeYAML has it: text is made available in the same chunks
 * of 1023 characters, one chunk per look-ahead (so a peek far ahead gives {@code '\0'} exactly where SnakeYAML's
 * would), characters outside YAML's printable set are refused with the same {@link ReaderException} when their
 * chunk is reached, and line, column, index and document index move the same way. Marks carry the whole text
 * (SnakeYAML's carry its window), which only makes their snippets longer.
 */
final class WholeTextReader extends StreamReader {

    /** SnakeYAML reads {@code buffer.length - 1} characters at a time, with a buffer of 1024. */
    private static final int CHUNK = 1023;

    private final String text;
    private final int[] codePoints;
    /** code points made available so far (SnakeYAML's {@code dataLength}, counted from the start) */
    private int available;
    /** characters of {@link #text} made available so far */
    private int charsRead;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.text = text;
        this.codePoints = text.codePoints().toArray();
    }

    @Override
    public Mark getMark() {
        return new Mark("'reader'", index, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && ensureEnoughData(0); i++) {
            int c = codePoints[pointer++];
            moveIndices(1);
            if (Constant.LINEBR.has(c) || (c == '\r' && ensureEnoughData(0) && codePoints[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensureEnoughData(0) ? codePoints[pointer] : '\0';
    }

    @Override
    public int peek(int ahead) {
        return ensureEnoughData(ahead) ? codePoints[pointer + ahead] : '\0';
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        } else if (ensureEnoughData(length)) {
            return new String(codePoints, pointer, length);
        }
        return new String(codePoints, pointer, Math.min(length, available - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        moveIndices(length);
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    private void moveIndices(int length) {
        index += length;
        documentIndex += length;
    }

    /** As SnakeYAML's: at most one more chunk per call, then whether {@code ahead} is within what is available. */
    private boolean ensureEnoughData(int ahead) {
        if (charsRead < text.length() && pointer + ahead >= available) {
            readChunk();
        }
        return pointer + ahead < available;
    }

    private void readChunk() {
        int start = charsRead;
        int end = Math.min(text.length(), start + CHUNK);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            if (end == text.length()) {
                throw new ReaderException("'reader'", index + (end - start), text.charAt(end - 1),
                        "The last char is HighSurrogate (no LowSurrogate detected)");
            }
            end++;
        }
        charsRead = end;
        int i = start;
        while (i < end) {
            int c = codePoints[available++];
            if (!StreamReader.isPrintable(c)) {
                throw new ReaderException("'reader'", index + (available - 1 - pointer), c,
                        "special characters are not allowed");
            }
            i += Character.charCount(c);
        }
    }
}
