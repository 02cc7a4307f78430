/**
 * The {@code ttsql} command line. {@link io.ttsql.shell.cli.Main} parses the arguments ({@link
 * io.ttsql.shell.cli.CliArgs}, options declared once in {@link io.ttsql.shell.cli.CliOption}), picks a
 * {@link io.ttsql.shell.cli.Subcommand} and turns every failure into one line on stderr and an exit
 * status ({@link io.ttsql.shell.cli.ExitCode}); stack traces only with {@code --debug}. {@link
 * io.ttsql.shell.cli.LogConnector} loads the logs with a progress bar, warns about lines not
 * understood and reports suppressed leaks ({@link io.ttsql.shell.cli.SuppressionNote}). The
 * subcommands running SQL go through {@link io.ttsql.shell.cli.SessionRun}; {@link
 * io.ttsql.shell.cli.DiffSubcommand} compares two runs with a saved query and gates on {@link
 * io.ttsql.shell.cli.LeakTotals}.
 */
package io.ttsql.shell.cli;
