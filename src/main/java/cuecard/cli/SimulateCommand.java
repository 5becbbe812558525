package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.schedule.FitBounds;
import cuecard.schedule.RetentionSimulation;
import cuecard.stats.Charts;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cuecard simulate}: what each desired retention costs and yields for a learner with given parameters. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a learner for each desired retention and recommend the one with the least work per "
            + "remembered card.",
        footer = {"", "Assumptions: see docs/optimizer.md; --costs sets the seconds per kind of review.",
            "Exit codes: 0 done, 2 usage error."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--days", description = "Days to simulate (default: ${DEFAULT-VALUE}).")
    int days = 365;

    @Option(names = "--new-per-day", description = "New cards a day (default: ${DEFAULT-VALUE}).")
    int newPerDay = 20;

    @Option(names = "--retention", paramLabel = "FROM:TO:STEP",
            description = "Desired retentions to compare (default: ${DEFAULT-VALUE}).")
    String retention = "0.70:0.97:0.01";

    @Option(names = "--parameters", split = ",", paramLabel = "W",
            description = "The learner's 21 FSRS-6 parameters (default: those `cuecard optimize` fitted for the preset, else the FSRS-6 defaults).")
    double[] parameters;

    @Option(names = "--preset", paramLabel = "NAME", description = "Whose fitted parameters to use (default: ${DEFAULT-VALUE}).")
    String preset = UserConfig.DEFAULT_PRESET;

    private final Environment env;

    SimulateCommand(Environment env) {
        this.env = env;
    }

    @Option(names = "--costs", paramLabel = "LEARN,RECALL,FORGET", split = ",",
            description = "Seconds to learn a new card, to recall one and to relearn a forgotten one (default: 20,8,30).")
    double[] costs = {20, 8, 30};

    @Option(names = "--seed", description = "Seed for the simulated recalls (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        double[] w;
        if (parameters != null) {
            w = parameters.clone();
        } else {
            try {
                w = cuecard.store.FittedParameters.read(dataDir.resolve(env), preset)
                        .map(cuecard.store.FittedParameters::w).orElse(FitBounds.defaults());
            } catch (java.io.IOException e) {
                throw new UserError(ExitCode.BAD_STORE, e.getMessage());
            }
        }
        String problem = FitBounds.problem(w);
        if (problem != null) {
            throw new UserError(ExitCode.USAGE, "--parameters: " + problem);
        }
        if (days < 1 || days > 36500) {
            throw new UserError(ExitCode.USAGE, "--days must be between 1 and 36500");
        }
        if (newPerDay < 1 || newPerDay > 10000) {
            throw new UserError(ExitCode.USAGE, "--new-per-day must be between 1 and 10000");
        }
        double[] range = parseRange(retention);
        if (costs.length != 3 || costs[0] < 0 || costs[1] < 0 || costs[2] < 0) {
            throw new UserError(ExitCode.USAGE, "--costs: expected three numbers of seconds, e.g. 20,8,30");
        }
        List<RetentionSimulation.Outcome> outcomes = new RetentionSimulation(days, newPerDay, seed,
                new RetentionSimulation.Costs(costs[0], costs[1], costs[2]))
                .run(w, range[0], range[1], range[2]);
        RetentionSimulation.Outcome best = RetentionSimulation.best(outcomes);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("days", days);
            root.put("new_per_day", newPerDay);
            ArrayNode list = root.putArray("retentions");
            for (RetentionSimulation.Outcome o : outcomes) {
                ObjectNode n = list.addObject();
                n.put("retention", o.retention());
                n.put("reviews", o.reviews());
                n.put("reviews_per_day", o.reviewsPerDay());
                n.put("minutes_per_day", o.minutesPerDay());
                n.put("remembered", o.remembered());
                n.put("seconds_per_remembered", o.secondsPerRemembered());
            }
            root.put("recommended", best.retention());
            out.println(root);
            return ExitCode.OK;
        }
        double maxMinutes = outcomes.stream().mapToDouble(RetentionSimulation.Outcome::minutesPerDay).max().orElse(1);
        out.printf(Locale.ROOT, "%d days, %d new cards a day%n", days, newPerDay);
        out.printf(Locale.ROOT, "%-9s %11s %11s %11s %9s  %s%n", "retention", "reviews/day", "minutes/day",
                "remembered", "s/card", "minutes a day");
        for (RetentionSimulation.Outcome o : outcomes) {
            out.printf(Locale.ROOT, "%-9.2f %11.1f %11.1f %11.0f %9.1f  %s%s%n", o.retention(), o.reviewsPerDay(),
                    o.minutesPerDay(), o.remembered(), o.secondsPerRemembered(),
                    Charts.bar(o.minutesPerDay(), maxMinutes, 24), o == best ? "  <- least work per card remembered" : "");
        }
        out.printf(Locale.ROOT, "recommended desired retention: %.2f%n", best.retention());
        return ExitCode.OK;
    }

    private static double[] parseRange(String text) {
        String[] parts = text.split(":");
        try {
            double from = Double.parseDouble(parts[0]);
            double to = parts.length > 1 ? Double.parseDouble(parts[1]) : from;
            double step = parts.length > 2 ? Double.parseDouble(parts[2]) : 0.01;
            if (parts.length > 3 || !(from > 0 && to < 1 && from <= to && step > 0) || (to - from) / step > 1000) {
                throw new NumberFormatException();
            }
            return new double[] {from, to, step};
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.USAGE, "--retention: expected FROM:TO:STEP with 0 < FROM <= TO < 1, e.g. 0.70:0.97:0.01");
        }
    }
}
