package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard generate FILE...}: interview text or Markdown in, a question deck out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a question deck from interviews or articles (Chinese or English, plain text or Markdown).",
        footer = {"", "Several files make one deck; a fact they share becomes one card citing both.",
            "With --review, DECK.yaml may exist: the kept cards are added at its end.",
            "Exit codes: 0 ok, 2 usage error (--review without a terminal too), 3 an input file is missing, unreadable, not UTF-8 or empty, or "
            + "DECK.yaml exists (use --force to replace it), is inside the data dir or cannot be written."})
public final class GenerateCommand implements Callable<Integer> {

    /** Inputs larger than this (in bytes, all together) get a progress bar when stderr is a terminal. */
    static final long PROGRESS_BYTES = 20_000;
    static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text or Markdown files, UTF-8.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DECK.yaml", description = "Write the deck here (default: standard output).")
    Path output;

    @Option(names = "--force", description = "Replace DECK.yaml when it exists (regenerating a deck).")
    boolean force;

    @Option(names = "--id", paramLabel = "ID", description = "Deck id (default: from the first file name).")
    String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "Deck title (default: the first document's title).")
    String title;

    @Option(names = "--max-cards", paramLabel = "N", description = "Keep only the N best cards.")
    Integer maxCards;

    @Option(names = "--ref", paramLabel = "ID",
            description = "Source id the cards cite, one per FILE in order (default: each file name's stem).")
    List<String> refIds;

    @Option(names = "--explain", paramLabel = "REPORT.md",
            description = "Also write a report (Markdown) of every candidate card: its salience and score, kept or not, and the gate that stopped it.")
    Path explain;

    @Option(names = "--review", description = "On a terminal, go through the proposed cards one by one (keep, drop, edit, "
            + "change type, rescue a rejected one) and add the kept ones to DECK.yaml, new or existing. A second run asks only about "
            + "proposals not yet decided (remembered in DECK.review.yaml beside the deck).")
    boolean review;

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of the input: en, zh-Hans or zh-Hant (default: detected).")
    String lang;

    private final Environment env;

    GenerateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GenerateReview reviewing = review ? GenerateReview.check(this, env, dataDir.resolve(env)) : null;
        if (output != null && !review) {
            OutputFile.check(output, dataDir.resolve(env), force, true);
        }
        if (explain != null) {
            OutputFile.check(explain, dataDir.resolve(env), force, true);
        }
        if (maxCards != null && maxCards < 1) {
            throw new UserError(ExitCode.USAGE, "--max-cards must be at least 1, not " + maxCards);
        }
        if (id != null && !cuecard.deck.CardIds.VALID.matcher(id).matches()) {
            throw new UserError(ExitCode.USAGE, "--id `" + id + "` must be a slug: letters, digits, '.', '_' or '-'");
        }
        Language language = null;
        if (lang != null) {
            language = Language.ofTag(lang);
            if (language == null) {
                throw new UserError(ExitCode.USAGE, "--lang `" + lang + "`: use en, zh-Hans or zh-Hant");
            }
        }
        if (refIds != null) {
            if (refIds.size() != files.size()) {
                throw new UserError(ExitCode.USAGE, "--ref given " + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_TIMES, refIds.size()) + " for "
                        + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_FILES, files.size()) + "; give one per file, in the same order");
            }
            Set<String> seen = new HashSet<>();
            for (String r : refIds) {
                if (!cuecard.deck.CardIds.VALID.matcher(r).matches()) {
                    throw new UserError(ExitCode.USAGE, "--ref `" + r + "` must be a slug: letters, digits, '.', '_' or '-'");
                }
                if (!seen.add(r)) {
                    throw new UserError(ExitCode.USAGE, "--ref `" + r + "` is given twice; each file needs its own id");
                }
            }
        }
        List<InputText> inputs = new ArrayList<>();
        Set<String> refs = new HashSet<>(refIds == null ? List.of() : refIds);
        long bytes = 0;
        for (int k = 0; k < files.size(); k++) {
            Path f = files.get(k);
            String text = read(f);
            bytes += text.length();
            if (refIds != null) {
                inputs.add(new InputText(refIds.get(k), f.toString(), text));
                continue;
            }
            String ref = Generator.refFor(f.getFileName() == null ? f.toString() : f.getFileName().toString());
            String unique = ref;
            for (int i = 2; !refs.add(unique); i++) {
                unique = ref + "-" + i;
            }
            inputs.add(new InputText(unique, f.toString(), text));
        }
        ProgressBar bar = new ProgressBar(spec);
        Generator.Progress progress = bytes > PROGRESS_BYTES ? bar::update : Generator.Progress.NONE;
        if (reviewing != null) {
            return reviewing.run(inputs, new Generator.Settings(id, title, maxCards, language), progress, err);
        }
        Generator.Result result = Generator.run(inputs, new Generator.Settings(id, title, maxCards, language), progress);
        Deck deck = result.deck();
        String yaml = DeckYaml.write(deck);
        DeckResult check = DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), output == null ? "<generated>" : output.toString());
        List<DeckError> errors = check.problems().stream().filter(DeckError::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("generated deck does not load: " + errors.get(0).format());
        }
        if (deck.notes().isEmpty()) {
            err.println("cuecard: found nothing to ask about in " + files + " (no dates, amounts, names or interview turns)");
        }
        if (explain != null) {
            OutputFile.write(explain, result.report(), force);
            err.println("cuecard: wrote the report of " + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_FILES, files.size()) + " to " + explain);
        }
        if (output == null) {
            PrintWriter raw = Shown.raw(spec.commandLine().getOut());
            raw.print(yaml);
            raw.flush();
        } else {
            OutputFile.write(output, yaml, force);
            err.println("cuecard: wrote " + deck.notes().size() + " cards to " + output);
        }
        return ExitCode.OK;
    }

    static String read(Path f) {
        if (Files.isDirectory(f)) {
            throw new UserError(ExitCode.BAD_INPUT, f + ": is a directory; name the text files inside it");
        }
        if (!Files.isRegularFile(f)) {
            throw new UserError(ExitCode.BAD_INPUT, f + ": no such file");
        }
        byte[] bytes;
        try {
            if (Files.size(f) > MAX_INPUT_BYTES) {
                throw new UserError(ExitCode.BAD_INPUT, f + ": larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MiB; split it");
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, f + ": cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.BAD_INPUT, f + ":" + DeckInput.badLine(bytes) + ": not valid UTF-8; save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UserError(ExitCode.BAD_INPUT, f + ": is empty");
        }
        return text;
    }
}
