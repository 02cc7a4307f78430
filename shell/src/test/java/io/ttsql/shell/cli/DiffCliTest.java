package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ttsql diff}: the callsite diff of two runs, the totals line, and {@code --fail-if-worse}. */
class DiffCliTest {
  @TempDir Path dir;
  /** One leak of 4096 bytes (the 8192-byte buffer is freed). */
  private String one;
  /** The same, plus a second leak of 8192 bytes: 12288 bytes in all. */
  private String two;
  /** One leak of 8192 bytes: fewer bytes than two, more than one. */
  private String other;

  @BeforeEach
  void writeLogs() {
    one = QueryFixture.writeLog(dir, "one.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)",
        "✗ [PID 7] Freed buffer 0x2000 on device 1 (8192 bytes, FINAL)").toString();
    two = QueryFixture.writeLog(dir, "two.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)").toString();
    other = QueryFixture.writeLog(dir, "other.log",
        "✓ [PID 8] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)").toString();
  }

  @Test
  void printsTheCallsiteDiffThenTheTotals() {
    // Server logs have no stacks: one row, the NULL callsite, 1 leak of 4096 bytes -> 2 of 12288.
    CliRun run = CliRun.of("diff", "--format", "csv", one, two);
    assertEquals(0, run.status(), run.err());
    assertEquals("change,callsite,leaks_before,leaked_bytes_before,leaks_after,leaked_bytes_after,leaks_change,"
        + "bytes_change,bytes_changed\ngrew,,1,4096,2,12288,1,8192,8 KB\n", run.out());
    assertEquals(one + ": no call stacks, so its leaks have a NULL callsite (a buffer debug log has stacks;"
        + " diff-leaks-by-address compares server logs)\n"
        + two + ": no call stacks, so its leaks have a NULL callsite (a buffer debug log has stacks;"
        + " diff-leaks-by-address compares server logs)\n"
        + "leaked: before 4 KB in 1 leak, after 12 KB in 2 leaks (+8 KB)\n", run.err());
  }

  @Test
  void aServerLogAndADebugLogAreSaidToBeOfTwoKindsAndAnEmptyLogNeedsNoNote() throws Exception {
    // A server log's leaks have no callsite, a debug log's have: compared, every callsite looks
    // new. The debug log has stacks, so only the server log gets the NULL-callsite note; the
    // empty log has no leaks to gather under NULL, so it gets none (only the load's warning).
    String debug = QueryFixture.writeLog(dir, "buffers.log",
        DebugLogBlocks.lines(DebugLogBlocks.ALLOCATED)).toString();
    String empty = QueryFixture.writeText(dir, "empty.log", "").toString();
    CliRun mixed = CliRun.of("diff", one, debug);
    assertEquals(0, mixed.status(), mixed.err());
    assertTrue(mixed.err().startsWith(one + ": no call stacks, so its leaks have a NULL callsite")
        && mixed.err().contains("ttsql: " + one + " is a server log and " + debug + " a buffer_debug log: compare two"
        + " logs of one kind, as one run's leaks and the other's\n"), mixed.err());
    CliRun withEmpty = CliRun.of("diff", empty, one);
    assertEquals(0, withEmpty.status(), withEmpty.err());
    assertTrue(withEmpty.err().contains(one + ": no call stacks") && !withEmpty.err().contains(empty + ": no call stacks")
        && !withEmpty.err().contains("a server log and"), withEmpty.err());
  }

  @Test
  void failIfWorseExitsThreeOnlyWhenLeakedBytesGrew() {
    CliRun worse = CliRun.of("diff", "--fail-if-worse", one, two);
    assertEquals(3, worse.status());
    assertTrue(worse.err().endsWith("ttsql: leaked bytes grew (--fail-if-worse)\n"), worse.err());
    assertEquals(0, CliRun.of("diff", "--fail-if-worse", two, one).status(), "fewer bytes after");
    assertEquals(0, CliRun.of("diff", "--fail-if-worse", one, one).status(), "the same bytes");
    // More leaks is not worse when fewer bytes leak: 2 leaks of 12288 bytes, then 1 of 8192.
    assertEquals(0, CliRun.of("diff", "--fail-if-worse", two, other).status());
    assertEquals(3, CliRun.of("diff", "--fail-if-worse", one, other).status(), "4096 bytes, then 8192");
    assertEquals(0, CliRun.of("diff", one, two).status(), "without the flag");
  }

