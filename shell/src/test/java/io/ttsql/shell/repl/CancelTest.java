package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.output.OutputFormats;
import io.ttsql.shell.session.ResultSink;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a query, or while its rows print: the shell stops, reports it, and takes the next
 * statement.
 */
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
          () -> shell.interpreter.runText("select count(*) from events a, events b, events c where a.size + b.size > c.size;"));
      while (!running.isDone()) {
        shell.session.cancel();
        Thread.sleep(20);
      }
      running.get(1, TimeUnit.SECONDS);
      assertTrue(shell.interpreter.failed(), "a cancelled statement counts as failed");
      assertTrue(shell.messages.toString().contains("cancel"), shell.messages.toString());
      shell.interpreter.runText("select 1 as still_alive;");
      assertTrue(shell.results.toString().contains("still_alive"), shell.results.toString());
    }
  }

  @Test
  void cancelStopsPrintingInEveryFormat() throws Exception {
    Path log = QueryFixture.writeLog(dir, "small.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)",
        "✗ [PID 7] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)");
    // 3^8 = 6,561 rows: read in a moment, so Ctrl-C comes while they print.
    String sql = "select a.seq, b.seq, c.seq, d.seq, e.seq, f.seq, g.seq, h.seq "
        + "from events a, events b, events c, events d, events e, events f, events g, events h;";
    for (String format : new String[] {"table", "line", "markdown", "csv", "json"}) {
      StringWriter printed = new StringWriter();
      StringWriter messages = new StringWriter();
      Session[] session = new Session[1];
      // The screen: Ctrl-C comes once 2,000 characters are on it.
      Writer screen = new Writer() {
        @Override
        public void write(char[] chars, int offset, int length) {
          printed.write(chars, offset, length);
          if (printed.getBuffer().length() > 2000) {
            session[0].cancel();
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
      Settings settings = new Settings();
      settings.format(OutputFormats.named(format).orElseThrow());
      try (QueryFixture query = QueryFixture.open(log.toString());
          Session s = new Session(query.connection(), settings, new ResultSink(new PrintWriter(screen)),
              new PrintWriter(messages, true), () -> 0, false)) {
        session[0] = s;
        Interpreter interpreter = new Interpreter(s, DotCommands.standard(), logs -> null, false);
        interpreter.runText(sql);
        assertEquals("Error: Statement canceled\n", messages.toString(), format);
        // Output stops within one check of the flag per write, far short of the whole result.
        assertTrue(printed.getBuffer().length() < 20_000, format + ": " + printed.getBuffer().length());
        assertTrue(printed.toString().endsWith("\n"), format + ": a cut line is ended");
      }
    }
  }
}
