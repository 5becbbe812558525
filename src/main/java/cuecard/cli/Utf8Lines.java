package cuecard.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 stream, each decoded strictly on its own, so a byte that is not UTF-8 is reported as a
 * {@link UserError} (exit 3) with the name and the line it is on, not as a decoder's {@code Input length = 1}.
 */
final class Utf8Lines implements Closeable {

    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNo;

    Utf8Lines(InputStream in, String name) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.name = name;
    }

    /** The next line without its end ({@code \n} or {@code \r\n}), or null at the end of the stream. */
    String next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        lineNo++;
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.BAD_INPUT, name + ":" + lineNo + ": not valid UTF-8; save it as UTF-8");
        }
    }

    /** The number of the line {@link #next} returned last, from 1. */
    int lineNo() {
        return lineNo;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
