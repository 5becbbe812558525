package cuecard.store;

import cuecard.deck.CardKey;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checking part of the store ({@code cuecard doctor}): the logs read again and compared with the loaded state. */
final class StoreCheck {

    private StoreCheck() {
    }

    /**
     * A full check: every log read again from the start (the snapshot ignored) and compared with {@code loaded};
     * entry ids used twice, undo entries whose review is nowhere and entries dated after {@code now} plus a day are
     * reported too, after the problems {@code found} already.
     */
    static List<StoreProblem> check(LogFolder folder, Replay loaded, List<StoreProblem> found, Instant now) {
        Replay cold = new Replay();
        Map<String, String> seen = new HashMap<>();
        List<StoreProblem> scratch = new ArrayList<>();
        Instant ahead = now.plus(Duration.ofDays(1));
        try {
            for (String name : folder.names()) {
                String shown = LogFolder.display(name);
                LogReader.read(folder.log(name), shown, 0, 0, new EntryJson(), (e, line) -> {
                    String where = shown + ":" + line;
                    String first = seen.putIfAbsent(e.id(), where);
                    if (first != null) {
                        found.add(new StoreProblem(shown, line, "entry id " + e.id() + " is also used at " + first
                                + " (a copied data dir? each device needs its own `device` file)", true));
                    }
                    cold.apply(e, shown, line);
                    if (e instanceof Entry.Undo u && !Replay.sameDevice(u.id(), u.target())) {
                        found.add(new StoreProblem(shown, line, "undo " + u.id() + " names " + u.target()
                                + ", an entry of another device; ignored (a device undoes only its own answers)",
                                false));
                    }
                    if (e.at().isAfter(ahead)) {
                        found.add(new StoreProblem(shown, line, "entry " + e.id() + " is dated " + e.at()
                                + ", more than a day after now (a device whose clock was wrong?)"
                                + (e instanceof Entry.Reviewed rv ? "; " + rv.review().key()
                                + " keeps its schedule until then, and reviews dated before it are refused" : ""),
                                false));
                    }
                }, scratch);
            }
        } catch (IOException e) {
            found.add(new StoreProblem("reviews", 0, "cannot read: " + e.getMessage(), true));
            return found;
        }
        cold.finish(folder::rescan);
        for (String target : cold.undoneIds()) {
            if (!seen.containsKey(target)) {
                found.add(new StoreProblem("reviews", 0, "an undo refers to entry " + target
                        + ", which is in no log (its device's log not synced yet?)", false));
            }
        }
        Set<CardKey> differ = new TreeSet<>();
        Set<CardKey> keys = new HashSet<>(cold.heads().keySet());
        keys.addAll(loaded.heads().keySet());
        for (CardKey k : keys) {
            Replay.Head x = cold.heads().get(k);
            Replay.Head y = loaded.heads().get(k);
            if (x == null || y == null || !x.state().equals(y.state())) {
                differ.add(k);
            }
        }
        if (!differ.isEmpty()) {
            found.add(new StoreProblem("snapshot.json", 0, "the snapshot disagrees with the logs for " + differ.size()
                    + " cards (first: " + differ.iterator().next() + "); run `cuecard doctor --rebuild`", true));
        }
        return found;
    }
}
