package cuecard.cli;

import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Proposals;
import cuecard.generate.review.ProposalReview;
import cuecard.study.tui.ReviewApp;
import cuecard.study.tui.ReviewLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The deck picker's {@code g}, with files: transcripts read as {@code generate} reads them, decks written by its review. */
final class PickerGenerate implements ReviewLauncher {

    private static final int MAX_CHOICES = 40;

    private final Environment env;
    private final Path dataDir;

    PickerGenerate(Environment env, Path dataDir) {
        this.env = env;
        this.dataDir = dataDir;
    }

    @Override
    public List<String> complete(String prefix) {
        String typed = prefix.isEmpty() ? "./" : prefix;
        Path path = expand(typed);
        boolean inFolder = typed.endsWith("/");
        Path dir = inFolder ? path : path.getParent() == null ? Path.of(".") : path.getParent();
        String start = inFolder || path.getFileName() == null ? "" : path.getFileName().toString();
        String base = inFolder ? typed : typed.substring(0, typed.length() - start.length());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(start) && (!name.startsWith(".") || start.startsWith("."))) {
                    out.add(base + name + (Files.isDirectory(p) ? "/" : ""));
                    if (out.size() == MAX_CHOICES) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    @Override
    public String defaultDeck(String transcript) {
        Path own = env.get("CUECARD_DECKS") != null ? Path.of(env.get("CUECARD_DECKS")) : dataDir.resolve("decks");
        Path t = expand(transcript);
        String name = t.getFileName() == null ? "generated" : Generator.refFor(t.getFileName().toString());
        return own.resolve(name + ".yaml").toString();
    }

    @Override
    public Prepared prepare(String transcript, String deckFile) {
        try {
            Path input = expand(transcript);
            Path output = expand(deckFile);
            String text = GenerateCommand.read(input);
            Path deck = GenerateReview.deckFile(output, dataDir);
            var earlier = GenerateReview.decisions(deck);
            String ref = Generator.refFor(input.getFileName().toString());
            Proposals proposals = Proposals.of(List.of(new InputText(ref, input.toString(), text)), Generator.Settings.defaults(),
                    Generator.Progress.NONE);
            ProposalReview review = new ProposalReview(proposals.proposed(), proposals.rejected(), earlier);
            ReviewApp.Setup setup = GenerateReview.setup(env, proposals, review);
            return new Prepared() {
                @Override
                public ReviewApp.Setup setup() {
                    return setup;
                }

                @Override
                public Written write() {
                    try {
                        int added = GenerateReview.written(deck, proposals, review).added().size();
                        DeckResult loaded = Files.exists(deck) ? DeckLoader.load(deck) : null;
                        return new Written(loaded instanceof DeckResult.Ok ok ? ok.deck() : null, added, deck.toString());
                    } catch (UserError e) {
                        throw new Failed(e.getMessage());
                    }
                }
            };
        } catch (UserError e) {
            throw new Failed(e.getMessage());
        }
    }

    private Path expand(String typed) {
        if (typed.equals("~") || typed.startsWith("~/")) {
            return env.home().resolve(typed.length() > 2 ? typed.substring(2) : "");
        }
        return Path.of(typed);
    }
}
