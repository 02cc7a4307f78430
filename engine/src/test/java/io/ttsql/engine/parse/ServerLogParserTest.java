package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line and block kind of the allocation server log (FORMATS.md section 1), read through SQL. */
class ServerLogParserTest {
  private static final String EVENTS =
      "select line, kind, pid, device, buffer_type, address, size, ref_count from events order by seq";
  private static final String ACCOUNTING =
      "select format, lines, events, event_lines, other_lines, parse_errors from sources";
  private static final String STATS =
      "select line, after_seq, device, buffers, dram_bytes, l1_bytes, total_bytes, active_allocations"
          + " from server_stats order by line, device";
  private static final String BOX_TOP = "╔" + "═".repeat(62) + "╗";
  private static final String BOX_BOTTOM = "╚" + "═".repeat(62) + "╝";
  /** The first 6 lines of a DUMP_KERNELS dump, the last a detail line like a statistics line. */
  private static final List<String> KERNEL_DUMP_OPENING = List.of("📋 Received DUMP_KERNELS request...", "", BOX_TOP,
      boxTitle("DETAILED KERNEL ALLOCATIONS"), BOX_BOTTOM, "  Device 0:");
  /**
   * 14 lines other threads print anywhere: an unknown free (the 1st), a cleanup whose process_exit
   * is the 4th, and a whole statistics block from the 8th, empty of buffers.
   */
  private static final List<String> OTHER_THREADS = List.of(
      "⚠ [PID 52980] Deallocation for unknown buffer 0x174000 on device 0 (allocated before tracking started)",
      "",
      "⚠️  Detected dead processes, cleaning up orphaned buffers...",
      "   PID 52980 is dead, removing its buffers...",
      "   ✓ Removed 0 buffers (0 MB) from PID 52980",
      "",
      "",
      "📊 Current Statistics:",
      "  Device 0:",
      "    Buffers: 0",
      "    DRAM: 0 bytes (0 KB)",
      "    L1: 0 bytes (0 KB)",
      "    Total: 0 bytes",
      "  Active allocations: 0");

  @TempDir Path dir;

