package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.samples.GeneratedRun;
import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import io.ttsql.samples.LogTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two-log queries on generated runs, whose answers follow from what the generator wrote: the
 * two logs of one run match allocation for allocation, and the diff of a run and the same run with
 * its leaks fixed shows exactly the freed leaks, at the leaky callsites.
 */
class GeneratedRunsTest {
  private static final String CONCAT = "ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors";
  private static final String CIRCULAR_BUFFER = "tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {2, 31, 20_251_125})
  void bothLogsOfOneRunMatchAllocationForAllocation(long seed) throws Exception {
    // Process deaths, statistics and decimal ids included: the debug log has none of the first two.
    GeneratorConfig config = GeneratorConfig.of(seed, 3000).withProcesses(3).withExitEvery(700).withDecimalIds(0.2);
    Path server = dir.resolve("debug.log");
    Path debug = dir.resolve("tt_buffer_debug.log");
    GeneratedRun run = LogGenerator.generate(config, server, debug);
    long allocations = run.server().events().get("alloc");
    long leaks = allocations - run.server().lifetimes().get("freed");
    try (QueryFixture logs = QueryFixture.open("server=" + server + ";stacks=" + debug)) {
      assertEquals(List.of(
          summaryRow("server allocations", allocations, allocations, 0, 0),
          summaryRow("debug allocations", allocations, allocations, 0, 0),
          summaryRow("server leaks", leaks, leaks, 0, 0)),
          logs.rows(bind("leak-origins-summary")), "seed " + seed);
      // Every leak finds its stack, and every generated stack has a callsite.
      assertEquals(List.of("n=" + leaks + "; callsites=" + leaks),
          logs.rows("select count(*) as n, count(callsite) as callsites from (" + bind("leak-origins") + ") as o"),
          "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 47})
  void earlierRunsInEitherLogComeBeforeTheOthersFirstAllocation(long seed) throws Exception {
    // /tmp/tt_buffer_debug.log is appended to by every run (FORMATS 2.1): here it holds another
    // run, then this run twice (run again with the same seed, so every allocation of its first
    // copy looks like one of the second), and the server log holds this run only. The last copy is
    // the one to match, allocation for allocation: the earlier ones come before the server log's
    // first allocation. Then the other way round: a server log holding the other run first.
    GeneratorConfig config = GeneratorConfig.of(seed, 3000).withProcesses(3).withExitEvery(700);
    Path otherServer = dir.resolve("other.log");
    Path otherDebug = dir.resolve("other_debug.log");
    Path server = dir.resolve("debug.log");
    Path debug = dir.resolve("tt_buffer_debug.log");
    long other = LogGenerator.generate(GeneratorConfig.of(seed + 1, 2000).withProcesses(2), otherServer, otherDebug)
        .server().events().get("alloc");
    GeneratedRun run = LogGenerator.generate(config, server, debug);
    long allocations = run.server().events().get("alloc");
    long leaks = allocations - run.server().lifetimes().get("freed");
    Path appendedDebug = concatenation(otherDebug, debug, debug);
    try (QueryFixture logs = QueryFixture.open("server=" + server + ";stacks=" + appendedDebug)) {
      assertEquals(List.of(
          summaryRow("server allocations", allocations, allocations, 0, 0),
          summaryRow("debug allocations", other + 2 * allocations, allocations, 0, other + allocations),
          summaryRow("server leaks", leaks, leaks, 0, 0)),
          logs.rows(bind("leak-origins-summary")), "seed " + seed);
      assertEquals(List.of("n=" + leaks + "; same_size=" + leaks),
          logs.rows("select count(*) as n, sum(case when counterpart = 'same_size' then 1 else 0 end) as same_size"
              + " from (" + bind("leak-origins") + ") as o"), "seed " + seed);
    }
    // The server log holding this run twice (a server left running), the debug log the last.
    try (QueryFixture logs = QueryFixture.open("server=" + concatenation(server, server) + ";stacks=" + debug)) {
      assertEquals(List.of(
          summaryRow("server allocations", 2 * allocations, allocations, 0, allocations),
          summaryRow("debug allocations", allocations, allocations, 0, 0)),
          allocationRows(logs),
          "seed " + seed);
    }
    Path appendedServer = concatenation(otherServer, server);
    try (QueryFixture logs = QueryFixture.open("server=" + appendedServer + ";stacks=" + debug)) {
      assertEquals(List.of(
          summaryRow("server allocations", other + allocations, allocations, 0, other),
          summaryRow("debug allocations", allocations, allocations, 0, 0)),
          allocationRows(logs),
          "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 23})
  void aProcessOnlyTheDebugLogSawShiftsNoRun(long seed) throws Exception {
    // The server log without the lines of one process, as if it had reported to another server:
    // the debug log has allocations the server lacks all through the run, so the ends of the two
    // logs meet at another shift than their starts, and the starts' votes spread over small
    // shifts. Both logs start with the same run: nothing comes before the other log, and every
    // server allocation finds its counterpart, as the plain join on occurrences finds it.
    GeneratorConfig config = GeneratorConfig.of(seed, 3000).withProcesses(3).withExitEvery(100_000_000);
    Path server = dir.resolve("debug.log");
    Path debug = dir.resolve("tt_buffer_debug.log");
    LogGenerator.generate(config, server, debug);
    List<String> lines = Files.readAllLines(server);
    Matcher pid = Pattern.compile("\\[PID \\d+\\]").matcher(
        lines.stream().filter(l -> l.contains("Allocated")).skip(100).findFirst().orElseThrow());
    assertTrue(pid.find());
    Path withoutOne = dir.resolve("without_one.log");
    Files.write(withoutOne, lines.stream().filter(l -> !l.contains(pid.group())).toList());
    try (QueryFixture logs = QueryFixture.open("server=" + withoutOne + ";stacks=" + debug)) {
      long allocations = Long.parseLong(logs.scalar("select count(*) from server.lifetimes"));
      long debugAllocations = Long.parseLong(logs.scalar("select count(*) from stacks.lifetimes"));
      assertTrue(debugAllocations > allocations, "seed " + seed);
      String plainJoin = "select count(*) from server.lifetimes as s join stacks.lifetimes as d on d.device = s.device"
          + " and d.address = s.address and d.occurrence = s.occurrence and d.size = s.size";
      assertEquals(String.valueOf(allocations), logs.scalar(plainJoin), "seed " + seed);
      assertEquals(List.of(
          summaryRow("server allocations", allocations, allocations, 0, 0),
          summaryRow("debug allocations", debugAllocations, allocations, debugAllocations - allocations, 0)),
          allocationRows(logs),
          "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 19})
  void theDiffOfARunAndItsFixShowsTheFreedLeaks(long seed) throws Exception {
    // No process dies, so the fix frees every buffer a process leaked: the circular buffers (only
    // ever allocated as leaks) are gone, the concat outputs shrink or are gone, the rest is unchanged.
    GeneratorConfig config = GeneratorConfig.of(seed, 4000).withExitEvery(100_000_000);
    Path[] before = {dir.resolve("before.log"), dir.resolve("before_debug.log")};
    Path[] after = {dir.resolve("after.log"), dir.resolve("after_debug.log")};
    GeneratedRun unfixed = LogGenerator.generate(config, before[0], before[1]);
    GeneratedRun fixed = LogGenerator.generate(config.withLeaksFixed(), after[0], after[1]);
    long freedByFix = freed(fixed.debug()) - freed(unfixed.debug());
    assertTrue(freedByFix > 0, "seed " + seed + " leaks nothing");
    assertEquals(freedByFix, freed(fixed.server()) - freed(unfixed.server()));

    try (QueryFixture logs = QueryFixture.open("before=" + before[1] + ";after=" + after[1])) {
      String diff = "(" + bind("diff-leaks-by-callsite") + ") as d";
      assertEquals("-" + freedByFix, logs.scalar("select sum(leaks_change) from " + diff));
      assertEquals(List.of("change=gone"), logs.rows("select change from " + diff + " where callsite = '"
          + CIRCULAR_BUFFER + "'"), "seed " + seed);
      for (String row : logs.rows("select change, callsite from " + diff + " where change <> 'unchanged'")) {
        assertTrue(Set.of("change=gone; callsite=" + CIRCULAR_BUFFER, "change=gone; callsite=" + CONCAT,
            "change=shrank; callsite=" + CONCAT).contains(row), "seed " + seed + ": " + row);
      }
    }
    try (QueryFixture logs = QueryFixture.open("before=" + before[0] + ";after=" + after[0])) {
      // The server logs, by address: the freed leaks, and no other change.
      String diff = "(" + bind("diff-leaks-by-address") + ") as d";
      assertEquals("-" + freedByFix, logs.scalar("select sum(leaks_change) from " + diff));
      assertEquals("0", logs.scalar("select count(*) from " + diff + " where change in ('new', 'grew')"));
    }
  }

  /** The rows of leak-origins-summary for the two logs' allocations, the server's first. */
  private static List<String> allocationRows(QueryFixture logs) {
    return logs.rows("select * from (" + bind("leak-origins-summary") + ") as s where what <> 'server leaks' order by what desc");
  }

  /** A row of leak-origins-summary as {@link QueryFixture#rows} prints it, with nothing of another size or suppressed. */
  private static String summaryRow(String what, long total, long sameSize, long noCounterpart, long beforeOtherLog) {
    return "what=" + what + "; total=" + total + "; same_size=" + sameSize + "; different_size=0; no_counterpart="
        + noCounterpart + "; before_other_log=" + beforeOtherLog + "; suppressed=0";
  }

  private Path concatenation(Path... logs) throws IOException {
    Path joined = Files.createTempFile(dir, "joined", ".log");
    for (Path log : logs) {
      Files.write(joined, Files.readAllBytes(log), StandardOpenOption.APPEND);
    }
    return joined;
  }

  private static long freed(LogTruth truth) {
    return truth.lifetimes().getOrDefault("freed", 0L);
  }

  private static String bind(String query) {
    return QueryLibrary.standard().get(query).bind(Map.of());
  }
}
