package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes held per (device, buffer type), on small logs worked out by hand. */
class LiveBytesTest {
  @TempDir Path dir;

  @Test
  void sweepsTheLifetimesInEventOrder() throws Exception {
    // seq 0-1: device 0 DRAM holds 4096, then 4096 + 8192 = 12288.
    // seq 2: device 0 L1 holds 1024 (PID 2).
    // seq 3: 0x1000 freed, DRAM back to 8192; seq 4: 16384 more, 24576, the DRAM peak.
    // seq 5: L1 holds 1024 + 2048 = 3072, the L1 peak.
    // seq 6: PID 1 dies and its three buffers end at once: DRAM 0, L1 1024 (PID 2's stays).
    // seq 7-9: device 1 DRAM holds 512, 0, 512: the peak is the first time 512 is held (seq 7).
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x2000)",
        "✓ [PID 2] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x3000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
        "✓ [PID 1] Allocated 16384 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x4000)",
        "",
        "⚠️  Detected dead processes, cleaning up orphaned buffers...",
        "   PID 1 is dead, removing its buffers...",
        "   ✓ Removed 3 buffers (0.0253906 MB) from PID 1",
        "",
        "✓ [PID 2] Allocated 512 bytes of DRAM on device 1 (buffer_id=0x1000)",
        "✗ [PID 2] Freed buffer 0x1000 on device 1 (512 bytes, FINAL)",
        "✓ [PID 2] Allocated 512 bytes of DRAM on device 1 (buffer_id=0x1000)")) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of(
              "0 DRAM [0:4096, 1:12288, 3:8192, 4:24576, 6:0] peak 24576 at 4, final 0",
              "0 L1 [2:1024, 5:3072, 6:1024] peak 3072 at 5, final 1024",
              "1 DRAM [7:512, 8:0, 9:512] peak 512 at 7, final 512"),
          describe(LiveBytes.of(trace)));
    }
  }

  @Test
  void bytesHeldPastABigintSaturateAndComeBackExactly() throws Exception {
    // Two garbage sizes of 2^63-1 and 1 KB on device 0 DRAM: after seq 1 the device holds 2^64-2,
    // after seq 2 2^64+1022 (the most), after seq 3 2^63+1023, all beyond a BIGINT, so read as
    // 2^63-1; freeing the second garbage size at seq 4 leaves exactly 1024. The peak is seq 2, the
    // largest exact sum. Wrapping around, seq 1 read -2, seq 2 1022, seq 3 a negative sum, and the
    // peak was seq 0.
    String max = Long.toString(Long.MAX_VALUE);
    try (QueryFixture q = QueryFixture.ofLog(dir, "server.log",
        "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x2000)",
        "✓ [PID 1] Allocated 1024 bytes of DRAM on device 0 (buffer_id=0x3000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (" + max + " bytes, FINAL)",
        "✗ [PID 1] Freed buffer 0x2000 on device 0 (" + max + " bytes, FINAL)")) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of("0 DRAM [0:" + max + ", 1:" + max + ", 2:" + max + ", 3:" + max + ", 4:1024] peak " + max
              + " at 2, final 1024"),
          describe(LiveBytes.of(trace)));
      assertEquals(List.of("peak_bytes=" + max + "; peak_seq=2; live_at_peak=3; final_bytes=1024"),
          q.rows("select peak_bytes, peak_seq, live_at_peak, final_bytes from peaks"));
    }
  }

  @Test
  void aPeakNamesTheFileAndLineOfItsEvent() throws Exception {
    // Two server logs loaded as one trace, each of one allocation at its line 1 and a free at its
    // line 2. Device 0 DRAM holds 4096 at the first log's line 1, then 0; the second log's 8192 at
    // its line 1 is more, so the peak is there: the same line number in the other file.
    Path first = QueryFixture.writeLog(dir, "debug.log.1",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)");
    Path second = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 1] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (8192 bytes, FINAL)");
    try (QueryFixture q = QueryFixture.open(first + ";" + second)) {
      assertEquals(List.of("peak_bytes=8192; peak_seq=2; peak_file=" + second + "; peak_line=1"),
          q.rows("select peak_bytes, peak_seq, peak_file, peak_line from peaks"));
    }
  }

  @Test
  void theEnhancedServersResizeChangesWhatAHeldKeyHolds() throws Exception {
    // FORMATS.md 1.13: the enhanced server updates a key's stored size on reuse. seq 1 (the
    // banner is seq 0): key (0, 0x16a000) opens with 4096 B of L1. seq 2, the resize (0x16a000 =
    // 1482752): the key holds 8192 B from then on, the peak; seq 3 adds a reference, no bytes.
    // seq 4 leaves one reference; seq 5 resizes it to 2048 B; seq 6, FINAL, frees those 2048 B.
    // A resize of a key not held (seq 7, 0x200000) holds nothing.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "🚀 Enhanced Allocation Server started (with history tracking)",
        "✓ [PID 100] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "⚠ [PID 200] Buffer reused with DIFFERENT size: old=4096 new=8192 (buffer_id=1482752, device=0)",
        "✓ [PID 200] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000, ref_count=2)",
        "✗ [PID 100] Freed buffer 0x16a000 on device 0 (8192 bytes, ref_count=1 remaining)",
        "⚠ [PID 300] Buffer reused with DIFFERENT size: old=8192 new=2048 (buffer_id=1482752, device=0)",
        "✗ [PID 100] Freed buffer 0x16a000 on device 0 (2048 bytes, FINAL)",
        "⚠ [PID 300] Buffer reused with DIFFERENT size: old=1 new=2 (buffer_id=2097152, device=0)")) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of("0 L1 [1:4096, 2:8192, 3:8192, 5:2048, 6:0] peak 8192 at 2, final 0"),
          describe(LiveBytes.of(trace)));
    }
  }

  @Test
  void aKeyHoldsItsFirstAllocationsBytesWhateverItsDuplicatesSay() throws Exception {
    // seq 0: key (0, 0x16a000) opens with 8192 B of L1. seq 1: pid 200 adds a reference printed as
    // 4096 B of DRAM: no bytes (the server keeps the first size and type), yet device 0 DRAM gets
    // its series, holding 0. seq 2 leaves one reference; seq 3, FINAL, frees the key's 8192 B.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 100] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x16a000)",
        "✓ [PID 200] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x16a000, ref_count=2)",
        "✗ [PID 100] Freed buffer 0x16a000 on device 0 (8192 bytes, ref_count=1 remaining)",
        "✗ [PID 100] Freed buffer 0x16a000 on device 0 (8192 bytes, FINAL)")) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of(
              "0 DRAM [1:0] peak 0 at 1, final 0",
              "0 L1 [0:8192, 3:0] peak 8192 at 0, final 0"),
          describe(LiveBytes.of(trace)));
      assertEquals(List.of("device=0; buffer_type=DRAM; peak_bytes=0", "device=0; buffer_type=L1; peak_bytes=8192"),
          q.rows("select device, buffer_type, peak_bytes from peaks order by buffer_type"));
    }
  }

  @Test
  void anAllocationThatCreatesTheKeyAgainReplacesItsSize() throws Exception {
    // seq 0 creates (0, 0x1000) with 4096 B; its free was lost, so seq 1 creates the key again
    // (new-key form) with 16384 B: the key now holds 16384, as the statistics block says, in
    // peaks and in stats_replay alike. seq 2, FINAL, ends the new generation; seq 0 stays open,
    // an overlapped leak, but its bytes were replaced, so nothing is held at the end.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 100] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 100] Allocated 16384 bytes of L1 on device 0 (buffer_id=0x1000)",
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 1",
        "    DRAM: 0 bytes (0 KB)",
        "    L1: 16384 bytes (16 KB)",
        "    Total: 16384 bytes",
        "  Active allocations: 1",
        "✗ [PID 100] Freed buffer 0x1000 on device 0 (16384 bytes, FINAL)")) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of("0 L1 [0:4096, 1:16384, 2:0] peak 16384 at 1, final 0"), describe(LiveBytes.of(trace)));
      assertEquals("buffers=1; l1_bytes=16384; active_allocations=1",
          q.scalar("select 'buffers=' || buffers || '; l1_bytes=' || l1_bytes || '; active_allocations=' || active_allocations"
              + " from stats_replay"));
    }
  }

  @Test
  void aDebugLogHoldsEveryBufferApartButNotHookedOnes() throws Exception {
    // A debug log records buffers, not the server's keys: the L1 buffer at 0x1000 (seq 0) and the
    // DRAM buffer at 0x1000 (seq 1) live in two address spaces, so the DRAM one does not replace
    // the L1 one's bytes. Device 0 L1: 4096 at seq 0, 8192 with the L1 buffer at 0x2000 (seq 2),
    // 4096 after Buffer* 0x1 is freed (seq 4), 0 after 0x3 (seq 5). DRAM: 2048 from seq 1 to its
    // free at seq 3. The hooked (graph-capture) buffer of seq 6 has no real address: it holds
    // nothing, though it is never freed.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", DebugLogBlocks.lines(
        allocated("0x1000 (4096)", 4096, "L1", "0x1", "no"),
        allocated("0x1000 (4096)", 2048, "DRAM", "0x2", "no"),
        allocated("0x2000 (8192)", 4096, "L1", "0x3", "no"),
        deallocated("0x1000 (4096)", 2048, "DRAM", "0x2"),
        deallocated("0x1000 (4096)", 4096, "L1", "0x1"),
        deallocated("0x2000 (8192)", 4096, "L1", "0x3"),
        allocated("0x0 (0)", 2048, "L1", "0x4", "yes")))) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of(
              "0 DRAM [1:2048, 3:0] peak 2048 at 1, final 0",
              "0 L1 [0:4096, 2:8192, 4:4096, 5:0, 6:0] peak 8192 at 2, final 0"),
          describe(LiveBytes.of(trace)));
    }
  }

  @Test
  void aBufferThatDoesNotOwnItsMemoryHoldsNothing() throws Exception {
    // Buffer* 0x4 at 0x1000 is a view of 0x1's memory (Owns Data: no): it holds nothing at its
    // allocation (seq 1) and its destructor (seq 2) takes nothing away, so 0x1's 8192 bytes are
    // held until its free (seq 3). It used to create the key again: 1024 at seq 1, 0 at seq 2,
    // though 0x1 was open.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", DebugLogBlocks.lines(
        allocated("0x1000 (4096)", 8192, "L1", "0x1", "no"),
        allocated("0x1000 (4096)", 1024, "L1", "0x4", "no", "no"),
        DebugLogBlocks.block("BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)", "Time: 10:00:01", "Device: 0",
            "Address: 0x1000 (4096)", "Size: 1024 bytes (1 KB)", "Type: L1", "Buffer*: 0x4", "Call Stack:"),
        deallocated("0x1000 (4096)", 8192, "L1", "0x1")))) {
      AnalyzedTrace trace = Ttsql.traces(q.connection()).values().iterator().next();
      assertEquals(List.of("0 L1 [0:8192, 1:8192, 3:0] peak 8192 at 0, final 0"), describe(LiveBytes.of(trace)));
    }
  }

  private static List<String> allocated(String address, long size, String type, String pointer, String hooked) {
    return allocated(address, size, type, pointer, hooked, "yes");
  }

  private static List<String> allocated(String address, long size, String type, String pointer, String hooked, String owns) {
    return DebugLogBlocks.block("BUFFER ALLOCATED", "Time: 10:00:00", "Device: 0", "Address: " + address,
        "Size: " + size + " bytes (" + size / 1024 + " KB)", "Type: " + type, "Buffer*: " + pointer,
        "Owns Data: " + owns, "Hooked: " + hooked, "Call Stack:");
  }

  private static List<String> deallocated(String address, long size, String type, String pointer) {
    return DebugLogBlocks.block("BUFFER DEALLOCATED", "Time: 10:00:01", "Device: 0", "Address: " + address,
        "Size: " + size + " bytes (" + size / 1024 + " KB)", "Type: " + type, "Buffer*: " + pointer, "Call Stack:");
  }

  @Test
  void aTraceWithoutAllocationsHasNoSeries() throws Exception {
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "⚠ [PID 1] Deallocation for unknown buffer 0x1000 on device 0 (allocated before tracking started)")) {
      assertEquals(List.of(), LiveBytes.of(Ttsql.traces(q.connection()).values().iterator().next()));
    }
  }

  private static List<String> describe(List<LiveSeries> series) {
    List<String> lines = new ArrayList<>();
    for (LiveSeries s : series) {
      List<String> points = new ArrayList<>();
      for (int i = 0; i < s.count(); i++) {
        points.add(s.seq(i) + ":" + s.bytes(i));
      }
      lines.add(String.format(Locale.ROOT, "%d %s %s peak %d at %d, final %d", s.device(), s.bufferType(), points,
          s.peakBytes(), s.peakSeq(), s.finalBytes()));
    }
    return lines;
  }
}
