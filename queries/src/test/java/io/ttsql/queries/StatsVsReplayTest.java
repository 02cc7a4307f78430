package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stats-vs-replay on the enhanced server's statistics (sizes in KB to 6 significant digits), on an
 * empty server's block, and on two server logs loaded as one trace.
 */
class StatsVsReplayTest {
  @TempDir Path dir;

  @Test
  void kilobytesRoundedToSixDigitsAgreeAndRealDifferencesStillShow() throws Exception {
    // Device 0 holds 1000000 B of DRAM and 43960 B of L1: the server prints 976.562, 42.9297 and
    // 1019.49 KB, read back as 999999, 43960 and 1043958 bytes, within the rounding of the replay's
    // 1000000, 43960 and 1043960 (half a unit of the sixth digit: under 6 bytes here), so device 0
    // agrees. Device 1 holds 4096 B of L1 but the block says 5 KB (5120 B): a real difference.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "🚀 Enhanced Allocation Server started (with history tracking)",
        "✓ [PID 1] Allocated 43960 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "✓ [PID 1] Allocated 1000000 bytes of DRAM on device 0 (buffer_id=0x2f4a0000)",
        "✓ [PID 1] Allocated 4096 bytes of L1 on device 1 (buffer_id=0x1000)",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 2",
        "    DRAM: 976.562 KB",
        "    L1: 42.9297 KB",
        "    Total: 1019.49 KB",
        "  Device 1:",
        "    Buffers: 1",
        "    DRAM: 0 KB",
        "    L1: 5 KB",
        "    Total: 5 KB",
        "  Active allocations: 3")) {
      assertEquals(List.of("line=6; device=0; in_kb=true; dram_bytes=999999; l1_bytes=43960; total_bytes=1043958",
              "line=6; device=1; in_kb=true; dram_bytes=0; l1_bytes=5120; total_bytes=5120"),
          q.rows("select line, device, in_kb, dram_bytes, l1_bytes, total_bytes from server_stats order by device"));
      assertEquals(List.of("file=" + dir.resolve("debug.log") + "; line=6; device=1; server_buffers=1; replay_buffers=1; server_dram=0; replay_dram=0;"
              + " server_l1=5120; replay_l1=4096; server_total=5120; replay_total=4096; server_active=3; replay_active=3"),
          q.rows(QueryLibrary.standard().get("stats-vs-replay").bind(Map.of())));
    }
  }

  @Test
  void aBlockListingNoDeviceDisagreesWithKeysTheLogStillHolds() throws Exception {
    // The block of line 3 lists no device and says 0 active: the server held nothing. The log
    // still holds the 8192-byte L1 key of line 1 (its free is missing), so the block's one row,
    // device NULL, differs from the replay over all devices in buffers, L1, total and active.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "",
        "📊 Current Statistics:",
        "  Active allocations: 0")) {
      assertEquals(List.of("file=" + dir.resolve("debug.log") + "; line=3; device=null; server_buffers=0; replay_buffers=1; server_dram=0; replay_dram=0;"
              + " server_l1=0; replay_l1=8192; server_total=0; replay_total=8192; server_active=0; replay_active=1"),
          q.rows(QueryLibrary.standard().get("stats-vs-replay").bind(Map.of())));
    }
  }

  @Test
  void blocksOfTwoLogsAtTheSameLineAreEachComparedWithTheirOwnReplay() throws Exception {
    // Two server logs loaded as one trace (a log and its continuation), each with a block titled
    // at its line 3. The first holds the 4096-byte DRAM key of its line 1 (1 buffer, 4096 DRAM);
    // the second comes after the 8192-byte L1 allocation of its line 1, so device 0 holds both
    // keys (2 buffers, 4096 DRAM, 8192 L1, 12288 in all). Each block says exactly that, so no row
    // disagrees; matched by line alone, each block met the other's replay as well, and both showed.
    // Each row names its own file, in server_stats and in stats_replay.
    Path first = QueryFixture.writeLog(dir, "debug.log.1",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=4096)",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 1",
        "    DRAM: 4096 bytes (4 KB)",
        "    L1: 0 bytes (0 KB)",
        "    Total: 4096 bytes",
        "  Active allocations: 1");
    Path second = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=8192)",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 2",
        "    DRAM: 4096 bytes (4 KB)",
        "    L1: 8192 bytes (8 KB)",
        "    Total: 12288 bytes",
        "  Active allocations: 2");
    try (QueryFixture q = QueryFixture.open(first + ";" + second)) {
      assertEquals(List.of("file=" + first + "; line=3; after_seq=0; buffers=1",
              "file=" + second + "; line=3; after_seq=1; buffers=2"),
          q.rows("select file, line, after_seq, buffers from server_stats order by after_seq"));
      assertEquals(List.of("file=" + first + "; line=3; buffers=1", "file=" + second + "; line=3; buffers=2"),
          q.rows("select file, line, buffers from stats_replay order by after_seq"));
      assertEquals(List.of(), q.rows(QueryLibrary.standard().get("stats-vs-replay").bind(Map.of())));
    }
  }
}
