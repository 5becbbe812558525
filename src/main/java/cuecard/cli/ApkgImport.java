package cuecard.cli;

import cuecard.anki.AnkiCollection;
import cuecard.anki.AnkiHistory;
import cuecard.anki.AnkiImport;
import cuecard.anki.AnkiPackage;
import cuecard.anki.AnkiProblem;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckJson;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import cuecard.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code cuecard import FILE.apkg -o DIR|DECK.yaml [--with-history]}: an Anki package as deck files, and its review
 * log into the data dir. Everything is read and checked before anything is written: the deck files (each through
 * the deck loader), the whole review table (one reading pass) and the data dir's lock; a package that fails there
 * leaves the folder and the data dir as they were.
 */
final class ApkgImport {

    private final ImportCommand cmd;
    private final Environment env;
    private final Path dataDir;

    ApkgImport(ImportCommand cmd, Environment env, Path dataDir) {
        this.cmd = cmd;
        this.env = env;
        this.dataDir = dataDir;
    }

    /** Whether {@code file} is an Anki package: by its name, or a zip named otherwise. */
    static boolean isPackage(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".apkg") || name.endsWith(".colpkg")) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    int run() {
        PrintWriter out = cmd.spec.commandLine().getOut();
        PrintWriter err = cmd.spec.commandLine().getErr();
        Path input = cmd.input;
        DeckInput.existingFile(input);
        boolean oneFile = oneFile();
        if (!oneFile && Files.exists(cmd.output) && !Files.isDirectory(cmd.output)) {
            throw new UserError(ExitCode.BAD_INPUT, cmd.output + ": not a folder; name a folder for the decks or a "
                    + "DECK.yaml for a package of one deck");
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory("cuecard-apkg");
        } catch (IOException e) {
            throw new UserError(ExitCode.CANNOT_WRITE, "cannot make a temporary folder: " + e.getMessage());
        }
        try {
            AnkiPackage.Unpacked unpacked = AnkiPackage.unpack(input, tmp);
            try (AnkiCollection col = AnkiCollection.open(unpacked.file())) {
                AnkiImport.Result result = AnkiImport.read(col);
                for (String w : result.warnings()) {
                    err.println(input + ": warning: " + w);
                }
                if (result.decks().isEmpty()) {
                    printMedia(out, result, unpacked);
                    throw new UserError(ExitCode.BAD_INPUT, input + ": nothing to import: no note of the package "
                            + "makes a card" + (result.warnings().isEmpty() ? "" : " (see the warnings above)"));
                }
                Map<Path, String> files = decks(result, input, oneFile);
                String device = AnkiHistory.device(col.created(), col.firstReview());
                if (!cmd.withHistory) {
                    write(files, out);
                    printMedia(out, result, unpacked);
                    return ExitCode.OK;
                }
                try (Store store = StoreAccess.open(dataDir, env.clock())) {
                    Schedulers schedulers = Schedulers.of(env, dataDir);
                    col.checkReviews();
                    write(files, out);
                    printMedia(out, result, unpacked);
                    AnkiHistory h = history(col, result, schedulers, device);
                    Store.ImportResult r;
                    try {
                        r = store.importHistory(device, h);
                    } catch (IllegalStateException e) {
                        if (e.getCause() instanceof AnkiProblem p) {
                            throw new UserError(ExitCode.BAD_INPUT, input + ": the review log could not be read to its "
                                    + "end (" + p.getMessage() + "); the deck files are written, and the reviews read "
                                    + "before are in reviews/" + device + ".jsonl (importing again adds the rest)");
                        }
                        throw e;
                    }
                    out.println("history: " + r.added() + " entr" + (r.added() == 1 ? "y" : "ies") + " added to "
                            + "reviews/" + device + ".jsonl, " + r.present() + " already there"
                            + (h.notImported() > 0 ? "; " + h.notImported() + " review" + (h.notImported() == 1 ? ""
                            : "s") + " of cards not imported left out" : "")
                            + (h.otherKinds() > 0 ? "; " + h.otherKinds() + " row" + (h.otherKinds() == 1 ? "" : "s")
                            + " of unknown kinds or dated after today left out" : ""));
                    return ExitCode.OK;
                } catch (cuecard.store.StoreException e) {
                    throw StoreAccess.userError(e);
                }
            }
        } catch (AnkiProblem p) {
            throw new UserError(ExitCode.BAD_INPUT, input + ": " + p.getMessage() + "; nothing written");
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof AnkiProblem p) {
                throw new UserError(ExitCode.BAD_INPUT, input + ": " + p.getMessage() + "; nothing written");
            }
            throw e;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Whether {@code -o} names one deck file ({@code .yaml}, {@code .yml}) rather than a folder. */
    private boolean oneFile() {
        return cmd.output.getFileName().toString().matches("(?i).*\\.ya?ml");
    }

    private AnkiHistory history(AnkiCollection col, AnkiImport.Result result, Schedulers schedulers, String device)
            throws AnkiProblem {
        Map<Long, cuecard.deck.CardKey> keys = result.keys();
        if (cmd.id != null && result.decks().size() == 1 && oneFile()) {
            keys = new java.util.HashMap<>(); // the deck is written under --id: its history too
            for (Map.Entry<Long, cuecard.deck.CardKey> e : result.keys().entrySet()) {
                keys.put(e.getKey(), new cuecard.deck.CardKey(cmd.id, e.getValue().cardId()));
            }
        }
        return new AnkiHistory(col.revlog(), keys, schedulers::forDeck, env.clock().getZone(), device,
                env.clock().instant());
    }

    /** Each deck's YAML by the file it goes to, every one checked by the deck loader. */
    private Map<Path, String> decks(AnkiImport.Result result, Path input, boolean oneFile) {
        if (oneFile && result.decks().size() > 1) {
            throw new UserError(ExitCode.BAD_INPUT, input + " holds " + result.decks().size() + " decks ("
                    + String.join(", ", result.decks().stream().map(AnkiImport.DeckCards::title).toList())
                    + "); name a folder with -o to get one deck file each");
        }
        List<Path> targets = new ArrayList<>();
        for (AnkiImport.DeckCards d : result.decks()) {
            Path target = oneFile ? cmd.output : cmd.output.resolve((oneFile && cmd.id != null ? cmd.id : d.id()) + ".yaml");
            targets.add(OutputFile.check(target, dataDir, cmd.force, true));
        }
        // each deck is read from its cards, then written and read by the deck loader: on every core
        List<String> yaml = java.util.stream.IntStream.range(0, targets.size()).parallel()
                .mapToObj(i -> yaml(result.decks().get(i), targets.get(i), input, oneFile)).toList();
        Map<Path, String> files = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            files.put(targets.get(i), yaml.get(i));
        }
        return files;
    }

    private String yaml(AnkiImport.DeckCards d, Path target, Path input, boolean oneFile) {
        String id = oneFile && cmd.id != null ? cmd.id : d.id();
        String title = oneFile && cmd.title != null ? cmd.title : d.title();
        Deck meta = new Deck(id, title, cmd.language, null, List.of(), List.of(), List.of(), null);
        DeckResult read = DeckJson.readNodes(DeckJson.meta(meta), d.cards(), input.toString());
        Deck deck = DeckInput.orFail(read, "nothing written; the notes of Anki deck `" + d.title()
                + "` do not make a valid deck:");
        String yaml = DeckYaml.deck(deck, "# yaml-language-server: $schema=" + DeckInput.schemaPath(env, target));
        if (yaml.getBytes(StandardCharsets.UTF_8).length > DeckLoader.MAX_BYTES) {
            throw new UserError(ExitCode.BAD_INPUT, input + ": Anki deck `" + d.title() + "` would make a deck "
                    + "file over " + DeckLoader.MAX_BYTES / (1024 * 1024) + " MiB, the most a deck file may be; "
                    + "export it from Anki in parts; nothing written");
        }
        DeckInput.orFail(DeckLoader.parse(yaml, target.toString()), "the imported deck would not load (please "
                + "report this):");
        return yaml;
    }

    private void write(Map<Path, String> files, PrintWriter out) {
        for (Map.Entry<Path, String> f : files.entrySet()) {
            OutputFile.write(f.getKey(), f.getValue(), cmd.force);
        }
        out.println("Imported " + files.size() + " deck" + (files.size() == 1 ? "" : "s") + " from " + cmd.input + ":");
        for (Path p : files.keySet()) {
            out.println("  " + p);
        }
    }

    private static void printMedia(PrintWriter out, AnkiImport.Result result, AnkiPackage.Unpacked unpacked) {
        if (!result.media().isEmpty() || unpacked.media() > 0) {
            out.println("Media not imported (cuecard cards are text; " + unpacked.media() + " media file"
                    + (unpacked.media() == 1 ? "" : "s") + " in the package):");
            List<String> shown = result.media().subList(0, Math.min(20, result.media().size()));
            shown.forEach(m -> out.println("  " + m));
            if (result.media().size() > shown.size()) {
                out.println("  ... and " + (result.media().size() - shown.size()) + " more");
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind; the system cleans its temporary folder
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
