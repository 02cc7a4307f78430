package io.ttsql.engine.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two small logs that fill every table, for export and comparison tests: a server log (frees,
 * a shared key, an unknown free, a statistics block, a dead process, a line not understood) as
 * the default schema, and a buffer debug log (stacks, times, a leak) as schema {@code stacks}.
 */
public final class ExportLogs {
  /**
   * The server log: 11 events (the first the server start); 5 lifetimes (3 freed, 1 process_exit, 1 end_of_log), 1 unmatched
   * free, 3 server_stats rows, 1 parse error.
   */
  public static final List<String> SERVER =
      List.of(
          "🚀 Allocation Server started",
          "   Listening on: /tmp/tt_allocation_server.sock",
          "   Press Ctrl+C to stop",
          "🔄 Background cleanup thread started (checking every 10s)",
          "✓ [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
          "✓ [PID 47590] Allocated 6144 bytes of L1 on device 0 (buffer_id=1482752, ref_count=2)",
          "✓ [PID 47213] Allocated 65536 bytes of DRAM on device 2 (buffer_id=536903680)",
          "✓ [PID 52980] Allocated 3145728 bytes of DRAM on device 1 (buffer_id=0x2f4a0000)",
          "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, ref_count=1 remaining)",
          "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, FINAL)",
          "⚠ [PID 52980] Deallocation for unknown buffer 0x174000 on device 0 (allocated before tracking started)",
          "✓ [PID 61877] Allocated 32768 bytes of L1 on device 3 (buffer_id=1507328)",
          "",
          "📊 Current Statistics:",
          "  Device 1:",
          "    Buffers: 1",
          "    DRAM: 3145728 bytes (3072 KB)",
          "    L1: 0 bytes (0 KB)",
          "    Total: 3145728 bytes",
          "  Device 2:",
          "    Buffers: 1",
          "    DRAM: 65536 bytes (64 KB)",
          "    L1: 0 bytes (0 KB)",
          "    Total: 65536 bytes",
          "  Device 3:",
          "    Buffers: 1",
          "    DRAM: 0 bytes (0 KB)",
          "    L1: 32768 bytes (32 KB)",
          "    Total: 32768 bytes",
          "  Active allocations: 3",
          "",
          "⚠️  Detected dead processes, cleaning up orphaned buffers...",
          "   PID 61877 is dead, removing its buffers...",
          "   ✓ Removed 1 buffers (0.03125 MB) from PID 61877",
          "",
          "Line 1234: ✗ [PID xxx] Freed buffer",
          "✗ [PID 52980] Freed buffer 0x2f4a0000 on device 1 (3145728 bytes, FINAL)");

  private ExportLogs() {}

  /**
   * The buffer debug log: FORMATS.md 2.4's three blocks (3 stacks, 11 frames), then a second buffer
   * from the first stack at 23:59:58, never freed: 4 events, 2 lifetimes (1 freed, 1 end_of_log).
   */
  public static List<String> debugLog() {
    List<String> leak = new ArrayList<>(DebugLogBlocks.ALLOCATED);
    leak.replaceAll(line -> line
        .replace("09:41:07", "23:59:58")
        .replace("Address: 0x2f4a0000 (793378816)", "Address: 0x30000000 (805306368)")
        .replace("Buffer*: 0x55f3b41c9e80", "Buffer*: 0x55f3b41ca000"));
    return List.of(DebugLogBlocks.lines(DebugLogBlocks.ALLOCATED, DebugLogBlocks.DEALLOCATED, DebugLogBlocks.DESTRUCTOR, leak));
  }

  /** Writes both logs into {@code dir} and returns the {@code jdbc:ttsql:} spec that loads them. */
  public static String write(Path dir) {
    Path server = QueryFixture.writeLog(dir, "debug.log", SERVER.toArray(String[]::new));
    Path debug = QueryFixture.writeLog(dir, "tt_buffer_debug.log", debugLog().toArray(String[]::new));
    return server + ";stacks=" + debug;
  }
}
