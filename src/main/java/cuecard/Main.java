package cuecard;

import cuecard.cli.CliFactory;

/** Entry point: builds the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CliFactory.standard(args).execute(args));
    }
}
