package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --suppressions FILE}: leaks left out, the note after loading, and errors naming file:line. */
class SuppressionsCliTest {
  @TempDir Path dir;
  /** The example allocation (3 MB, callsite Matmul::create_output_tensors), never freed. */
  private String debugLog;
  /** A server log with one leak of 4 KB: no stacks. */
  private String serverLog;

  @BeforeEach
  void writeLogs() {
    debugLog = QueryFixture.writeLog(dir, "tt_buffer_debug.log", DebugLogBlocks.lines(DebugLogBlocks.ALLOCATED))
        .toString();
    serverLog = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)").toString();
  }

  @Test
  void suppressedLeaksLeaveTheLeakQueriesAndAreCounted() {
    Path file = QueryFixture.writeText(dir, "accepted.supp", "# known\nleak:Matmul::create_output_tensors\n");
    CliRun without = CliRun.of("run", "leaks-by-callsite", "--format", "csv", debugLog);
    assertEquals(2, without.out().lines().count(), without.out());
    CliRun with = CliRun.of("run", "leaks-by-callsite", "--format", "csv", "--suppressions", file.toString(),
        "stacks=" + debugLog, "server=" + serverLog);
    assertEquals(0, with.status(), with.err());
    assertEquals("callsite,leaks,leaked_bytes,leaked,overlapped,devices,buffer_types\n", with.out());
    assertEquals("stacks: 1 leak (3 MB) suppressed by " + file + "\n"
        + "server: no call stacks, so " + file + " suppresses its leaks only through their debug-log counterparts"
        + " (leak-origins)\n"
        + "note: leaks-by-callsite reads schema stacks; not server (.use SCHEMA picks another, or run it on one log at a time)\n",
        with.err());
  }

  @Test
  void aServerLogAloneCannotHaveItsLeaksSuppressed() {
    Path file = QueryFixture.writeText(dir, "accepted.supp", "leak:Matmul\n");
    CliRun run = CliRun.of("run", "leaks-by-callsite", "--format", "csv", "--suppressions", file.toString(), serverLog);
    assertEquals(0, run.status(), run.err());
    assertEquals("main: no call stacks, so " + file + " cannot suppress its leaks\n", run.err());
  }

  @Test
  void theFlameGraphOfLeaksLeavesSuppressedLeaksOut() {
    // The debug log's one leak (3 MB, Matmul::create_output_tensors) is the whole leaked-bytes
    // flame graph; suppressed, nothing is left to draw, as leaks-by-callsite lists nothing.
    Path file = QueryFixture.writeText(dir, "accepted.supp", "leak:Matmul::create_output_tensors\n");
    CliRun without = CliRun.of("flamegraph", "--folded", "-o", "-", debugLog);
    assertTrue(without.out().strip().endsWith(" 3145728"), without.out());
    CliRun with = CliRun.of("flamegraph", "--folded", "-o", "-", "--suppressions", file.toString(), debugLog);
    assertEquals(0, with.status(), with.err());
    assertEquals("", with.out());
    assertEquals(0, CliRun.of("report", "-o", dir.resolve("r.html").toString(), "--suppressions", file.toString(), debugLog)
        .status());
  }

  @Test
  void aServerLogAndADebugLogInOneSchemaAreWarnedAbout() {
    // Given without NAME=, the two logs form one trace, and a buffer both record counts twice.
    CliRun mixed = CliRun.of("-c", "select count(*) from events", serverLog, debugLog);
    assertEquals(0, mixed.status(), mixed.err());
    assertTrue(mixed.err().contains("schema main holds a server log and a buffer debug log, whose buffers then count"
        + " twice; load them as two schemas to compare them (server=LOG stacks=LOG), or one at a time"), mixed.err());
    CliRun apart = CliRun.of("-c", "select count(*) from events", "server=" + serverLog, "stacks=" + debugLog);
    assertEquals("", apart.err());
  }

  @Test
  void aBadLineExitsTwoNamingFileAndLine() {
    Path file = QueryFixture.writeText(dir, "bad.supp", "leak:a\n\n# ok so far\nfun:main\n");
    CliRun run = CliRun.of("--suppressions", file.toString(), "-c", "select 1", debugLog);
    assertEquals(2, run.status());
    assertEquals("ttsql: " + file + ":4: unknown suppression type 'fun' (only leak:FUNCTION_PATTERN is supported):"
        + " fun:main\n", run.err());
    assertEquals("", run.out());
    Path noType = QueryFixture.writeText(dir, "no-type.supp", "tt::tt_metal::Foo\n");
    assertEquals("ttsql: " + noType + ":1: unknown suppression type 'tt' (only leak:FUNCTION_PATTERN is supported):"
        + " tt::tt_metal::Foo\n", CliRun.of("run", "summary", "--suppressions", noType.toString(), debugLog).err());
  }

  @Test
  void anUnreadableFileExitsTwo() {
    Path missing = dir.resolve("missing.supp");
    CliRun run = CliRun.of("diff", "--suppressions", missing.toString(), debugLog, debugLog);
    assertEquals(2, run.status());
    assertEquals("ttsql: cannot read suppressions file " + missing + ": no such file\n", run.err());
    CliRun directory = CliRun.of("--suppressions", dir.toString(), "-c", "select 1", debugLog);
    assertEquals(2, directory.status());
    assertEquals("ttsql: cannot read suppressions file " + dir + ": is a directory\n", directory.err());
  }

  @Test
  void onlyCommandsThatLoadLogsTakeTheOption() {
    CliRun run = CliRun.of("queries", "--suppressions", "x.supp");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("ttsql: --suppressions does not apply to queries\n"), run.err());
  }
}
