package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pairing rules, each on a small server log whose lifetimes were worked out by hand. */
class LifetimePairingTest {
  @TempDir Path dir;

  private static final String LIFETIMES =
      "select alloc_seq, end_seq, end_reason, overlapped from lifetimes order by alloc_seq";

  @Test
  void freeClosesMostRecentOpenAllocationWithItsKey() throws Exception {
    // Two allocations share (device 0, 0x1000) while neither is freed: the first free closes the
    // most recent one (seq 1, LIFO), the second free closes seq 0. Both were open together, so
    // both are overlapped. The allocation on device 1 has its own key: freed by seq 4, not overlapped.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 10] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 1 (buffer_id=0x1000)",
            "✗ [PID 10] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
            "✗ [PID 10] Freed buffer 0x1000 on device 1 (4096 bytes, FINAL)",
            "✗ [PID 10] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=5; end_reason=freed; overlapped=true",
              "alloc_seq=1; end_seq=3; end_reason=freed; overlapped=true",
              "alloc_seq=2; end_seq=4; end_reason=freed; overlapped=false"),
          q.rows(LIFETIMES));
      assertEquals("0", q.scalar("select count(*) from unmatched_frees"));
    }
  }

  @Test
  void unknownFreeClosesNothingAndProcessExitClosesAllOfItsPid() throws Exception {
    // seq 0: pid 10 allocates A; seq 1: pid 20 allocates B; seq 2: an unknown free of A's address
    // closes nothing (unmatched); seq 3..: pid 10 dies, which ends A (process_exit at seq 4, the
    // event line of the PID is the 5th event) but not B; B is still open at the end.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x2000)",
            "✓ [PID 20] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x4000)",
            "⚠ [PID 10] Deallocation for unknown buffer 0x2000 on device 0 (allocated before tracking started)",
            "✗ [PID 30] Freed buffer 0x8000 on device 0 (64 bytes, FINAL)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 10 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.00390625 MB) from PID 10",
            "")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=4; end_reason=process_exit; overlapped=false",
              "alloc_seq=1; end_seq=null; end_reason=end_of_log; overlapped=false"),
          q.rows(LIFETIMES));
      // The unknown free (seq 2) and the free of a never-allocated key (seq 3) closed nothing.
      assertEquals(
          List.of("seq=2; kind=unknown_free", "seq=3; kind=free"),
          q.rows("select seq, kind from unmatched_frees order by seq"));
    }
  }

  @Test
  void processExitClosesTheKeysThePidOwnsIncludingDuplicatesSentByOthers() throws Exception {
    // Pid 10 creates key (0, 0x3000); pid 20 adds a reference to it (ref_count=2), so both
    // lifetimes share the key (overlapped) and pid 10 owns it. Pid 20 also creates its own key
    // (0, 0x5000). When pid 20 dies the server removes only the key it owns: the 0x5000 lifetime
    // ends process_exit (event seq 3), its reference on 0x3000 stays. When pid 10 dies, the server
    // erases 0x3000 with every reference: both of its lifetimes end at seq 4.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 10] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x3000)",
            "✓ [PID 20] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x3000, ref_count=2)",
            "✓ [PID 20] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x5000)",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 20 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.000976562 MB) from PID 20",
            "",
            "",
            "⚠️  Detected dead processes, cleaning up orphaned buffers...",
            "   PID 10 is dead, removing its buffers...",
            "   ✓ Removed 1 buffers (0.00390625 MB) from PID 10",
            "")) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=4; end_reason=process_exit; overlapped=true",
              "alloc_seq=1; end_seq=4; end_reason=process_exit; overlapped=true",
              "alloc_seq=2; end_seq=3; end_reason=process_exit; overlapped=false"),
          q.rows(LIFETIMES));
    }
  }

  @Test
  void theDebugLogPairsByBufferPointerToo() throws Exception {
    // Two live Buffer objects at one (device, address): 0xa (seq 0) then 0xb (seq 1). The
    // deallocation of 0xa (seq 2) closes 0xa's allocation although 0xb's is the most recent at the
    // address: the Buffer* is part of the key. Neither key was shared, so neither is overlapped.
    // Occurrence counts allocations per (device, address), whatever the Buffer*: 1, then 2.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "tt_buffer_debug.log",
            DebugLogBlocks.lines(
                debugBlock("BUFFER ALLOCATED", "0xa", true),
                debugBlock("BUFFER ALLOCATED", "0xb", true),
                debugBlock("BUFFER DEALLOCATED", "0xa", false)))) {
      assertEquals(
          List.of(
              "alloc_seq=0; end_seq=2; end_reason=freed; overlapped=false; occurrence=1",
              "alloc_seq=1; end_seq=null; end_reason=end_of_log; overlapped=false; occurrence=2"),
          q.rows("select alloc_seq, end_seq, end_reason, overlapped, occurrence from lifetimes order by alloc_seq"));
    }
  }

  @Test
  void occurrenceNumbersAllocationsPerDeviceAndAddress() throws Exception {
    // Address 0x1000 is handed out three times on device 0 (occurrences 1, 2, 3) and once on
    // device 1 (its own count: 1), whatever the sizes.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
            "✓ [PID 1] Allocated 2048 bytes of L1 on device 1 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=4096)",
            "✗ [PID 1] Freed buffer 4096 on device 0 (8192 bytes, FINAL)",
            "✓ [PID 1] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x1000)")) {
      assertEquals(List.of("seq=0; device=0; occurrence=1", "seq=2; device=1; occurrence=1",
              "seq=3; device=0; occurrence=2", "seq=5; device=0; occurrence=3"),
          q.rows("select seq, device, occurrence from allocations order by seq"));
    }
  }

  private static List<String> debugBlock(String header, String bufferPtr, boolean allocated) {
    List<String> lines = new java.util.ArrayList<>(List.of(header, "Time: 10:00:00", "Device: 0",
        "Address: 0x1000 (4096)", "Size: 4096 bytes (4 KB)", "Type: L1", "Buffer*: " + bufferPtr));
    if (allocated) {
      lines.add("Owns Data: yes");
      lines.add("Hooked: no");
    }
    lines.add("Call Stack:");
    return DebugLogBlocks.block(lines.toArray(String[]::new));
  }
}
