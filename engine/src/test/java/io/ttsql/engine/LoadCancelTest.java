package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load that its progress stops (Ctrl-C in the shell's {@code .open}) makes no connection and says so. */
class LoadCancelTest {
  @TempDir Path dir;

  @Test
  void aSmallLogStoppedByItsProgress() {
    Path log = QueryFixture.writeLog(dir, "debug.log", "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)");
    SQLException e = assertThrows(SQLException.class, () -> Ttsql.connect(TraceSpec.fromArgs(List.of(log.toString()), null),
        (file, read, total, events) -> {
          throw new CancellationException();
        }));
    assertEquals("loading canceled", e.getMessage());
    assertEquals("57014", e.getSQLState());
  }

  @Test
  void aLogParsedInPartsStopsPartWay() throws Exception {
    // Over 8 MB, so parsed in parts on every core, its reports made by the thread that waits for
    // the parts: a stop there ends the load too, the parts' threads with it.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 220_000; i++) {
      text.append("✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=").append(4096L * i).append(")\n");
    }
    Path log = Files.writeString(dir.resolve("big.log"), text);
    assertTrue(Files.size(log) > 8 << 20);
    SQLException e = assertThrows(SQLException.class, () -> Ttsql.connect(TraceSpec.fromArgs(List.of(log.toString()), null),
        (file, read, total, events) -> {
          throw new CancellationException();
        }));
    assertEquals("loading canceled", e.getMessage());
  }
}
