package cuecard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one check and write for every file a user names for cuecard to write ({@code stats --html}, {@code export},
 * {@code import}, {@code new} and {@code generate -o}): never a folder, never a file that exists unless the command
 * may replace it ({@code --force}), never anything inside the data dir (where the review logs live; real paths, so
 * no symlink or {@code ..} gets round it) except its {@code decks/} folder, and every failure as a {@link UserError}
 * with exit code 3 and the path. A device or pipe that exists ({@code /dev/null}, {@code /dev/stdout}) is written
 * in place, without {@code --force}.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Checks {@code target} before any work is done; {@code replace} when the command may overwrite a file. */
    static Path check(Path target, Path dataDir, boolean replace) {
        return check(target, dataDir, replace, false);
    }

    /** As {@link #check(Path, Path, boolean)}; {@code makeFolders} when a missing folder is created on writing. */
    static Path check(Path target, Path dataDir, boolean replace, boolean makeFolders) {
        if (Files.isDirectory(target)) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": is a directory; name a file to write");
        }
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || (!makeFolders && !Files.isDirectory(dir))) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": the folder " + (dir == null ? "" : dir + " ")
                    + "does not exist");
        }
        Path real = real(target);
        Path data = real(dataDir);
        if (real.startsWith(data) && !real.startsWith(data.resolve("decks"))) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": is inside the data dir " + dataDir
                    + ", where your progress is kept; write it somewhere else");
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !replace && !special(target)) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": already exists; cuecard will not overwrite it"
                    + " (use --force to replace it, or choose another name)");
        }
        return target;
    }

    /** Writes {@code text} (UTF-8) to a checked target: atomically for a file, in place for a device or pipe. */
    static void write(Path target, String text, boolean replace) {
        write(target, text.getBytes(StandardCharsets.UTF_8), replace);
    }

    /** Writes {@code bytes} to a checked target, as {@link #write(Path, String, boolean)}. */
    static void write(Path target, byte[] bytes, boolean replace) {
        try {
            if (special(target)) {
                try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    o.write(bytes);
                }
                return;
            }
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            cuecard.deckfile.AtomicFile.write(target, bytes, replace);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": already exists; cuecard will not overwrite it"
                    + " (use --force to replace it)");
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, target + ": cannot write: " + reason(e));
        }
    }

    /** Why writing failed, in words (a file system exception's message is often just a temporary file's name). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An existing file that is neither a regular file nor a folder: a device, a pipe, a socket. */
    private static boolean special(Path p) {
        return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
    }

    /**
     * Where {@code p} really is: every symlink in it resolved, including one at the end that points nowhere, and
     * the part that does not exist yet appended to its longest existing ancestor's real path.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(abs) && !Files.exists(abs); hops++) {
            try {
                abs = abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
