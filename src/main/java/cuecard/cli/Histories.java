package cuecard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import cuecard.schedule.FitItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Review histories in the oracle's JSON Lines format, one card a line:
 * {@code {"id": "...", "reviews": [{"rating": 1-4, "delta_days": N}, ...]}}. Each history of n reviews gives
 * its prefixes of two or more reviews as training items.
 */
final class Histories {

    private Histories() {
    }

    static List<FitItem> read(Utf8Lines in, String name) throws IOException {
        List<FitItem> items = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.next()) != null) {
            lineNo = in.lineNo();
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new UserError(ExitCode.BAD_INPUT, name + ":" + lineNo + ":" + e.getLocation().getColumnNr()
                        + ": not valid JSON: " + e.getOriginalMessage());
            }
            JsonNode reviews = node.get("reviews");
            if (reviews == null || !reviews.isArray()) {
                throw new UserError(ExitCode.BAD_INPUT, name + ":" + lineNo + ": expected an object with a `reviews` list");
            }
            int n = reviews.size();
            int[] ratings = new int[n];
            int[] days = new int[n];
            for (int i = 0; i < n; i++) {
                JsonNode r = reviews.get(i);
                JsonNode rating = r.get("rating");
                JsonNode delta = r.get("delta_days");
                if (rating == null || !rating.canConvertToInt() || rating.asInt() < 1 || rating.asInt() > 4) {
                    throw new UserError(ExitCode.BAD_INPUT, name + ":" + lineNo + ": review " + (i + 1)
                            + ": `rating` must be 1, 2, 3 or 4");
                }
                if (delta == null || !delta.canConvertToInt() || delta.asInt() < 0) {
                    throw new UserError(ExitCode.BAD_INPUT, name + ":" + lineNo + ": review " + (i + 1)
                            + ": `delta_days` must be a whole number of days, 0 or more");
                }
                ratings[i] = rating.asInt();
                days[i] = i == 0 ? 0 : delta.asInt();
            }
            if (n >= 2) {
                items.addAll(FitItem.prefixes(ratings, days));
            }
        }
        return items;
    }
}
