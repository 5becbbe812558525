package cuecard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The commands' one JSON mapper, in its own class so that it is created only when a command prints JSON: picocli
 * builds every command object at start-up, and a mapper in a command's static field would cost every run its
 * start (tens of milliseconds).
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
