package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
