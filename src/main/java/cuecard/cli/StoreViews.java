package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.schedule.Fsrs;
import cuecard.stats.Stats;
import cuecard.stats.StatsCalculation;
import cuecard.stats.StatsSource;
import cuecard.stats.StatsText;
import cuecard.store.Store;
import cuecard.study.CardBrowser;
import cuecard.study.tui.ProgressViews;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The statistics tab and the card browser of the text UI, read from the open store each time they open. */
final class StoreViews implements ProgressViews {

    private final Store store;
    private final Schedulers schedulers;
    private final UserConfig config;
    private final Clock clock;
    private final Fsrs model;

    StoreViews(Store store, Schedulers schedulers, UserConfig config, Clock clock) {
        this.store = store;
        this.schedulers = schedulers;
        this.config = config;
        this.clock = clock;
        this.model = new Fsrs(schedulers.fsrsSettings(config.presetOf(UserConfig.DEFAULT_PRESET)));
    }

    @Override
    public String statsReport(List<Deck> decks, cuecard.study.Messages m) {
        Stats stats = StatsCalculation.of(StatsSource.fromRows(decks, store::eachReviewRow, store, clock.instant(),
                clock.getZone(), config.dayStartHour(), model::retrievability, config.leechLapses()));
        StringBuilder b = new StringBuilder(StatsText.render(stats, m));
        Path data = store.dataDir();
        StatsCommand.presets(decks, config, schedulers, data).forEach(p -> b.append(p.describe(m)).append('\n'));
        return b.toString();
    }

    @Override
    public CardBrowser browser(List<Deck> decks) {
        return new CardBrowser(decks, store, store::history, model::retrievability, config.leechLapses());
    }
}
