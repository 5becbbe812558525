package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.stats.Ratio;
import cuecard.stats.Stats;

/** Statistics as JSON for scripts: stable names in snake_case, rates as numbers (null when nothing to count). */
final class StatsJson {

    private StatsJson() {
    }

    static ObjectNode of(Stats s) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode reviews = root.putObject("reviews");
        reviews.put("total", s.totalReviews());
        ObjectNode today = reviews.putObject("today");
        today.put("count", s.today().reviews());
        today.put("millis", s.today().millis());
        ratio(today.putObject("accuracy"), s.today().accuracy());
        ArrayNode perDay = reviews.putArray("per_day");
        for (Stats.DayCount d : s.reviewsPerDay()) {
            if (d.count() > 0) {
                perDay.addObject().put("day", d.day().toString()).put("count", d.count());
            }
        }
        ObjectNode cards = root.putObject("cards");
        Stats.StateCounts c = s.counts();
        cards.put("total", c.total());
        cards.put("new", c.fresh());
        cards.put("learning", c.learning());
        cards.put("young", c.young());
        cards.put("mature", c.mature());
        cards.put("suspended", c.suspended());
        cards.put("leeches", c.leeches());
        ArrayNode retention = root.putArray("retention");
        for (Stats.Retention r : s.retention()) {
            ObjectNode n = retention.addObject();
            n.put("period", r.period());
            n.put("days", r.days());
            ratio(n.putObject("young"), r.young());
            ratio(n.putObject("mature"), r.mature());
        }
        ArrayNode forecast = root.putArray("forecast");
        for (Stats.DayCount d : s.forecast()) {
            forecast.addObject().put("day", d.day().toString()).put("due", d.count());
        }
        if (Double.isNaN(s.averageRecall())) {
            root.putNull("average_recall");
        } else {
            root.put("average_recall", s.averageRecall());
        }
        bins(root.putArray("recall_histogram"), s.recallHistogram());
        bins(root.putArray("stability_histogram"), s.stability());
        groups(root.putArray("decks"), s.byDeck());
        groups(root.putArray("tags"), s.byTag());
        groups(root.putArray("types"), s.byType());
        ArrayNode hardest = root.putArray("hardest");
        for (Stats.HardCard h : s.hardest()) {
            hardest.addObject().put("key", h.key().toString()).put("prompt", h.prompt()).put("lapses", h.lapses()).put("recall", h.recall());
        }
        ObjectNode streak = root.putObject("streak");
        streak.put("current", s.streak());
        streak.put("longest", s.longestStreak());
        return root;
    }

    private static void ratio(ObjectNode n, Ratio r) {
        n.put("passed", r.passed());
        n.put("total", r.total());
        if (r.total() == 0) {
            n.putNull("rate");
        } else {
            n.put("rate", r.rate());
        }
    }

    private static void bins(ArrayNode a, java.util.List<Stats.Bin> bins) {
        for (Stats.Bin b : bins) {
            a.addObject().put("label", b.label()).put("count", b.count());
        }
    }

    private static void groups(ArrayNode a, java.util.List<Stats.Group> groups) {
        for (Stats.Group g : groups) {
            ratio(a.addObject().put("name", g.name()).putObject("accuracy"), g.accuracy());
        }
    }
}
