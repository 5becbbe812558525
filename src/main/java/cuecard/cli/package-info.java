/** The command line: one picocli command class per verb, built by CliFactory with its writers and exit codes. */
package cuecard.cli;
