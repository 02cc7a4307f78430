package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak queries on a server log in which the server was killed and started again. */
class ServerRestartQueriesTest {
  @TempDir Path dir;

  /**
   * First run: pid 100 holds (0, 0x1000) 8 KB (line 2) when the server is killed; pid 300 holds
   * (1, 0x3000) 1 KB (line 3) and dies (line 5), reclaimed. Second run (banner at line 6): pid 200
   * allocates (0, 0x1000) 2 KB (line 7) and still holds it when the log ends.
   */
  private static final String[] LOG = {
    "🚀 Allocation Server started",
    "✓ [PID 100] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x1000)",
    "✓ [PID 300] Allocated 1024 bytes of DRAM on device 1 (buffer_id=0x3000)",
    "⚠️  Detected dead processes, cleaning up orphaned buffers...",
    "   PID 300 is dead, removing its buffers...",
    "🚀 Allocation Server started",
    "✓ [PID 200] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x1000)",
  };

  @Test
  void whatTheKilledServerHeldIsALeakHeldAtTheRestart() throws Exception {
    // pid 100's 8 KB ended at the restart (server_restart): held when the server was stopped or
    // killed, told apart from pid 200's 2 KB, held at the end of the log (both were counted as
    // held at the end). pid 300's 1 KB was reclaimed at its exit.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", LOG)) {
      assertEquals(
          List.of("line=2; end_reason=server_restart", "line=3; end_reason=process_exit", "line=7; end_reason=end_of_log"),
          q.rows("select alloc_line as line, end_reason from lifetimes order by alloc_line"));
      assertEquals(
          List.of("pid=100; leaks=1; leaked_bytes=8192; reclaimed_at_exit=0; held_at_restart=1; held_at_end=0",
              "pid=200; leaks=1; leaked_bytes=2048; reclaimed_at_exit=0; held_at_restart=0; held_at_end=1",
              "pid=300; leaks=1; leaked_bytes=1024; reclaimed_at_exit=1; held_at_restart=0; held_at_end=0"),
          q.rows("select pid, leaks, leaked_bytes, reclaimed_at_exit, held_at_restart, held_at_end from ("
              + QueryLibrary.standard().get("leaks-by-pid").bind(Map.of()) + ")"));
    }
  }

  @Test
  void theNaiveCountStillSeesTwoAllocationsAndNoFreeAtTheSharedAddress() throws Exception {
    // net-leaks counts events per address and knows nothing of restarts: (0, 0x1000) was
    // allocated twice and never freed (net 2), (1, 0x3000) once (net 1).
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", LOG)) {
      assertEquals(
          List.of("device=0; address_hex=0x1000; allocs=2; frees=0; net=2",
              "device=1; address_hex=0x3000; allocs=1; frees=0; net=1"),
          q.rows("select device, address_hex, allocs, frees, net from ("
              + QueryLibrary.standard().get("net-leaks").bind(Map.of()) + ")"));
    }
  }
}
