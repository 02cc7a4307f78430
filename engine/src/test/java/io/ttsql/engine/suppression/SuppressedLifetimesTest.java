package io.ttsql.engine.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code suppressed} and {@code suppressed_by} columns of {@code lifetimes}, and the {@code suppressions} property. */
class SuppressedLifetimesTest {
  private static final String LIFETIMES = "select address, suppressed, suppressed_by from lifetimes order by alloc_seq";

  @TempDir Path dir;
  private String debugLog;
  private String serverLog;

  /**
   * Two allocations: the example block (dev 1 @0x2f4a0000, frames Buffer::create, Matmul, a hidden
   * frame, _PyEval_EvalFrameDefault, a raw address) and a circular buffer (dev 0 @0x10000, frames
   * Buffer::create, CreateCircularBuffer). The server log holds the same two allocations, without stacks.
   */
  @BeforeEach
  void writeLogs() {
    debugLog = QueryFixture.writeLog(dir, "tt_buffer_debug.log", DebugLogBlocks.lines(DebugLogBlocks.ALLOCATED,
        DebugLogBlocks.block("BUFFER ALLOCATED", "Time: 09:41:08", "Device: 0", "Address: 0x10000 (65536)",
            "Size: 16384 bytes (16 KB)", "Type: L1", "Buffer*: 0x55f3b41c0030", "Owns Data: yes", "Hooked: no",
            "Call Stack:",
            "    " + DebugLogBlocks.LIBTT + ": tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)",
            "    " + DebugLogBlocks.LIBTT + ": tt::tt_metal::CreateCircularBuffer(tt::tt_metal::Program&)"))).toString();
    serverLog = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 3145728 bytes of DRAM on device 1 (buffer_id=0x2f4a0000)",
        "✓ [PID 7] Allocated 16384 bytes of L1 on device 0 (buffer_id=0x10000)").toString();
  }

  @Test
  void withoutSuppressionsNothingIsSuppressed() throws Exception {
    try (QueryFixture logs = QueryFixture.open(debugLog)) {
      assertEquals(List.of("address=793378816; suppressed=false; suppressed_by=null",
          "address=65536; suppressed=false; suppressed_by=null"), logs.rows(LIFETIMES));
    }
  }

  @Test
  void aPatternMatchingAnyFrameSuppressesTheAllocation() throws Exception {
    // _PyEval_EvalFrameDefault is frame 3 of the first stack, far from its callsite (Matmul):
    // LeakSanitizer matches any frame, and so does ttsql. The first matching line wins.
    String file = supp("# python-side leaks\n\nleak:^_PyEval_EvalFrameDefault$\nleak:Matmul\n").toString();
    try (QueryFixture logs = QueryFixture.open(debugLog + ";suppressions=" + file)) {
      assertEquals(List.of("address=793378816; suppressed=true; suppressed_by=^_PyEval_EvalFrameDefault$",
          "address=65536; suppressed=false; suppressed_by=null"), logs.rows(LIFETIMES));
    }
  }

  @Test
  void thePropertyWorksAsAnEntryOfTheUrlDoesAndAppliesToEverySchema() throws Exception {
    Properties info = new Properties();
    info.setProperty("suppressions", supp("leak:CreateCircularBuffer\n").toString());
    try (QueryFixture logs = QueryFixture.open("server=" + serverLog + ";stacks=" + debugLog, info)) {
      assertEquals(List.of("address=793378816; suppressed=false; suppressed_by=null",
          "address=65536; suppressed=true; suppressed_by=CreateCircularBuffer"), logs.rows(
              "select address, suppressed, suppressed_by from stacks.lifetimes order by alloc_seq"));
      // The server log has no stacks: nothing there can be suppressed.
      assertEquals("0", logs.scalar("select count(*) from server.lifetimes where suppressed"));
    }
  }

  @Test
  void aBadFileFailsTheConnectionNamingFileAndLine() throws Exception {
    Path bad = supp("leak:a\nleek:b\n");
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + debugLog + ";suppressions=" + bad));
    assertEquals(bad + ":2: unknown suppression type 'leek' (only leak:FUNCTION_PATTERN is supported): leek:b",
        e.getMessage());
    assertEquals("22000", e.getSQLState());
    Path missing = dir.resolve("missing.supp");
    e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + debugLog + ";suppressions=" + missing));
    assertEquals("cannot read suppressions file " + missing + ": no such file", e.getMessage());
    assertEquals("58030", e.getSQLState());
  }

  private Path supp(String text) {
    return QueryFixture.writeText(dir, "leaks.supp", text);
  }
}
