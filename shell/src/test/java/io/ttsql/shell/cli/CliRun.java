package io.ttsql.shell.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code ttsql} in-process on given arguments and stdin, as a script would (not interactive),
 * and keeps its exit status, stdout and stderr.
 *
 * @param status the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CliRun(int status, String out, String err) {
  /** Runs {@code argv} with {@code stdin} as input. */
  public static CliRun withInput(String stdin, String... argv) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), argv);
  }

  /** Runs {@code argv} with {@code stdin}'s bytes as input. */
  public static CliRun withInput(byte[] stdin, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
    int status = Main.standard().run(argv, console);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code argv} with empty stdin. */
  public static CliRun of(String... argv) {
    return withInput("", argv);
  }
}
