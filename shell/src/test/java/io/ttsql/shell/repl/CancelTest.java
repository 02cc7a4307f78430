package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a query, or while its rows print: the shell stops, reports it, drops the rest of
 * what was typed with it, and takes the next input.
 */
class CancelTest {
  /** 3^8 = 6,561 rows of {@link #smallLog}. */
  private static final String MANY_ROWS = "select a.seq, b.seq, c.seq, d.seq, e.seq, f.seq, g.seq, h.seq "
      + "from events a, events b, events c, events d, events e, events f, events g, events h";

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
    Path log = smallLog();
    for (String format : new String[] {"table", "line", "markdown", "csv", "json"}) {
      CancelingScreen screen = new CancelingScreen();
      StringWriter messages = new StringWriter();
      try (QueryFixture query = QueryFixture.open(log.toString());
          Session s = session(query, format, screen, messages)) {
        new Interpreter(s, DotCommands.standard(), logs -> null, false).runText(MANY_ROWS + ";");
        assertEquals("Error: Statement canceled\n", messages.toString(), format);
        // Output stops within one check of the flag per write, far short of the whole result.
        assertTrue(screen.printed.getBuffer().length() < 20_000, format + ": " + screen.printed.getBuffer().length());
        assertTrue(screen.printed.toString().endsWith("\n"), format + ": a cut line is ended");
      }
    }
  }

  @Test
  void cancelStopsWhatWasTypedOrPastedAndAScriptAlike() throws Exception {
    Path log = smallLog();
    String input = MANY_ROWS + "; select 2 as after_cancel;\nselect 3 as unfinished";
    for (boolean typed : new boolean[] {true, false}) {
      CancelingScreen screen = new CancelingScreen();
      StringWriter messages = new StringWriter();
      try (QueryFixture query = QueryFixture.open(log.toString());
          Session s = session(query, "csv", screen, messages)) {
        Interpreter interpreter = new Interpreter(s, DotCommands.standard(), logs -> null, false);
        if (typed) {
          // The unfinished statement is not kept to finish either.
          assertEquals("", interpreter.runFinished(input));
        } else {
          interpreter.runText(input);
        }
        // As psql stops a script at Ctrl-C: the next statement and the unfinished last one do not run.
        assertFalse(screen.printed.toString().contains("after_cancel"), screen.printed.toString());
        assertFalse(screen.printed.toString().contains("unfinished"), screen.printed.toString());
        assertEquals("Error: Statement canceled\n", messages.toString());
      }
    }
  }

  @Test
  void cancelStopsAScriptUnderReadAndWhatWasTypedAfterIt() throws Exception {
    Path log = smallLog();
    Path script = dir.resolve("script.sql");
    Files.writeString(script, "select 1 as before_cancel;\n" + MANY_ROWS + ";\nselect 2 as after_cancel;\n");
    CancelingScreen screen = new CancelingScreen();
    StringWriter messages = new StringWriter();
    try (QueryFixture query = QueryFixture.open(log.toString());
        Session s = session(query, "csv", screen, messages)) {
      Interpreter interpreter = new Interpreter(s, DotCommands.standard(), logs -> null, false);
      assertEquals("", interpreter.runFinished(".read " + script + "\nselect 3 as typed_after;"));
      assertTrue(screen.printed.toString().startsWith("before_cancel\n1\n"), screen.printed.toString());
      assertFalse(screen.printed.toString().contains("after_cancel"), screen.printed.toString());
      assertFalse(screen.printed.toString().contains("typed_after"), screen.printed.toString());
      assertEquals(script + ":2: Error: Statement canceled\n", messages.toString());
    }
  }

  /** Three events: {@link #MANY_ROWS} of their eightfold join are read in a moment, so Ctrl-C comes while they print. */
  private Path smallLog() {
    return QueryFixture.writeLog(dir, "small.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)",
        "✗ [PID 7] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)");
  }

  /** A session over {@code query} printing in {@code format} on {@code screen}, which can cancel it. */
  private static Session session(QueryFixture query, String format, CancelingScreen screen, StringWriter messages) {
    Settings settings = new Settings();
    settings.format(OutputFormats.named(format).orElseThrow());
    Session session = new Session(query.connection(), settings, new ResultSink(new PrintWriter(screen)),
        new PrintWriter(messages, true), () -> 0, false);
    screen.session = session;
    return session;
  }

  /** A screen where Ctrl-C comes once, when 2,000 characters are on it. */
  private static final class CancelingScreen extends Writer {
    final StringWriter printed = new StringWriter();
    Session session;
    private boolean canceled;

    @Override
    public void write(char[] chars, int offset, int length) {
      printed.write(chars, offset, length);
      if (!canceled && printed.getBuffer().length() > 2000) {
        canceled = true;
        session.cancel();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
