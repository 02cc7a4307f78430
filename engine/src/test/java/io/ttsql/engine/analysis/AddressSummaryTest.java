package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addresses table on a small server log whose per-address figures were counted by hand. */
class AddressSummaryTest {
  @TempDir Path dir;

  @Test
  void countsPerDeviceAndAddress() throws Exception {
    // (0, 0x1000) is allocated at seqs 0, 1 and 3 (4 KB L1, 8200 B L1, 4 KB DRAM) and freed at seqs
    // 2 and 4: net 1, two distinct sizes, L1 the most frequent type. 8200 B stays in bytes in the
    // sizes list: human_bytes would round it to 8 KB, which reads like 8192. Pairing (LIFO): seq 2 frees
    // the allocation of seq 1, seq 4 the one of seq 3; the allocation of seq 0 is never freed (one
    // leak) and was open together with the other two, so all three are overlapped.
    // (1, 0x1000) only has an unknown free; the bare warning names no device: a row with device NULL.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated 8200 bytes of L1 on device 0 (buffer_id=0x1000, ref_count=2)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, ref_count=1 remaining)",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000, ref_count=2)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, ref_count=1 remaining)",
            "⚠ [PID 1] Deallocation for unknown buffer 0x1000 on device 1 (allocated before tracking started)",
            "⚠ Warning: Deallocation for unknown buffer 4096")) {
      assertEquals(
          List.of(
              "device=0; address=4096; allocs=3; frees=2; unknown_frees=0; net=1; buffer_type=L1; distinct_sizes=2;"
                  + " sizes=4 KB, 8200 B; leaks=1; overlapped=3; first_seq=0; last_seq=4",
              "device=1; address=4096; allocs=0; frees=0; unknown_frees=1; net=0; buffer_type=null; distinct_sizes=0;"
                  + " sizes=null; leaks=0; overlapped=0; first_seq=5; last_seq=5",
              "device=null; address=4096; allocs=0; frees=0; unknown_frees=1; net=0; buffer_type=null; distinct_sizes=0;"
                  + " sizes=null; leaks=0; overlapped=0; first_seq=6; last_seq=6"),
          q.rows("select * from addresses order by first_seq"));
    }
  }
}
