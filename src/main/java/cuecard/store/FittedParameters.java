package cuecard.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * FSRS parameters fitted by {@code cuecard optimize} for one preset, kept in {@code DATA/parameters/PRESET.json}.
 * Written whole and atomically (temp file, fsync, rename); an earlier fit is kept beside it as
 * {@code PRESET.previous.json} so a worse fit can always be undone by hand.
 *
 * @param preset   the preset the parameters belong to
 * @param w        the 21 FSRS-6 parameters
 * @param fittedAt when they were fitted
 * @param items    training items they were fitted on
 * @param logLoss  log loss on those items
 * @param rmseBins RMSE over bins on those items
 * @param recommendedRetention the desired retention the simulator found least work per remembered card with
 *                 these parameters; NaN when it was not simulated
 */
public record FittedParameters(String preset, double[] w, Instant fittedAt, int items, double logLoss,
                               double rmseBins, double recommendedRetention) {

    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public FittedParameters {
        w = w.clone();
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    public static Path file(Path dataDir, String preset) {
        return dataDir.resolve("parameters").resolve(preset + ".json");
    }

    /** The saved parameters of a preset; empty when none were fitted; an exception naming the file when damaged. */
    public static Optional<FittedParameters> read(Path dataDir, String preset) throws IOException {
        Path f = file(dataDir, preset);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        JsonNode n;
        try {
            n = JSON.readTree(Files.readAllBytes(f));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(f + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": damaged parameters file: " + e.getOriginalMessage());
        }
        JsonNode w = n.get("w");
        if (n.path("v").asInt() != VERSION || w == null || !w.isArray() || w.size() != 21) {
            throw new IOException(f + ": not a parameters file of version " + VERSION + " with 21 parameters");
        }
        double[] ws = new double[21];
        for (int i = 0; i < 21; i++) {
            if (!w.get(i).isNumber()) {
                throw new IOException(f + ": parameter " + i + " is not a number");
            }
            ws[i] = w.get(i).asDouble();
        }
        Instant at;
        try {
            at = Instant.parse(n.path("fitted_at").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(f + ": `fitted_at` is not an instant");
        }
        return Optional.of(new FittedParameters(preset, ws, at, n.path("items").asInt(),
                n.path("log_loss").asDouble(Double.NaN), n.path("rmse_bins").asDouble(Double.NaN),
                n.path("recommended_retention").asDouble(Double.NaN)));
    }

    /** Saves atomically; the file it replaces is kept as {@code PRESET.previous.json}. */
    public void write(Path dataDir) throws IOException {
        Path f = file(dataDir, preset);
        Files.createDirectories(f.getParent());
        ObjectNode n = JSON.createObjectNode();
        n.put("v", VERSION);
        n.put("preset", preset);
        ArrayNode a = n.putArray("w");
        for (double v : w) {
            a.add(v);
        }
        n.put("fitted_at", fittedAt.toString());
        n.put("items", items);
        n.put("log_loss", logLoss);
        n.put("rmse_bins", rmseBins);
        if (!Double.isNaN(recommendedRetention)) {
            n.put("recommended_retention", recommendedRetention);
        }
        byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        if (Files.exists(f)) {
            Files.copy(f, f.resolveSibling(preset + ".previous.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Durable.replace(f, bytes);
    }
}
