package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved queries over two loaded logs, on small logs whose answers were worked out by hand,
 * compared with {@code src/test/resources/golden/DIR/QUERY.out}.
 *
 * <p>{@code golden/pair-debug.log} (server) and {@code golden/pair-tt_buffer_debug.log} (debug) are
 * the two logs of one run. By allocation (server line, debug block line, stack of the debug block):
 *
 * <pre>
 *     server              debug
 *     line pid  dev @address     occ size       line size    callsite (stack)          ends (server)
 *  A     5 100  0 @0x10000       1   4 KB L1     1   4 KB    Matmul                    freed line 6
 *  B     7 100  0 @0x10000       2   8 KB L1    29   8 KB    Matmul                    freed line 8
 *  C     9 100  0 @0x10000       3   2 KB L1    57   2 KB    setup_cb_buffers          end_of_log
 *  D    10 100  0 @0x20000000    1   1 MB DRAM  72   1 MB    Concat                    end_of_log
 *  E    11 200  1 @0x20000000    1  64 KB DRAM  87  64 KB    allocate_buffer_on_device process_exit (line 17)
 *  F    12 200  1 @0x20010000    1  32 KB DRAM 103  16 KB    allocate_buffer_on_device process_exit (line 17)
 *  G    13 300  2 @0x30000       1  12 KB L1    -   -        -                         end_of_log
 *  H     -   -  0 @0x0 (hooked)  1   -         119   4 KB    Matmul                    (debug: freed)
 * </pre>
 *
 * C is the third allocation at dev 0 @0x10000 in both logs: occurrence matching finds the circular
 * buffer, not the first allocation there (a Matmul). F's debug block says 16 KB; G (pid 300) ran
 * without the debug log; H, a graph-capture buffer, never reached the server. The stacks of E and
 * F pass through {@code ttnn::operations::core::to_device} below their callsite.
 * {@code golden/pair.supp} suppresses {@code setup_cb_buffers} (C) and {@code ^ttnn::*::to_device$}
 * (E and F, by a frame that is not their callsite).
 *
 * <p>{@code golden/pair-appended-tt_buffer_debug.log} is the same debug log after 41 lines of an
 * earlier run, as an appended {@code /tmp/tt_buffer_debug.log} holds it: X, a 4 KB Permute at dev 0
 * @0x10000 (freed), then Y, a 1 MB Permute at dev 0 @0x20000000 (never freed). Its allocations are
 * X1 Y2 A3 B4 C5 D6 E7 F8 H9 by alloc_number, the server's A1 … G7. Pairs of the same device,
 * address and size: A-X (shift 0), D-Y (shift -2), and A, B, C, D, E with themselves (shift 2), so
 * shift 2 wins and X and Y are the debug log's allocations before the server's first. Counted from
 * there, C is again the third at dev 0 @0x10000 and D the first at dev 0 @0x20000000; counted from
 * the file's start, C would meet B's 8 KB Matmul and D the Permute.
 *
 * <p>{@code golden/before.log} and {@code golden/after.log} are debug logs of two runs:
 *
 * <pre>
 *  callsite (stack)           dev @address   before                 after
 *  Matmul                     0 @0x100000    1 MB, freed            1 MB, leaked
 *  Concat                     0 @0x200000    2 MB, leaked           1 MB, leaked
 *  Concat                     0 @0x400000    2 MB, leaked           2 MB, freed
 *  setup_cb_buffers           0 @0x10000     16 KB, leaked          16 KB, freed
 *  allocate_buffer_on_device  1 @0x300000    3 MB, leaked           3 MB, leaked
 *  Permute                    0 @0x500000    256 KB, leaked         512 KB, leaked
 * </pre>
 *
 * Leaked in all: before 4 MB + 16 KB + 3 MB + 256 KB = 7618560 bytes; after 1 MB + 1 MB + 3 MB +
 * 512 KB = 5767168 bytes.
 */
