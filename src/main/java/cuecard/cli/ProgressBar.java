package cuecard.cli;

import cuecard.schedule.Fitter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** A one-line progress bar on stderr, drawn only when a terminal is attached. */
final class ProgressBar implements Fitter.Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;

    ProgressBar(CommandSpec spec) {
        this.err = Shown.raw(spec.commandLine().getErr());
        this.enabled = System.console() != null;
    }

    @Override
    public void update(int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent / 5;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "%");
        if (done >= total) {
            err.print("\r" + " ".repeat(28) + "\r");
        }
        err.flush();
    }
}
