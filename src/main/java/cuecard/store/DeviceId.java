package cuecard.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Random device ids: generated once per data dir and kept in {@code DATA/device}. */
final class DeviceId {

    private DeviceId() {
    }

    /** The data dir's device id, made (and written durably) the first time. */
    static String of(Path dataDir) throws IOException {
        String id = read(dataDir);
        if (id == null) {
            byte[] b = new byte[6];
            new SecureRandom().nextBytes(b);
            StringBuilder sb = new StringBuilder();
            for (byte x : b) {
                sb.append(String.format("%02x", x));
            }
            id = sb.toString();
            Durable.replace(dataDir.resolve("device"), (id + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return id;
    }

    /** The data dir's device id, or null when it has none (or an unreadable one). */
    static String read(Path dataDir) {
        try {
            Path f = dataDir.resolve("device");
            if (!Files.isRegularFile(f)) {
                return null;
            }
            String id = Files.readString(f).trim();
            return valid(id) ? id : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether {@code id} may name a device (and its log, {@code reviews/ID.jsonl}). */
    static boolean valid(String id) {
        return id.matches("[A-Za-z0-9_.]{1,64}");
    }
}