class GoldenTwoSchemaQueriesTest {
  private static final Path LOGS = Path.of("src", "test", "resources", "golden");
  private static final String PAIR = "server=" + LOGS.resolve("pair-debug.log") + ";stacks="
      + LOGS.resolve("pair-tt_buffer_debug.log");
  private static final String SUPPRESSIONS = ";suppressions=" + LOGS.resolve("pair.supp");

  private static QueryFixture pair;
  private static QueryFixture appended;
  private static QueryFixture suppressed;
  private static QueryFixture runs;

  @BeforeAll
  static void open() {
    pair = QueryFixture.open(PAIR);
    appended = QueryFixture.open("server=" + LOGS.resolve("pair-debug.log") + ";stacks="
        + LOGS.resolve("pair-appended-tt_buffer_debug.log"));
    // The debug log first: it is the default schema, which summary and leaks-by-callsite read.
    suppressed = QueryFixture.open("stacks=" + LOGS.resolve("pair-tt_buffer_debug.log") + ";server="
        + LOGS.resolve("pair-debug.log") + SUPPRESSIONS);
    runs = QueryFixture.open("before=" + LOGS.resolve("before.log") + ";after=" + LOGS.resolve("after.log"));
  }

  @AfterAll
  static void close() throws Exception {
    pair.close();
    appended.close();
    suppressed.close();
    runs.close();
  }

  @Test
  void leakOrigins() throws Exception {
    // The server's leaks C, D, E, F, G, the most bytes first: D, E, F, G, C. D, E and C find a
    // block of their size; F's block says 16384 (different_size); G has none, so its callsite and
    // stack are NULL. C's origin is the circular buffer of line 57, not the Matmul of line 1.
    golden(pair, "pair", "leak-origins");
  }

  @Test
  void leakOriginsSummary() throws Exception {
    // Server: A-E same size, F different, G none (7). Debug: A-E same, F different, H none (7).
    // Server leaks: C, D, E same, F different, G none (5). Nothing suppressed.
    golden(pair, "pair", "leak-origins-summary");
  }

  @Test
  void leakOriginsSkipAnEarlierRunOfTheDebugLog() throws Exception {
    // The same leaks with the same origins as without the earlier run, 41 lines further down:
    // D's is the Concat of line 113, not the Permute of line 27; C's the circular buffer of line 98.
    golden(appended, "pair-appended", "leak-origins");
    // The same counts, and the debug log's X and Y before the server log's first allocation.
    golden(appended, "pair-appended", "leak-origins-summary");
  }

  @Test
  void aSmallRunTwiceInTheDebugLogMatchesItsLastCopy(@TempDir Path dir) throws Exception {
    // The debug log of the pair appended twice, as two runs of a small test leave it: blocks 1-146
    // hold A B C D E F H (alloc_numbers 1-7), blocks 147-292 the same again (8-14). Shifts 0 and 7
    // both pair A to E (F's sizes differ), and with 14 allocations the first and last 64 are all
    // of them, so the votes tie; the logs' ends (14 - 7 = 7) tell the last copy, the run the
    // server log, begun afresh, holds. Its leaks meet their blocks 146 lines further down
    // (C 57 + 146, D 72 + 146, E 87 + 146, F 103 + 146), and the first copy comes before the
    // server's first allocation; before, shift 0 matched the first copy and called the second's
    // seven allocations no_counterpart.
    Path twice = dir.resolve("twice_tt_buffer_debug.log");
    Files.write(twice, Files.readAllBytes(LOGS.resolve("pair-tt_buffer_debug.log")));
    Files.write(twice, Files.readAllBytes(LOGS.resolve("pair-tt_buffer_debug.log")), StandardOpenOption.APPEND);
    try (QueryFixture logs = QueryFixture.open("server=" + LOGS.resolve("pair-debug.log") + ";stacks=" + twice)) {
      String origins = QueryLibrary.standard().get("leak-origins").bind(Map.of());
      assertEquals(List.of("server_line=9; stack_line=203", "server_line=10; stack_line=218",
          "server_line=11; stack_line=233", "server_line=12; stack_line=249", "server_line=13; stack_line=null"),
          logs.rows("select server_line, stack_line from (" + origins + ") as o order by server_line"));
      String summary = QueryLibrary.standard().get("leak-origins-summary").bind(Map.of());
      assertEquals(List.of("total=14; same_size=5; different_size=1; no_counterpart=1; before_other_log=7"),
          logs.rows("select total, same_size, different_size, no_counterpart, before_other_log from (" + summary
              + ") as s where what = 'debug allocations'"));
    }
  }

