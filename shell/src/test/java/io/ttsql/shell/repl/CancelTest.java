package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a query: the shell cancels the statement, reports it, and takes the next one. */
class CancelTest {
  @TempDir Path dir;

  @Test
  void cancelStopsARunningQueryAndTheShellGoesOn() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      lines.add("✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=" + (4096 * i) + ")");
    }
    Path log = QueryFixture.writeLog(dir, "big.log", lines.toArray(String[]::new));
    try (ReplFixture shell = new ReplFixture(log)) {
      // 2000^3 = 8e9 joined rows: far too many to finish unless cancelled.
      CompletableFuture<Void> running = CompletableFuture.runAsync(
          () -> shell.interpreter.run("select count(*) from events a, events b, events c where a.size + b.size > c.size;"));
      while (!running.isDone()) {
        shell.session.cancel();
        Thread.sleep(20);
      }
      running.get(1, TimeUnit.SECONDS);
      assertTrue(shell.interpreter.failed(), "a cancelled statement counts as failed");
      assertTrue(shell.messages.toString().contains("cancel"), shell.messages.toString());
      shell.interpreter.run("select 1 as still_alive;");
      assertTrue(shell.results.toString().contains("still_alive"), shell.results.toString());
    }
  }
}
