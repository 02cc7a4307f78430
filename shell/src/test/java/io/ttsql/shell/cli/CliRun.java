package io.ttsql.shell.cli;

import io.ttsql.engine.testing.QueryFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
        false,
        false);
    int status = Main.standard().run(argv, console);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code dir/debug.log}, a server log of two allocations of PID 7 (4096 B of L1 on device 0
   * at 0x1000, freed; 8192 B of DRAM on device 1 at 0x2000, never freed), and returns its path.
   */
  public static String twoAllocationsOneFreed(Path dir) {
    return QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)",
        "✗ [PID 7] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)").toString();
  }

  /** Runs {@code argv} with empty stdin. */
  public static CliRun of(String... argv) {
    return withInput("", argv);
  }
}