  @Test
  void leakOriginsWithSuppressions() throws Exception {
    // C (setup_cb_buffers), E and F (to_device) are suppressed by their debug stacks: D and G
    // remain, G because, without a counterpart, it has no stack to match.
    golden(suppressed, "pair-suppressed", "leak-origins");
    // The same counts as without suppressions, and 3 suppressed in each set.
    golden(suppressed, "pair-suppressed", "leak-origins-summary");
  }

  @Test
  void leakQueriesLeaveSuppressedLeaksOut() throws Exception {
    // The debug log's leaks are C, D, E and F (it has no process exits). Only D's Concat is left
    // as a leaking callsite; the suppressed section lists ^ttnn::*::to_device$ with E and F
    // (65536 + 16384 = 81920 bytes) and setup_cb_buffers with C (2048).
    golden(suppressed, "pair-suppressed", "summary");
    golden(suppressed, "pair-suppressed", "leaks-by-callsite");
    golden(suppressed, "pair-suppressed", "leak-stacks");
  }

  @Test
  void diffByCallsite() throws Exception {
    // new: Matmul, 0 -> 1 leak of 1 MB. grew: Permute, 1 leak either way but 256 KB -> 512 KB.
    // shrank: Concat, 2 leaks of 4 MB -> 1 of 1 MB (-3 MB). gone: setup_cb_buffers, 16 KB -> none.
    // unchanged: allocate_buffer_on_device, 1 leak of 3 MB. Columns add up to the totals above.
    golden(runs, "runs", "diff-leaks-by-callsite");
  }

  @Test
  void diffByAddress() throws Exception {
    // new: 0 @0x100000 (+1 MB); grew: 0 @0x500000 (+256 KB); shrank: 0 @0x200000, one leak of
    // 2 MB then 1 MB; gone: 0 @0x400000 (-2 MB), then 0 @0x10000 (-16 KB). 1 @0x300000 is unchanged
    // and not listed.
    golden(runs, "runs", "diff-leaks-by-address");
  }

  @Test
  void swappingTheRunsSwapsTheClasses() throws Exception {
    // before=after, after=before: Matmul is gone, Permute shrank, Concat grew, setup_cb_buffers is new.
    GoldenFiles.checkQuery(runs, "runs-swapped", "diff-leaks-by-callsite", Map.of("before", "after", "after", "before"));
  }

  @Test
  void diffsLeaveSuppressedLeaksOut(@TempDir Path dir) throws Exception {
    // Suppressing Permute removes its row (grew); the other classes stay as they were.
    Path file = QueryFixture.writeText(dir, "permute.supp", "leak:PermuteDeviceOperation\n");
    try (QueryFixture logs = QueryFixture.open("before=" + LOGS.resolve("before.log") + ";after="
        + LOGS.resolve("after.log") + ";suppressions=" + file)) {
      String sql = QueryLibrary.standard().get("diff-leaks-by-callsite").bind(Map.of());
      assertEquals(List.of("change=gone", "change=new", "change=shrank", "change=unchanged"),
          logs.rows("select change from (" + sql + ") as d order by change"));
    }
  }

  private static void golden(QueryFixture logs, String dir, String query) throws Exception {
    GoldenFiles.checkQuery(logs, dir, query, Map.of());
  }
}
