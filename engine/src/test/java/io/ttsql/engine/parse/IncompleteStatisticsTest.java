package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device section of a statistics block that lacks any of its Buffers, DRAM, L1 and Total lines
 * (FORMATS.md 1.8 and 5.4) gives no {@code server_stats} row, whose missing figures would have to
 * be invented, and lists its lines in {@code parse_errors}; the whole sections around it keep theirs.
 */
class IncompleteStatisticsTest {
  private static final String ERRORS = "select line, reason from parse_errors order by line";
  private static final String ROWS = "select line, device, buffers, dram_bytes, l1_bytes, total_bytes, active_allocations"
      + " from server_stats order by line, device";
  private static final String ACCOUNTING = "select lines, events, event_lines, other_lines, parse_errors from sources";

  @TempDir Path dir;

  @Test
  void aSectionWhoseLineWasSplitByInterleavingIsListed() throws Exception {
    // A stderr line landed inside device 0's L1 line (lines 8 and 9, neither a whole template):
    // the section (5-7, 10) lacks its L1 line. Device 1's section (11-15) is whole. The
    // section's lines are listed when it ends, after the pieces, but parse_errors and strict
    // mode go by line: the first error is the Device line 5.
    Path log = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 1 (buffer_id=0x2f4a0000)",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 1",
        "    DRAM: 0 bytes (0 KB)",
        "    L1: 8192 bytes (8 KUnknown message type: 37",
        "B)",
        "    Total: 8192 bytes",
        "  Device 1:",
        "    Buffers: 1",
        "    DRAM: 4096 bytes (4 KB)",
        "    L1: 0 bytes (0 KB)",
        "    Total: 4096 bytes",
        "  Active allocations: 2");
    String noL1 = "statistics for device 0 lack the L1 line";
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(
          List.of(
              "line=5; reason=" + noL1,
              "line=6; reason=" + noL1,
              "line=7; reason=" + noL1,
              "line=8; reason=not a server log line",
              "line=9; reason=not a server log line",
              "line=10; reason=" + noL1),
          q.rows(ERRORS));
      assertEquals(
          List.of("line=4; device=1; buffers=1; dram_bytes=4096; l1_bytes=0; total_bytes=4096; active_allocations=2"),
          q.rows(ROWS));
      // No replayed row for device 0 either, so stats-vs-replay has nothing to disagree with.
      assertEquals(List.of("device=1"), q.rows("select device from stats_replay"));
      // Other lines: the empty line 3, the title 4, device 1's five lines and the active count 16.
      assertEquals(List.of("lines=16; events=2; event_lines=2; other_lines=8; parse_errors=6"), q.rows(ACCOUNTING));
    }
    IllegalStateException strict = assertThrows(IllegalStateException.class, () -> QueryFixture.open(log + ";strict=true"));
    assertTrue(strict.getMessage().contains(log + ":5: " + noL1 + ":   Device 0:"), strict.getMessage());
  }

  @Test
  void aBlockListingNoDeviceIsOneRowWithoutDeviceComparedWithAllDevices() throws Exception {
    // Line 4's block lists no device and says 0 active: an empty server (FORMATS.md 1.8). The
    // log holds the L1 key of line 1 then, so the replay, over all devices, disagrees: 1 key of
    // 8192 bytes. Line 9's block lists no whole section (its only one lacks three lines), so it
    // cannot say the server held nothing: it gives no row, only parse errors.
    Path log = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "",
        "📊 Current Statistics:",
        "  Active allocations: 0",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 1",
        "  Active allocations: 1");
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(
          List.of("line=3; device=null; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0; active_allocations=0"),
          q.rows(ROWS));
      assertEquals(List.of("line=3; device=null; buffers=1; l1_bytes=8192; total_bytes=8192; active_allocations=1"),
          q.rows("select line, device, buffers, l1_bytes, total_bytes, active_allocations from stats_replay"));
      assertEquals(List.of("line=7; reason=statistics for device 0 lack the DRAM, L1 and Total lines",
          "line=8; reason=statistics for device 0 lack the DRAM, L1 and Total lines"), q.rows(ERRORS));
    }
  }

  @Test
  void sectionsOfTheEnhancedServerAndOneCutByANewBlock() throws Exception {
    // The enhanced server prints KB, still in four lines: device 1's section (3-6) lacks its L1
    // line. Device 2's section (10-11) is cut by the next block's title (13) after its Buffers
    // line; the empty line 12 inside it is fine on its own. Neither gives a row; only the last
    // block (13-14), which lists no device at all, has one: an empty server, device NULL.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "",
            "📊 Current Statistics:",
            "  Device 1:",
            "    Buffers: 2",
            "    DRAM: 192 KB",
            "    Total: 234.93 KB",
            "  Active allocations: 2",
            "",
            "📊 Current Statistics:",
            "  Device 2:",
            "    Buffers: 1",
            "",
            "📊 Current Statistics:",
            "  Active allocations: 0")) {
      String noL1 = "statistics for device 1 lack the L1 line";
      String onlyBuffers = "statistics for device 2 lack the DRAM, L1 and Total lines";
      assertEquals(
          List.of(
              "line=3; reason=" + noL1,
              "line=4; reason=" + noL1,
              "line=5; reason=" + noL1,
              "line=6; reason=" + noL1,
              "line=10; reason=" + onlyBuffers,
              "line=11; reason=" + onlyBuffers),
          q.rows(ERRORS));
      assertEquals(
          List.of("line=13; device=null; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0; active_allocations=0"),
          q.rows(ROWS));
      q.checkLineAccounting();
    }
  }

  @Test
  void aSectionWithOnlyItsDeviceLineAtTheEndOfTheLog() throws Exception {
    // The server died right after "  Device 0:": the section lacks all four lines, and the block,
    // cut short, has no row at all.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", "📊 Current Statistics:", "  Device 0:")) {
      assertEquals(
          List.of("line=2; reason=statistics for device 0 lack the Buffers, DRAM, L1 and Total lines"),
          q.rows(ERRORS));
      assertEquals(List.of(), q.rows(ROWS));
      q.checkLineAccounting();
    }
  }
}