  /** The box title line of FORMATS.md 1.10: 11 spaces before the title, padded to 63 characters. */
  /** The lines of {@code parts} one after the other. */
  @SafeVarargs
  private static String[] concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
  }

  private static String boxTitle(String title) {
    return "║" + " ".repeat(11) + title + " ".repeat(61 - 11 - title.length()) + "║";
  }

  @Test
  void allocationsWithDecimalAndHexIdsWithAndWithoutRefCount() throws Exception {
    // 0x2f4a0000 = 793378816, 0x16a000 = 1482752, 0xfffff000 = 4294963200: ids are stored as
    // numbers whatever their notation. The first form is a new key, so its count is 1; the second
    // prints the count the key rose to. Every BufferType name of section 3 is accepted.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 65536 bytes of DRAM on device 2 (buffer_id=536903680)",
            "✓ [PID 52980] Allocated 3145728 bytes of DRAM on device 1 (buffer_id=0x2f4a0000)",
            "✓ [PID 47590] Allocated 6144 bytes of L1 on device 0 (buffer_id=1482752, ref_count=2)",
            "✓ [PID 52980] Allocated 8192 bytes of L1_SMALL on device 3 (buffer_id=0x16a000, ref_count=3)",
            "✓ [PID 1] Allocated 1024 bytes of SYSTEM_MEMORY on device 0 (buffer_id=0)",
            "✓ [PID 1] Allocated 1073741824 bytes of TRACE on device 7 (buffer_id=0xfffff000)")) {
      assertEquals(
          List.of(
              "line=1; kind=alloc; pid=47213; device=2; buffer_type=DRAM; address=536903680; size=65536; ref_count=1",
              "line=2; kind=alloc; pid=52980; device=1; buffer_type=DRAM; address=793378816; size=3145728; ref_count=1",
              "line=3; kind=alloc; pid=47590; device=0; buffer_type=L1; address=1482752; size=6144; ref_count=2",
              "line=4; kind=alloc; pid=52980; device=3; buffer_type=L1_SMALL; address=1482752; size=8192; ref_count=3",
              "line=5; kind=alloc; pid=1; device=0; buffer_type=SYSTEM_MEMORY; address=0; size=1024; ref_count=1",
              "line=6; kind=alloc; pid=1; device=7; buffer_type=TRACE; address=4294963200; size=1073741824; ref_count=1"),
          q.rows(EVENTS));
      // The server log has no Buffer*, time, stack or debug-log flags.
      assertEquals(
          "6",
          q.scalar("select count(*) from events where buffer_ptr is null and \"time\" is null and stack_id is null"
              + " and callsite is null and owns_data is null and hooked is null"));
      assertEquals(List.of("format=server; lines=6; events=6; event_lines=6; other_lines=0; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void freesFinalRemainingAndBare() throws Exception {
    // ref_count is what remains after the free: 0 for FINAL, n for "ref_count=n remaining", and
    // NULL for the bare form, which does not say. Frees print no buffer type.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✗ [PID 52980] Freed buffer 0x2f4a0000 on device 1 (3145728 bytes, FINAL)",
            "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, ref_count=1 remaining)",
            "✗ [PID 30417] Freed buffer 1507328 on device 3 (32768 bytes)")) {
      assertEquals(
          List.of(
              "line=1; kind=free; pid=52980; device=1; buffer_type=null; address=793378816; size=3145728; ref_count=0",
              "line=2; kind=free; pid=47213; device=0; buffer_type=null; address=1482752; size=8192; ref_count=1",
              "line=3; kind=free; pid=30417; device=3; buffer_type=null; address=1507328; size=32768; ref_count=null"),
          q.rows(EVENTS));
      q.checkLineAccounting();
    }
  }

  @Test
  void semanticsExampleKeepsOwnerAndStoredSize() throws Exception {
    // FORMATS.md 1.14 verbatim: the second allocation reports its own pid and size; both frees
    // name the owner 47213 and the stored 8192 bytes. The parser records what each line prints.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
            "✓ [PID 47590] Allocated 6144 bytes of L1 on device 0 (buffer_id=1482752, ref_count=2)",
            "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, ref_count=1 remaining)",
            "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, FINAL)")) {
      assertEquals(
          List.of(
              "kind=alloc; pid=47213; size=8192; ref_count=1",
              "kind=alloc; pid=47590; size=6144; ref_count=2",
              "kind=free; pid=47213; size=8192; ref_count=1",
              "kind=free; pid=47213; size=8192; ref_count=0"),
          q.rows("select kind, pid, size, ref_count from events order by seq"));
      q.checkLineAccounting();
    }
  }

  @Test
  void unknownDeallocationWarnings() throws Exception {
    // All four lines are unknown_free events carrying the sender's pid and device; 0x174000 = 1523712.
    // The enhanced server's suffix differs only in the parenthesis. The docs-only "⚠ Warning:"
    // form has no PID and no device, so both are NULL. No free carries a size here.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "⚠ [PID 47213] Deallocation for unknown buffer 1515520 on device 6 (allocated before tracking started)",
            "⚠ [PID 52980] Deallocation for unknown buffer 0x174000 on device 0 (allocated before tracking started)",
            "⚠ [PID 52980] Deallocation for unknown buffer 0x174000 on device 0 (never tracked or allocated before server started)",
            "⚠ Warning: Deallocation for unknown buffer 790528000")) {
      assertEquals(
          List.of(
              "line=1; kind=unknown_free; pid=47213; device=6; buffer_type=null; address=1515520; size=null; ref_count=null",
              "line=2; kind=unknown_free; pid=52980; device=0; buffer_type=null; address=1523712; size=null; ref_count=null",
              "line=3; kind=unknown_free; pid=52980; device=0; buffer_type=null; address=1523712; size=null; ref_count=null",
              "line=4; kind=unknown_free; pid=null; device=null; buffer_type=null; address=790528000; size=null; ref_count=null"),
          q.rows(EVENTS));
      assertEquals(List.of("format=server; lines=4; events=4; event_lines=4; other_lines=0; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void enhancedServerLines() throws Exception {
    // FORMATS.md 1.13: the ALREADY FREED warning is a free of a key the server does not hold, so
    // an unknown_free (sender 47590, device 0, 0x16a000 = 1482752). The reuse warning is a resize
    // event: the key's new stored size, its decimal id read as the address. The history lines, the
    // dump's History lines and the DOUBLE-FREED box are recognised, not events. The banner is the
    // server_start event, with nothing but its line.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "🚀 Enhanced Allocation Server started (with history tracking)",
            "✓ [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)",
            "⚠ [PID 47590] Buffer reused with DIFFERENT size: old=8192 new=6144 (buffer_id=1482752, device=0)",
            "✗ [PID 47213] Freed buffer 0x16a000 on device 0 (6144 bytes, FINAL)",
            "⚠ [PID 47590] Deallocation for ALREADY FREED buffer 0x16a000 on device 0 (allocs=1 frees=1)",
            "   Last 5 events for this buffer:",
            "     FREE size=6144 pid=47213 ref=0",
            "     REUSE size=6144 pid=47590 ref=2",
            "     ALLOC size=8192 pid=47213 ref=1",
            "⚠ [PID 47590] Invalid buffer_type 9",
            "",
            BOX_TOP,
            boxTitle("REMAINING ALLOCATED BUFFERS"),
            BOX_BOTTOM,
            "Total tracked allocations: 1",
            "",
            "Device 0:",
            "  L1: 1 buffers, 0.0078125 MB total",
            "    - Buffer 0x16a000: 8 KB (PID 52980, ref_count=2)",
            "      History (allocs=2 frees=0):",
            "        ALLOC size=8192 pid=52980 ref=1",
            "        REUSE size=8192 pid=47590 ref=2",
            "",
            "Total remaining buffers: 1",
            "",
            "📋 DUMP_REMAINING complete.",
            BOX_TOP,
            boxTitle("DOUBLE-FREED BUFFERS"),
            BOX_BOTTOM,
            "Buffer 0x16a000 on device 0:",
            "  Total allocs: 1, Total frees: 2",
            "  History:",
            "    FREE size=6144 pid=47590 ref=0",
            "    FREE size=6144 pid=47213 ref=0",
            "    ALLOC size=8192 pid=47213 ref=1")) {
      assertEquals(
          List.of(
              "line=1; kind=server_start; pid=null; device=null; buffer_type=null; address=null; size=null; ref_count=null",
              "line=2; kind=alloc; pid=47213; device=0; buffer_type=L1; address=1482752; size=8192; ref_count=1",
              "line=3; kind=resize; pid=47590; device=0; buffer_type=null; address=1482752; size=6144; ref_count=null",
              "line=4; kind=free; pid=47213; device=0; buffer_type=null; address=1482752; size=6144; ref_count=0",
              "line=5; kind=unknown_free; pid=47590; device=0; buffer_type=null; address=1482752; size=null; ref_count=null"),
          q.rows(EVENTS));
      assertEquals(List.of("format=server; lines=35; events=5; event_lines=5; other_lines=30; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void statisticsBlockInBytes() throws Exception {
    // The block opens at its title (line 3) after the event of seq 0. Device 3's 4096 bytes are
    // L1_SMALL or TRACE: they count only in Total, so DRAM and L1 are 0. Active allocations (8)
    // is the block's, repeated on each device row.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 196608 bytes of DRAM on device 0 (buffer_id=0x10000)",
            "",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 7",
            "    DRAM: 196608 bytes (192 KB)",
            "    L1: 43960 bytes (42.9297 KB)",
            "    Total: 243640 bytes",
            "  Device 3:",
            "    Buffers: 1",
            "    DRAM: 0 bytes (0 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 4096 bytes",
            "  Active allocations: 8")) {
      assertEquals(
          List.of(
              "line=3; after_seq=0; device=0; buffers=7; dram_bytes=196608; l1_bytes=43960; total_bytes=243640; active_allocations=8",
              "line=3; after_seq=0; device=3; buffers=1; dram_bytes=0; l1_bytes=0; total_bytes=4096; active_allocations=8"),
          q.rows(STATS));
      assertEquals(List.of("format=server; lines=14; events=1; event_lines=1; other_lines=13; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void statisticsBlockInKilobytesOfTheEnhancedServer() throws Exception {
    // The enhanced server prints only KB (%g, 6 significant digits); bytes are KB * 1024 rounded:
    // 192 -> 196608, 42.9297 -> 43960.01 -> 43960, 234.93 -> 240568.32 -> 240568.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "",
            "📊 Current Statistics:",
            "  Device 1:",
            "    Buffers: 2",
            "    DRAM: 192 KB",
            "    L1: 42.9297 KB",
            "    Total: 234.93 KB",
            "  Active allocations: 2")) {
      assertEquals(
          List.of(
              "line=2; after_seq=null; device=1; buffers=2; dram_bytes=196608; l1_bytes=43960; total_bytes=240568; active_allocations=2"),
          q.rows(STATS));
      q.checkLineAccounting();
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void emptyServerStatisticsBlockAndShutdown() throws Exception {
    // An empty server prints only the title and "Active allocations: 0": one server_stats row
    // without a device, all figures 0. The shutdown lines of 1.12 are recognised; nothing is an error.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "",
            "📊 Current Statistics:",
            "  Active allocations: 0",
            "🔄 Background cleanup thread stopped",
            "",
            "🛑 Allocation Server stopped")) {
      assertEquals(List.of("line=2; after_seq=null; device=null; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0;"
          + " active_allocations=0"), q.rows(STATS));
      assertEquals(List.of("format=server; lines=6; events=0; event_lines=0; other_lines=6; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void statisticsBlockCutShortByEndOfFile() throws Exception {
    // A killed server stops mid-block: device 0's section is whole and kept, with
    // active_allocations NULL because the block never said it. Device 1's section lost its L1
    // and Total lines: it gives no row (its figures would be invented) and its three lines 9-11
    // are listed instead.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 196608 bytes of DRAM on device 0 (buffer_id=0x10000)",
            "",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 7",
            "    DRAM: 196608 bytes (192 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 196608 bytes",
            "  Device 1:",
            "    Buffers: 1",
            "    DRAM: 4096 bytes (4 KB)")) {
      assertEquals(
          List.of(
              "line=3; after_seq=0; device=0; buffers=7; dram_bytes=196608; l1_bytes=0; total_bytes=196608;"
                  + " active_allocations=null"),
          q.rows(STATS));
      assertEquals(
          List.of(
              "line=9; reason=statistics for device 1 lack the L1 and Total lines",
              "line=10; reason=statistics for device 1 lack the L1 and Total lines",
              "line=11; reason=statistics for device 1 lack the L1 and Total lines"),
          q.rows("select line, reason from parse_errors order by line"));
      q.checkLineAccounting();
    }
  }

  @Test
  void statisticsBlockCutShortByARestartedServer() throws Exception {
    // The first block breaks off after its device section (server killed, restarted appending to
    // the same file); it ends when the next block opens. Its after_seq is the last event before
    // its own title (seq 0), not the new server's start (seq 1) or its allocation (seq 2).
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x10000)",
            "",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 1",
            "    DRAM: 4096 bytes (4 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 4096 bytes",
            "🚀 Allocation Server started",
            "✓ [PID 50000] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x20000)",
            "",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 1",
            "    DRAM: 4096 bytes (4 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 4096 bytes",
            "  Active allocations: 1")) {
      assertEquals(
          List.of(
              "line=3; after_seq=0; device=0; buffers=1; dram_bytes=4096; l1_bytes=0; total_bytes=4096; active_allocations=null",
              "line=12; after_seq=2; device=0; buffers=1; dram_bytes=4096; l1_bytes=0; total_bytes=4096; active_allocations=1"),
          q.rows(STATS));
      q.checkLineAccounting();
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void deadProcessCleanupBlock() throws Exception {
    // One process_exit event per dead PID, at its "is dead" line, with only the pid set. The
    // title and the Removed lines (buffers, and V4's CBs and kernels) are recognised, not events:
    // removed ids get no free of their own.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 47213 is dead, removing its buffers...",
            "   ✓ Removed 7 buffers (0.232353 MB) from PID 47213",
            "   PID 61877 is dead, removing its buffers...",
            "   ✓ Removed 0 buffers (0 MB) from PID 61877",
            "   ✓ Removed 2 CBs (1 MB) from PID 61877",
            "   ✓ Removed 3 kernels (0.117188 MB) from PID 61877",
            "")) {
      assertEquals(
          List.of(
              "line=3; kind=process_exit; pid=47213; device=null; buffer_type=null; address=null; size=null; ref_count=null",
              "line=5; kind=process_exit; pid=61877; device=null; buffer_type=null; address=null; size=null; ref_count=null"),
          q.rows(EVENTS));
      assertEquals(List.of("format=server; lines=9; events=2; event_lines=2; other_lines=7; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void dumpRemainingBlocks() throws Exception {
    // FORMATS.md 1.10: a dump listing buffers (with a cleanup inside, step 2), then one after a
    // perfect cleanup. Only the cleanup's "is dead" line is an event; every other line is known.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "📋 Received DUMP_REMAINING request...",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 47213 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.00390625 MB) from PID 47213",
            "",
            "",
            BOX_TOP,
            boxTitle("REMAINING ALLOCATED BUFFERS"),
            BOX_BOTTOM,
            "Total tracked allocations: 16",
            "",
            "Device 0:",
            "  DRAM: 12 buffers, 37.5 MB total",
            "  L1: 1 buffers, 0.0078125 MB total",
            "    - Buffer 0x16a000: 8 KB (PID 52980, ref_count=2)",
            "  SYSTEM_MEMORY: 1 buffers, 1 MB total",
            "    - Buffer 0x0: 1024 KB (PID 52980, ref_count=1)",
            "",
            "Device 7:",
            "  L1_SMALL: 1 buffers, 0.03125 MB total",
            "    - Buffer 0x2000: 32 KB (PID 52980, ref_count=1)",
            "  TRACE: 1 buffers, 1024 MB total",
            "    - Buffer 0xfffff000: 1.04858e+06 KB (PID 52980, ref_count=1)",
            "",
            "Total remaining buffers: 16",
            "",
            "📋 DUMP_REMAINING complete.",
            "📋 Received DUMP_REMAINING request...",
            "",
            BOX_TOP,
            boxTitle("REMAINING ALLOCATED BUFFERS"),
            BOX_BOTTOM,
            "Total tracked allocations: 0",
            "",
            "✓ No buffers remaining - perfect cleanup!",
            "📋 DUMP_REMAINING complete.")) {
      assertEquals(List.of("line=4; kind=process_exit; pid=47213"), q.rows("select line, kind, pid from events"));
      assertEquals(List.of("format=server; lines=37; events=1; event_lines=1; other_lines=36; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void startUpLinesOfEveryVariant() throws Exception {
    // FORMATS.md 1.3: V1's banner, V2's PCIe detection, V2b/V3's detection with its warnings and
    // fallbacks, V4's unindented UMD lines with [Local]/[Remote], a timestamped TT-Metal logger
    // line, and the enhanced banner. The two banners are server_start events, the rest recognised
    // non-event lines.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "🚀 Allocation Server started",
            "   Listening on: /tmp/tt_allocation_server.sock",
            "   Press Ctrl+C to stop",
            "🔄 Background cleanup thread started (checking every 10s)",
            "🔍 Device detection (using TT-Metal APIs):",
            "   Device 0: Wormhole_B0 (12GB DRAM, 102MB L1)",
            "   Device 1: Grayskull (8GB DRAM, 120MB L1)",
            "   Total: 2 PCIe device(s) detected",
            "🔍 Device detection (using TT-Metal APIs):",
            "   Warning: Found 12 devices, limiting to 8",
            "   Device 0: Blackhole (32GB DRAM, 180MB L1)",
            "   Device 1: Quasar (0GB DRAM, 0MB L1)",
            "   Warning: Could not query device 2: device is busy",
            "   Device 3: Unknown (0GB DRAM, 0MB L1)",
            "   Total: 3 device(s) detected",
            "🔍 Device detection (using TT-Metal APIs):",
            "   No PCIe devices detected",
            "   No devices detected",
            "   Server will track allocations anyway",
            "   Error during device detection: could not open /dev/tenstorrent",
            "   Server will track allocations without device info",
            "🔍 Device detection (using UMD Cluster for accurate specs):",
            "DRAM size per channel: 2147483648",
            "Number of DRAM channels: 6",
            "L1 size per core: 1499136",
            "Grid size: 8x10",
            "Arch: Wormhole_B0",
            "Is remote: 0",
            "   Device 0: Wormhole_B0 (12GB DRAM, 102MB L1) [Local]",
            "DRAM size per channel: 2147483648",
            "Number of DRAM channels: 6",
            "L1 size per core: 1499136",
            "Grid size: 8x10",
            "Arch: Wormhole_B0",
            "Is remote: 1",
            "   Device 1: Wormhole_B0 (12GB DRAM, 102MB L1) [Remote]",
            "   Total: 2 device(s) detected",
            "2025-03-14 10:22:31.512 | INFO     | Device          | Opening user mode device driver (tt_cluster.cpp:190)",
            "🚀 Enhanced Allocation Server started (with history tracking)")) {
      assertEquals(List.of("format=server; lines=39; events=2; event_lines=2; other_lines=37; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void warningsAndErrorsAreRecognisedNotEvents() throws Exception {
    // FORMATS.md 1.7: V1-V3 "⚠ [PID" warnings (one space), the enhanced short form, the plain
    // errors, and V4's "⚠️" + two spaces without PID. Rejected messages are diagnostics: no event,
    // even with a bogus device id or size.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "⚠ [PID 47213] Invalid buffer_type 7 for buffer 1482752 on device 0",
            "⚠ [PID 47590] Invalid buffer_type 9",
            "Unknown message type: 37",
            "Accept failed",
            "Error: Failed to bind socket: Address already in use",
            "⚠️  Invalid device_id 1839204 - ignoring message",
            "⚠️  Invalid device_id -3 - ignoring message",
            "⚠️  Invalid size 0 - ignoring message",
            "⚠️  Invalid size 109951162777600 - ignoring message",
            "⚠️  Invalid buffer_type 5 for buffer 1482752 on device 2",
            "⚠️  Too many consecutive errors (10) - closing connection (likely protocol mismatch)")) {
      assertEquals(List.of("format=server; lines=11; events=0; event_lines=0; other_lines=11; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void circularBufferAndKernelLinesAndKernelDump() throws Exception {
    // FORMATS.md 1.11: CB and kernel lines open with ✓/✗ like events but carry no PID or address,
    // so they are recognised, not events; a wrapped CB_FREE total (1.75922e+13 MB) still matches.
    // The DUMP_KERNELS box is informational: its detail lines (even one looking like a statistics
    // line) are recognised up to "📋 DUMP_KERNELS complete.", and parsing goes on after it.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [CB_ALLOC] Device 0: +0.5 MB (Total: 1.25 MB)",
            "✗ [CB_FREE] Device 0: -0.5 MB (Total: 0.75 MB)",
            "✗ [CB_FREE] Device 1: -0.25 MB (Total: 1.75922e+13 MB)",
            "✓ [KERNEL_LOAD] Dispatch kernel on Device 1: +0.0390625 MB (Total: 0.0625 MB)",
            "✓ [KERNEL_LOAD] Application kernel on Device 0: +0.125 MB (Total: 0.125 MB)",
            "✓ [KERNEL_LOAD] Fabric kernel on Device 0: +0.0078125 MB (Total: 0.132812 MB)",
            "✗ [KERNEL_UNLOAD] Unknown kernel on Device 0: -0.125 MB (Total: 0.0078125 MB)",
            "📋 Received DUMP_KERNELS request...",
            "",
            BOX_TOP,
            boxTitle("DETAILED KERNEL ALLOCATIONS"),
            BOX_BOTTOM,
            "  Device 0:",
            "    Fabric kernel: 0.0078125 MB (PID 52980)",
            "",
            "📋 DUMP_KERNELS complete.",
            "✓ [PID 52980] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)")) {
      assertEquals(List.of("line=17; kind=alloc"), q.rows("select line, kind from events"));
      assertEquals(List.of("format=server; lines=17; events=1; event_lines=1; other_lines=16; parse_errors=0"), q.rows(ACCOUNTING));
      assertEquals(List.of(), q.rows(STATS));
    }
  }

  @Test
  void aLineThatOnlyStartsLikeACircularBufferLineIsNotUnderstood() throws Exception {
    // CB and kernel lines are told by how they start, then matched whole: one whose figures are
    // not numbers, or one cut short, is listed in parse_errors, not counted as understood.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [CB_ALLOC] Device 0: +0.5 MB (Total: 1.25 MB)",
            "✓ [CB_ALLOC] Device zero: +half MB",
            "✗ [KERNEL_UNLOAD] Unknown kernel on Device 0: -0.125 MB (Tot")) {
      assertEquals(List.of("line=2", "line=3"), q.rows("select line from parse_errors order by line"));
      assertEquals(List.of("format=server; lines=3; events=0; event_lines=0; other_lines=1; parse_errors=2"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void kernelDumpCutShortByARestartedServer() throws Exception {
    // The server died inside a DUMP_KERNELS box and a new one appended to the file. A dump never
    // spans a restart, so the new banner ends it and is the server_start event: the unknown free,
    // the cleanup's process_exit and the statistics block after it are read, not swallowed as dump lines.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log", concat(KERNEL_DUMP_OPENING, List.of(
            "🔍 Device detection (using UMD Cluster for accurate specs):",
            "   Total: 0 device(s) detected",
            "🚀 Allocation Server started"), OTHER_THREADS))) {
      assertEquals(List.of("line=9; kind=server_start", "line=10; kind=unknown_free", "line=13; kind=process_exit"),
          q.rows("select line, kind from events order by seq"));
      assertEquals(
          List.of("line=17; after_seq=2; device=0; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0; active_allocations=0"),
          q.rows(STATS));
      assertEquals(List.of("format=server; lines=23; events=3; event_lines=3; other_lines=20; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void eventsAndStatisticsInsideAKernelDumpThatNeverCloses() throws Exception {
    // The background threads print events and statistics anywhere (1.1), inside a DUMP_KERNELS box
    // too, and this one never gets its closing line. Its own lines (6, 9, 21), which have no
    // template, stay recognised, including one like a statistics line outside a block (6); the
    // unknown free (7), the cleanup's process_exit (10) and the statistics block (14-20) are
    // read, not swallowed, and so is the allocation after the dump.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log", concat(KERNEL_DUMP_OPENING, OTHER_THREADS, List.of(
            "    Fabric kernel: 0.0078125 MB (PID 52980)",
            "✓ [PID 52980] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)")))) {
      assertEquals(List.of("line=7; kind=unknown_free", "line=10; kind=process_exit", "line=22; kind=alloc"),
          q.rows("select line, kind from events order by seq"));
      assertEquals(
          List.of("line=14; after_seq=1; device=0; buffers=0; dram_bytes=0; l1_bytes=0; total_bytes=0; active_allocations=0"),
          q.rows(STATS));
      assertEquals(List.of("format=server; lines=22; events=3; event_lines=3; other_lines=19; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @Test
  void variantsMixInOneFile() throws Exception {
    // FORMATS.md 1.2: one file may hold a V1 (decimal) run and a V4 (hex) run; 0x16a000 and
    // 1482752 are the same number, so both lines name the same key.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "🚀 Allocation Server started",
            "✓ [PID 10] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
            "🛑 Allocation Server stopped",
            "🔍 Device detection (using UMD Cluster for accurate specs):",
            "✗ [PID 10] Freed buffer 0x16a000 on device 0 (8192 bytes, FINAL)")) {
      assertEquals("1", q.scalar("select count(distinct address) from events"));
      assertEquals("1482752", q.scalar("select min(address) from events"));
      q.checkLineAccounting();
    }
  }
}
