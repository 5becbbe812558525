package cuecard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.review.CardState;
import cuecard.review.Rating;
import cuecard.schedule.CardSeed;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard fsrs}: tools around the FSRS-6 scheduler. */
@Command(name = "fsrs", mixinStandardHelpOptions = true,
        description = "Tools around the FSRS-6 scheduler.",
        subcommands = {FsrsCommand.Replay.class})
public final class FsrsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /**
     * {@code cuecard fsrs replay}: the scheduler's state after every review of each history, in the format of the
     * fsrs-oracle's replay.mjs, so cuecard can be compared line by line with ts-fsrs or any other implementation.
     */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay review histories through the FSRS-6 scheduler and print the state after each review. "
            + "Input: JSON Lines, one card a line: {\"id\": \"...\", \"reviews\": [{\"rating\": 1-4, \"at\": "
            + "\"2025-03-01T08:30:00.000Z\"}, ...]}. Output: one JSON line per review: {\"id\", \"n\", "
            + "\"state\", \"stability\", \"difficulty\", \"scheduled_days\", \"due\"}. Days between reviews "
            + "are UTC calendar days, as in ts-fsrs.",
            footer = {"", "Exit codes: 0 done, 2 usage error, 3 bad input line (reported as FILE:LINE: message)."})
    static final class Replay implements Callable<Integer> {
        private static final DateTimeFormatter ISO_MILLIS =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Histories to read (default: standard input).")
        String file = "-";

        @Option(names = "--retention", paramLabel = "R", description = "Desired retention (default: ${DEFAULT-VALUE}).")
        double retention = 0.9;

        @Option(names = "--maximum-interval", paramLabel = "DAYS", description = "Longest interval (default: ${DEFAULT-VALUE}).")
        int maximumInterval = 36500;

        @Option(names = "--steps", split = ",", paramLabel = "STEP",
                description = "Learning steps, e.g. 1m,10m (default: 1m,10m; an empty value for none).")
        List<String> steps = List.of("1m", "10m");

        @Option(names = "--relearning-steps", split = ",", paramLabel = "STEP",
                description = "Relearning steps (default: 10m; an empty value for none).")
        List<String> relearningSteps = List.of("10m");

        @Option(names = "--parameters", split = ",", paramLabel = "W", description = "The 21 FSRS-6 parameters (default: the FSRS-6 defaults).")
        double[] parameters;

        @Option(names = "--fuzz", description = "Fuzz intervals, seeded from each history's id and review count (default: off, as the oracle).")
        boolean fuzz;

        @Override
        public Integer call() throws IOException {
            Fsrs fsrs = new Fsrs(settings());
            PrintWriter out = spec.commandLine().getOut();
            boolean stdin = "-".equals(file);
            String name = stdin ? "stdin" : file;
            try (Utf8Lines in = new Utf8Lines(stdin ? System.in : open(Path.of(file)), name)) {
                String line;
                while ((line = in.next()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    History h = parse(line, name + ":" + in.lineNo());
                    replay(fsrs, h, out);
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private FsrsSettings settings() {
            FsrsSettings s = FsrsSettings.defaults().withFuzz(fuzz);
            try {
                if (parameters != null) {
                    s = s.withParameters(parameters);
                }
                return s.withDesiredRetention(retention).withMaximumInterval(maximumInterval)
                        .withSteps(durations("--steps", steps), durations("--relearning-steps", relearningSteps));
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCode.USAGE, e.getMessage());
            }
        }

        private static List<Duration> durations(String option, List<String> texts) {
            List<Duration> out = new ArrayList<>();
            for (String t : texts) {
                String s = t.trim();
                if (s.isEmpty()) {
                    continue;
                }
                char unit = s.charAt(s.length() - 1);
                long value;
                try {
                    value = Long.parseLong(s.substring(0, s.length() - 1));
                } catch (NumberFormatException e) {
                    value = -1;
                }
                long minutes = unit == 'm' ? value : unit == 'h' ? value * 60 : unit == 'd' ? value * 1440 : -1;
                if (value < 1 || minutes < 1) {
                    throw new UserError(ExitCode.USAGE, option + ": `" + s + "` is not a step like 1m, 10m, 2h or 1d");
                }
                out.add(Duration.ofMinutes(minutes));
            }
            return out;
        }

        private static java.io.InputStream open(Path path) {
            if (Files.isDirectory(path)) {
                throw new UserError(ExitCode.BAD_INPUT, path + ": is a directory, not a histories file");
            }
            try {
                return Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new UserError(ExitCode.BAD_INPUT, path + ": no such file");
            } catch (IOException e) {
                throw new UserError(ExitCode.BAD_INPUT, path + ": cannot read: " + e.getMessage());
            }
        }

        private record Review(Rating rating, Instant at) {
        }

        private record History(JsonNode id, List<Review> reviews) {
        }

        static History parse(String line, String where) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new UserError(ExitCode.BAD_INPUT, where + ":" + e.getLocation().getColumnNr() + ": not valid JSON: "
                        + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new UserError(ExitCode.BAD_INPUT, where + ": expected an object {\"id\": ..., \"reviews\": [...]}");
            }
            JsonNode id = node.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
                throw new UserError(ExitCode.BAD_INPUT, where + ": `id` must be a string or a whole number");
            }
            JsonNode list = node.get("reviews");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new UserError(ExitCode.BAD_INPUT, where + ": `reviews` must be a non-empty list");
            }
            List<Review> reviews = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String which = where + ": review " + (i + 1);
                JsonNode rating = r.get("rating");
                if (rating == null || !rating.isIntegralNumber() || rating.asInt() < 1 || rating.asInt() > 4) {
                    throw new UserError(ExitCode.BAD_INPUT, which + ": `rating` must be 1, 2, 3 or 4");
                }
                JsonNode at = r.get("at");
                if (at == null || !at.isTextual()) {
                    throw new UserError(ExitCode.BAD_INPUT, which + ": `at` must be an ISO-8601 time like 2025-03-01T08:30:00.000Z");
                }
                Instant when;
                try {
                    when = OffsetDateTime.parse(at.asText()).toInstant().truncatedTo(ChronoUnit.MILLIS);
                } catch (DateTimeParseException e) {
                    throw new UserError(ExitCode.BAD_INPUT, which + ": `at` is not an ISO-8601 time with an offset: "
                            + at.asText());
                }
                if (!reviews.isEmpty() && when.isBefore(reviews.get(reviews.size() - 1).at())) {
                    throw new UserError(ExitCode.BAD_INPUT, which + ": is earlier than review " + i + "; list reviews in time order");
                }
                reviews.add(new Review(Rating.of(rating.asInt()), when));
            }
            return new History(id, reviews);
        }

        private static void replay(Fsrs fsrs, History h, PrintWriter out) {
            long seed = CardSeed.of(h.id().asText());
            CardState state = CardState.fresh(h.reviews().get(0).at());
            for (int n = 0; n < h.reviews().size(); n++) {
                Review r = h.reviews().get(n);
                state = fsrs.apply(state, r.rating(), r.at(), seed);
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.set("id", h.id());
                o.put("n", n);
                o.put("state", phase(state));
                o.put("stability", number(state.memory().stability()));
                o.put("difficulty", number(state.memory().difficulty()));
                o.put("scheduled_days", state.scheduledDays());
                o.put("due", ISO_MILLIS.format(state.due()));
                out.println(o);
            }
        }

        private static String phase(CardState s) {
            String p = s.phase().name();
            return p.charAt(0) + p.substring(1).toLowerCase(Locale.ROOT);
        }

        /** Numbers printed as JavaScript prints them: whole values without ".0". */
        private static BigDecimal number(double d) {
            BigDecimal b = new BigDecimal(Double.toString(d));
            return d == Math.rint(d) ? b.setScale(0) : b;
        }
    }
}
