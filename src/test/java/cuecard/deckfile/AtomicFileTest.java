package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic write: old content or new, and no temporary file left behind whatever fails. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("digest.bin");
        Files.writeString(target, "old");
        for (AtomicFile.Durability d : AtomicFile.Durability.values()) {
            assertThatThrownBy(() -> AtomicFile.write(target, ch -> {
                ch.write(ByteBuffer.wrap("half of the new".getBytes(StandardCharsets.UTF_8)));
                throw new IOException("disk full");
            }, true, d)).hasMessage("disk full");
            assertThat(Files.readString(target)).isEqualTo("old");
            assertThat(names()).containsExactly("digest.bin");
        }
    }

    @Test
    void aRenameThatFailsLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("inside")); // a non-empty folder cannot be replaced by a file
        assertThatThrownBy(() -> AtomicFile.replace(target, "new".getBytes(StandardCharsets.UTF_8),
                AtomicFile.Durability.DURABLE)).isInstanceOf(IOException.class);
        assertThat(names()).containsExactly("taken");
        assertThatThrownBy(() -> AtomicFile.create(target, "new"))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(names()).containsExactly("taken");
    }

    @Test
    void bothDurabilitiesReplaceTheWholeFile() throws IOException {
        Path target = dir.resolve("f");
        for (AtomicFile.Durability d : AtomicFile.Durability.values()) {
            Files.writeString(target, "a much longer old content");
            AtomicFile.replace(target, ("new " + d).getBytes(StandardCharsets.UTF_8), d);
            assertThat(Files.readString(target)).isEqualTo("new " + d);
            assertThat(names()).containsExactly("f");
        }
    }
}
