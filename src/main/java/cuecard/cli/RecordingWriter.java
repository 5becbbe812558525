package cuecard.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/**
 * A writer on a byte stream (standard output) that remembers why a write failed, which a {@link PrintWriter} keeps
 * to itself: so a reader that went away ({@code cuecard next --all | head -1}) can be told from a full disk.
 */
final class RecordingWriter extends PrintWriter {

    private final Recording stream;

    RecordingWriter(OutputStream out) {
        this(new Recording(out));
    }

    private RecordingWriter(Recording stream) {
        super(new OutputStreamWriter(stream), true);
        this.stream = stream;
    }

    /** Whether a write failed because the reading end of a pipe was closed. */
    boolean readerGone() {
        IOException e = stream.failure;
        return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    private static final class Recording extends FilterOutputStream {
        volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
