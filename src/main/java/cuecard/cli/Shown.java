package cuecard.cli;

import cuecard.study.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A command's out or err writer: everything printed through it passes {@link TextLayout#visible}, so a control
 * character in a card, a field name or a file name reaches the terminal as {@code \\u001b}, never as a command to
 * it. JSON output is unchanged in meaning (the escape is JSON's own). Output that is data, not text for a person
 * (an export or a generated deck on standard output, the progress bar's carriage returns), goes through
 * {@link #raw}.
 */
final class Shown extends PrintWriter {

    private final PrintWriter raw;

    Shown(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** The writer under {@code w} that writes characters as they are (after what was printed before). */
    static PrintWriter raw(PrintWriter w) {
        if (w instanceof Shown s) {
            s.flush();
            return s.raw;
        }
        return w;
    }

    /** Whether this writer or the stream under it failed (a full disk, a closed pipe). */
    @Override
    public boolean checkError() {
        boolean mine = super.checkError();
        return raw.checkError() || mine;
    }

    private static final class Escaping extends Writer {
        private final Writer out;

        Escaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(TextLayout.visible(new String(buf, off, len)));
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.write(TextLayout.visible(s.substring(off, off + len)));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