  @Test
  void aRunAndItsFixPassTheGateOneWayOnly() throws Exception {
    // The generated run and the same run with its leaks fixed (their debug logs, with stacks).
    GeneratorConfig config = GeneratorConfig.of(11, 3000).withExitEvery(100_000_000);
    Path before = dir.resolve("before_tt_buffer_debug.log");
    Path after = dir.resolve("after_tt_buffer_debug.log");
    LogGenerator.generate(config, null, before);
    LogGenerator.generate(config.withLeaksFixed(), null, after);
    CliRun fixed = CliRun.of("diff", "--fail-if-worse", "--format", "csv", before.toString(), after.toString());
    assertEquals(0, fixed.status(), fixed.err());
    assertTrue(fixed.out().contains("\ngone,tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers,"),
        fixed.out());
    assertTrue(fixed.err().startsWith("leaked: before "), fixed.err());
    assertEquals(3, CliRun.of("diff", "--fail-if-worse", after.toString(), before.toString()).status());
  }

  @Test
  void totalsPastABigintAreExactAndTheGateSeesThem() throws Exception {
    // Before: 1 KB leaked at one callsite. After: the same, and 2^63-1 bytes (garbage sizes) at
    // each of two other callsites, so each callsite's sum fits a BIGINT but the run's total,
    // 2^64+1022 bytes (16 EB), does not: 2^64-2 more than before. Wrapping around, the total read
    // 1022 B, 2 B less than before, and --fail-if-worse passed.
    long max = Long.MAX_VALUE;
    String before = QueryFixture.writeLog(dir, "before_tt_buffer_debug.log",
        DebugLogBlocks.lines(leak(0x1000, 1024, "ttnn::operations::core::to_device"))).toString();
    String after = QueryFixture.writeLog(dir, "after_tt_buffer_debug.log", DebugLogBlocks.lines(
        leak(0x1000, 1024, "ttnn::operations::core::to_device"),
        leak(0x2000, max, "ttnn::operations::matmul::matmul"),
        leak(0x3000, max, "ttnn::operations::data_movement::concat"))).toString();
    CliRun worse = CliRun.of("diff", "--fail-if-worse", "--format", "csv", before, after);
    assertEquals(3, worse.status(), worse.err());
    assertEquals("leaked: before 1 KB in 1 leak, after 16 EB in 3 leaks (+16 EB)\n"
        + "ttsql: leaked bytes grew (--fail-if-worse)\n", worse.err());
    CliRun better = CliRun.of("diff", "--fail-if-worse", after, before);
    assertEquals(0, better.status(), better.err());
    assertEquals("leaked: before 16 EB in 3 leaks, after 1 KB in 1 leak (-16 EB)\n", better.err());
  }

  /** A debug log block: a DRAM buffer on device 0 allocated by {@code function} and never freed. */
  private static List<String> leak(long address, long size, String function) {
    return DebugLogBlocks.block("BUFFER ALLOCATED", "Time: 09:41:07", "Device: 0",
        String.format(Locale.ROOT, "Address: 0x%x (%d)", address, address),
        "Size: " + size + " bytes (" + size / 1024 + " KB)", "Type: DRAM",
        String.format(Locale.ROOT, "Buffer*: 0x55f3b41c%04x", address), "Owns Data: yes", "Hooked: no", "Call Stack:",
        "    " + DebugLogBlocks.TTNN + ": " + function + "(tt::tt_metal::Tensor const&)");
  }

  @Test
  void badUsageExitsTwo() {
    CliRun oneLog = CliRun.of("diff", one);
    assertEquals(2, oneLog.status());
    assertTrue(oneLog.err().startsWith("ttsql: diff needs two logs, the run before and the run after, not 1\n"),
        oneLog.err());
    assertEquals(2, CliRun.of("diff", one, two, other).status());
    CliRun wrongOption = CliRun.of("diff", "--fail-if-rows", one, two);
    assertEquals(2, wrongOption.status());
    assertTrue(wrongOption.err().startsWith("ttsql: --fail-if-rows does not apply to diff\n"), wrongOption.err());
    CliRun missing = CliRun.of("diff", one, dir.resolve("nope.log").toString());
    assertEquals(2, missing.status());
    assertEquals("ttsql: cannot read log " + dir.resolve("nope.log") + ": no such file\n", missing.err());
    // diff names the schemas itself: a NAME=LOG argument is a usage error, not a missing file.
    CliRun named = CliRun.of("diff", "a=" + one, two);
    assertEquals(2, named.status());
    assertTrue(named.err().startsWith("ttsql: diff names the two runs before and after itself: give it two log paths,"
        + " not a=" + one + "\n"), named.err());
    assertEquals(2, CliRun.of("--fail-if-worse", "-c", "select 1", one).status(), "only diff takes --fail-if-worse");
  }
}
