package cuecard.anki;

import java.nio.charset.StandardCharsets;

/**
 * The few protocol-buffer fields cuecard reads from a current collection's blobs (a note type's kind, a template's
 * question format): a reader of the wire format, nothing generated.
 */
final class Protobuf {

    private Protobuf() {
    }

    /** The varint field {@code number} of a message, or {@code otherwise} when absent or unreadable. */
    static long varint(byte[] message, int number, long otherwise) {
        Object v = field(message, number, 0);
        return v instanceof Long l ? l : otherwise;
    }

    /** The string field {@code number} of a message, or {@code otherwise}. */
    static String string(byte[] message, int number, String otherwise) {
        Object v = field(message, number, 2);
        return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : otherwise;
    }

    private static Object field(byte[] m, int number, int wantedType) {
        if (m == null) {
            return null;
        }
        int[] pos = {0};
        try {
            while (pos[0] < m.length) {
                long key = readVarint(m, pos);
                int type = (int) (key & 7);
                long field = key >>> 3;
                Object value;
                switch (type) {
                    case 0 -> value = readVarint(m, pos);
                    case 1 -> {
                        pos[0] += 8;
                        value = null;
                    }
                    case 2 -> {
                        long len = readVarint(m, pos);
                        if (len < 0 || len > m.length - pos[0]) {
                            return null;
                        }
                        byte[] b = java.util.Arrays.copyOfRange(m, pos[0], pos[0] + (int) len);
                        pos[0] += (int) len;
                        value = b;
                    }
                    case 5 -> {
                        pos[0] += 4;
                        value = null;
                    }
                    default -> {
                        return null;
                    }
                }
                if (field == number && type == wantedType) {
                    return value;
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }

    private static long readVarint(byte[] m, int[] pos) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = m[pos[0]++];
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new ArrayIndexOutOfBoundsException("varint too long");
    }
}
