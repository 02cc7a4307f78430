package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stats_replay} table: the server's key counts replayed at each statistics block, worked out by hand. */
class StatsReplayTest {
  private static final String REPLAY =
      "select line, after_seq, device, buffers, dram_bytes, l1_bytes, total_bytes from stats_replay order by line, device";

  @TempDir Path dir;

  @Test
  void countsKeysNotReferences() throws Exception {
    // seq 0 opens key (0, 0x1000) with 4 KB of DRAM; seq 1 takes a second reference to it (still
    // one key); seq 2 opens (0, 0x2000), 2 KB of L1, and seq 3 (0, 0x3000), 1 KB of TRACE (in Total
    // only); seq 4 drops one reference of 0x1000, seq 5 the last, so the key is deleted; seq 6
    // creates it again with 8 KB. Blocks of 7 lines: line 1, before any event, holds nothing;
    // line 9 (after seq 0): 1 key, 4096; line 20 (after seq 4): 3 keys, 4096 DRAM + 2048 L1 + 1024
    // = 7168; line 29 (after seq 6): 8192 DRAM + 2048 L1 + 1024 = 11264, still 3 keys.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "server.log",
            block(0, 0, 0),
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
            block(1, 4096, 0),
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000, ref_count=2)",
            "✓ [PID 1] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x2000)",
            "✓ [PID 1] Allocated 1024 bytes of TRACE on device 0 (buffer_id=0x3000)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, ref_count=1 remaining)",
            block(3, 4096, 2048),
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
            "✓ [PID 1] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x1000)",
            block(3, 8192, 2048))) {
      assertEquals(
          List.of(
              "line=1; after_seq=null; device=0; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0",
              "line=9; after_seq=0; device=0; buffers=1; dram_bytes=4096; l1_bytes=0; total_bytes=4096",
              "line=20; after_seq=4; device=0; buffers=3; dram_bytes=4096; l1_bytes=2048; total_bytes=7168",
              "line=29; after_seq=6; device=0; buffers=3; dram_bytes=8192; l1_bytes=2048; total_bytes=11264"),
          q.rows(REPLAY));
      assertEquals("0", q.scalar("select count(*) from (" + savedQuery() + ")"));
    }
  }

  @Test
  void storedBytesPastABigintSaturateAndComeBackExactly() throws Exception {
    // Three keys on device 0: two garbage sizes of 2^63-1 and 1 KB, all DRAM. The block at line 4
    // (after seq 2) sees 2^64+1022 bytes, beyond a BIGINT, so 2^63-1; once seqs 3 and 4 (lines 11
    // and 12) free the garbage keys, the block at line 13 sees exactly the 1024 left. Wrapping
    // around, the first block read 1022.
    String max = Long.toString(Long.MAX_VALUE);
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "server.log",
            "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x2000)",
            "✓ [PID 1] Allocated 1024 bytes of DRAM on device 0 (buffer_id=0x3000)",
            block(3, 0, 0),
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (" + max + " bytes, FINAL)",
            "✗ [PID 1] Freed buffer 0x2000 on device 0 (" + max + " bytes, FINAL)",
            block(1, 1024, 0))) {
      assertEquals(
          List.of(
              "line=4; after_seq=2; device=0; buffers=3; dram_bytes=" + max + "; l1_bytes=0; total_bytes=" + max,
              "line=13; after_seq=4; device=0; buffers=1; dram_bytes=1024; l1_bytes=0; total_bytes=1024"),
          q.rows(REPLAY));
    }
  }

  @Test
  void aRestartedServerStartsEmpty() throws Exception {
    // The first run holds (0, 0x1000), 4 KB of DRAM (seq 0), when it is killed; the banner (seq 1)
    // starts a server holding nothing, which then takes (0, 0x2000), 2 KB of L1 (seq 2). Its block
    // (line 11) counts that key alone: 1 buffer, 2048 L1, as the replay does since the restart
    // ends seq 0's lifetime. Without the restart the replay would hold both keys and disagree.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "server.log",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
            block(1, 4096, 0),
            "🚀 Allocation Server started",
            "✓ [PID 2] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x2000)",
            block(1, 0, 2048))) {
      assertEquals(
          List.of(
              "line=2; after_seq=0; device=0; buffers=1; dram_bytes=4096; l1_bytes=0; total_bytes=4096",
              "line=11; after_seq=2; device=0; buffers=1; dram_bytes=0; l1_bytes=2048; total_bytes=2048"),
          q.rows(REPLAY));
      assertEquals("0", q.scalar("select count(*) from (" + savedQuery() + ")"));
    }
  }

  @Test
  void theEnhancedServersResizeSetsTheStoredSize() throws Exception {
    // FORMATS.md 1.13: the enhanced server updates a key's stored size on reuse, and its
    // statistics count that size. seq 1 opens (0, 0x16a000) = 1482752 with 4 KB of L1; seq 2
    // resizes it to 8 KB, and seq 3 adds a reference: the block at line 5 holds 1 key of 8192 B
    // (the first allocation's 4096 before resizes were read). seq 4 leaves one reference and seq 5
    // resizes it to 2 KB: line 14 holds 2048 B, still 1 key.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "server.log",
            "🚀 Enhanced Allocation Server started (with history tracking)",
            "✓ [PID 47213] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x16a000)",
            "⚠ [PID 47590] Buffer reused with DIFFERENT size: old=4096 new=8192 (buffer_id=1482752, device=0)",
            "✓ [PID 47590] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000, ref_count=2)",
            block(1, 0, 8192),
            "✗ [PID 47213] Freed buffer 0x16a000 on device 0 (8192 bytes, ref_count=1 remaining)",
            "⚠ [PID 47590] Buffer reused with DIFFERENT size: old=8192 new=2048 (buffer_id=1482752, device=0)",
            block(1, 0, 2048))) {
      assertEquals(
          List.of(
              "line=5; after_seq=3; device=0; buffers=1; dram_bytes=0; l1_bytes=8192; total_bytes=8192",
              "line=14; after_seq=5; device=0; buffers=1; dram_bytes=0; l1_bytes=2048; total_bytes=2048"),
          q.rows(REPLAY));
      assertEquals("0", q.scalar("select count(*) from (" + savedQuery() + ")"));
      // A resize is neither an allocation nor a free in the per-address counts.
      assertEquals(List.of("address=1482752; allocs=2; frees=1; unknown_frees=0"),
          q.rows("select address, allocs, frees, unknown_frees from addresses"));
    }
  }

  /** A statistics block (7 lines) of device 0 as the server prints it; Total counts the 1 KB TRACE key after seq 2. */
  @Test
  void aBlockNamingADeviceTheEventsNeverTouchedIsReplayedToo() throws Exception {
    // Seqs 0 to 6 each open one key of 4 KB of DRAM on devices 0 to 6; the block at line 8 also
    // lists device 7, which holds a key allocated before the log began. The replay holds nothing
    // there: 0 buffers, a difference the saved query shows. The eighth device seen by the sums,
    // first named by the block, used to read past the end of their arrays.
    List<String> log = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      log.add("✓ [PID 1] Allocated 4096 bytes of DRAM on device " + d + " (buffer_id=0x1000)");
    }
    log.add("📊 Current Statistics:");
    for (int d = 0; d < 8; d++) {
      log.addAll(List.of("  Device " + d + ":", "    Buffers: 1", "    DRAM: 4096 bytes", "    L1: 0 bytes",
          "    Total: 4096 bytes"));
    }
    log.add("  Active allocations: 8");
    try (QueryFixture q = QueryFixture.ofLog(dir, "server.log", log.toArray(String[]::new))) {
      List<String> expected = new ArrayList<>();
      for (int d = 0; d < 8; d++) {
        expected.add("line=8; after_seq=6; device=" + d + "; buffers=" + (d < 7 ? 1 : 0) + "; dram_bytes=" + (d < 7 ? 4096 : 0)
            + "; l1_bytes=0; total_bytes=" + (d < 7 ? 4096 : 0));
      }
      assertEquals(expected, q.rows(REPLAY));
      assertEquals("1", q.scalar("select count(*) from (" + savedQuery() + ")"));
    }
  }

  private static String block(int buffers, long dram, long l1) {
    long total = dram + l1 + (buffers == 3 ? 1024 : 0);
    return String.join("\n", "📊 Current Statistics:", "  Device 0:", "    Buffers: " + buffers,
        "    DRAM: " + dram + " bytes", "    L1: " + l1 + " bytes", "    Total: " + total + " bytes",
        "  Active allocations: " + buffers);
  }

  /** The comparison of the saved query stats-vs-replay, in the engine's own terms: no row disagrees here. */
  private static String savedQuery() {
    return "select s.line from server_stats as s join stats_replay as r on r.device = s.device and r.line = s.line"
        + " where s.buffers <> r.buffers or s.dram_bytes <> r.dram_bytes or s.l1_bytes <> r.l1_bytes"
        + " or s.total_bytes <> r.total_bytes";
  }
}
