package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell driven through a JLine terminal on injected streams, keystroke by keystroke. */
class ReplTest {
  /** What a terminal sends before and after pasted text, in bracketed paste mode. */
  private static final String PASTE_START = "\u001b[200~";
  private static final String PASTE_END = "\u001b[201~";
  /** The log of most sessions: one event. */
  private static final String[] ONE_ALLOCATION = {"✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)"};

  @TempDir Path dir;

  @Test
  void transcriptOfASession() throws Exception {
    session(new String[] {"✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)"}, false, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select count(*) as n from events;\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "select nope from events;\r");
      keyboard.typeAfter(Repl.PROMPT, 3, ".mode csv\r");
      keyboard.typeAfter(Repl.PROMPT, 4, "select size,\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT, 1, "  device from allocations\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT, 2, "  order by seq;\r");
      keyboard.typeAfter(Repl.PROMPT, 5, "\u0003");
      keyboard.typeAfter(Repl.PROMPT, 6, ".quit\r");
    }, (shell, log) -> {
      // Results, in order: the table of the first query, then (after the error and .mode csv) the CSV.
      assertEquals(
          "┌───┐\n│ n │\n├───┤\n│ 2 │\n└───┘\n1 row\n"
              + "size,device\n4096,0\n8192,1\n",
          shell.results.toString());
      String messages = shell.messages.toString();
      // The bad statement is reported with its position; the shell carries on.
      assertTrue(messages.contains("Error: Column 'nope' not found in any table (line 1, column 8)"), messages);
      // Ctrl-C at an empty prompt does not end the session: it prints a hint.
      assertTrue(messages.contains(".quit or Ctrl-D leaves the shell"), messages);
      assertTrue(shell.interpreter.quitRequested(), "the shell ended on .quit");
    });
  }

  @Test
  void ctrlDOnAContinuationLineSaysTheStatementWasNotRun() throws Exception {
    // "select 42 as x" has no ';' yet, so Enter asks for more; Ctrl-D on the empty continuation
    // line leaves the shell, as in psql, but says the statement was dropped.
    session(ONE_ALLOCATION, false, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 42 as x\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT, 1, "\u0004");
    }, (shell, log) -> {
      assertEquals("", shell.results.toString());
      assertTrue(shell.messages.toString().contains(Repl.UNFINISHED), shell.messages.toString());
    });
  }

  @Test
  void enterRunsTheStatementsThatEndAndKeepsTheRestToFinishOnTheNextLine() throws Exception {
    // "select 2 as b" has no ';': it waits under the continuation prompt, the cursor on the line
    // below it, where ';' ends it. Two statements that both end run at once.
    session(ONE_ALLOCATION, true, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 1 as a; select 2 as b\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT + "select 2 as b", 1, ";\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "select 3 as c; select 4 as d;\r");
      keyboard.typeAfter(Repl.PROMPT, 3, ".quit\r");
    }, (shell, log) -> {
      assertEquals("a\n1\nb\n2\nc\n3\nd\n4\n", shell.results.toString());
      assertEquals(greeting(log), shell.messages.toString());
      // History holds each input as entered, the rest with the line that finished it: recalled,
      // each does again what it did.
      List<String> history = Files.readAllLines(dir.resolve("history")).stream()
          .map(line -> line.substring(line.indexOf(':') + 1)) // after the time
          .toList();
      assertEquals(List.of("select 1 as a; select 2 as b", "select 2 as b\\n;", "select 3 as c; select 4 as d;", ".quit"),
          history);
    });
  }

  @Test
  void aDotCommandAfterAStatementRunsAtOnce() throws Exception {
    // .mode csv after "select 1 as a;" runs on Enter (as SQL it waited and took in the next line),
    // and \q after "select 2 as b;" quits, as in psql.
    session(ONE_ALLOCATION, false, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 1 as a; .mode csv\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "select 2 as b; \\q\r");
    }, (shell, log) -> {
      assertEquals("┌───┐\n│ a │\n├───┤\n│ 1 │\n└───┘\n1 row\nb\n2\n", shell.results.toString());
      assertEquals(greeting(log), shell.messages.toString());
      assertTrue(shell.interpreter.quitRequested(), "the shell ended on \\q");
    });
  }

  @Test
  void aPasteOfSeveralLinesRunsLineByLineAsAScript() throws Exception {
    // A bracketed paste arrives whole, then Enter. Its third line is a dot command on a line of
    // its own, as in a script: select 3 prints as csv (sent to SQL with it, .mode csv failed).
    session(ONE_ALLOCATION, false, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, PASTE_START + "select 1 as a; select 2\n as b;\n.mode csv\nselect 3 as c;" + PASTE_END + "\r");
      keyboard.typeAfter(Repl.PROMPT, 2, ".quit\r");
    }, (shell, log) -> {
      assertEquals("┌───┐\n│ a │\n├───┤\n│ 1 │\n└───┘\n1 row\n┌───┐\n│ b │\n├───┤\n│ 2 │\n└───┘\n1 row\nc\n3\n",
          shell.results.toString());
      assertEquals(greeting(log), shell.messages.toString());
    });
  }

  @Test
  void ctrlCDropsTheRestAndCtrlDLeavesSayingItWasNotRun() throws Exception {
    // As on any continuation line: Ctrl-C forgets the unfinished statement, Ctrl-D on the empty
    // line below it leaves the shell and says the statement was not run.
    session(ONE_ALLOCATION, true, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 1 as a; select 2 as b\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT + "select 2 as b", 1, "\u0003");
      keyboard.typeAfter(Repl.PROMPT, 2, "select 3 as c; select 4 as d\r");
      keyboard.typeAfter(Repl.CONTINUATION_PROMPT + "select 4 as d", 1, "\u0004");
    }, (shell, log) -> {
      assertEquals("a\n1\nc\n3\n", shell.results.toString());
      assertEquals(greeting(log) + "(Ctrl-C cancels a running query; .quit or Ctrl-D leaves the shell)\n"
          + Repl.UNFINISHED + "\n", shell.messages.toString());
    });
  }

  @Test
  void tabCompletesANameInAnOpenDoubleQuoteToOneQuotedName() throws Exception {
    // "func + Tab made ""function"" (JLine quotes the name taken, which was offered quoted already),
    // and f."sym + Tab made nothing (only f.symbol was offered, which f."sym does not start).
    // Completed to "function" and f."symbol", both statements run; frames is empty in a server log.
    session(ONE_ALLOCATION, true, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select count(\"func\t) as n from frames;\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "select count(*) as m from frames f where f.\"sym\tis null;\r");
      keyboard.typeAfter(Repl.PROMPT, 3, ".quit\r");
    }, (shell, log) -> {
      assertEquals("n\n0\nm\n0\n", shell.results.toString());
      assertEquals(greeting(log), shell.messages.toString());
    });
  }

  @Test
  void aStatementTypedAfterBlanksIsKeptInHistory() throws Exception {
    // JLine dropped a line starting with a blank from history: Up-arrow recalled the statement
    // before it (select 1), and the file lacked it. psql, sqlite3 and DuckDB keep such lines.
    session(ONE_ALLOCATION, true, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 1 as a;\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "  select 2 as b;\r");
      keyboard.typeAfter(Repl.PROMPT, 3, "\u001bOA\r");
      keyboard.typeAfter(Repl.PROMPT, 4, ".quit\r");
    }, (shell, log) -> {
      assertEquals("a\n1\nb\n2\nb\n2\n", shell.results.toString());
      assertTrue(Files.readString(dir.resolve("history")).contains("select 2 as b;"));
    });
  }

  @Test
  void aHistoryFileThatCannotBeReadIsSaidOnceAndHistoryStaysInMemory() throws Exception {
    // JLine's own history failed with "Is a directory" and stopped the shell. Up-arrow recalls
    // "select 2 as b;" from the history in memory.
    Path history = Files.createDirectory(dir.resolve("history"));
    session(ONE_ALLOCATION, true, keyboard -> {
      keyboard.typeAfter(Repl.PROMPT, 1, "select 1 as a;\r");
      keyboard.typeAfter(Repl.PROMPT, 2, "select 2 as b;\r");
      keyboard.typeAfter(Repl.PROMPT, 3, "\u001bOA\r");
      keyboard.typeAfter(Repl.PROMPT, 4, ".quit\r");
    }, (shell, log) -> {
      assertEquals("a\n1\nb\n2\nb\n2\n", shell.results.toString());
      assertEquals(greeting(log) + "ttsql: history not saved: cannot read " + history + " (Is a directory)\n",
          shell.messages.toString());
    });
  }

  /** What the shell says when it starts on {@code log}, a log of one event. */
  private static String greeting(Path log) {
    return "ttsql: 1 event from " + log + "\nEnter SQL ending with ';', or .help for the commands, .quit to leave.\n";
  }

  /** Keystrokes typed into a running shell. */
  @FunctionalInterface
  private interface Typing {
    void type(Keyboard keyboard) throws Exception;
  }

  /** What a test checks of the shell, on {@code log}, once the shell has ended. */
  @FunctionalInterface
  private interface Checks {
    void check(ReplFixture shell, Path log) throws Exception;
  }

  /**
   * Runs the shell on a log of {@code logLines} (in csv mode when {@code csv}) in a terminal fed by
   * {@code typing}, then hands it to {@code checks}.
   */
  private void session(String[] logLines, boolean csv, Typing typing, Checks checks) throws Exception {
    Path log = QueryFixture.writeLog(dir, "debug.log", logLines);
    try (ReplFixture shell = new ReplFixture(log);
        Keyboard keyboard = new Keyboard();
        Terminal terminal = terminal(keyboard)) {
      if (csv) {
        shell.interpreter.runText(".mode csv");
      }
      Thread repl = new Thread(() -> new Repl(shell.interpreter, terminal, dir.resolve("history")).run());
      repl.start();
      typing.type(keyboard);
      repl.join(30_000);
      checks.check(shell, log);
    }
  }

  /** An 80×24 xterm that reads {@code keyboard}'s keystrokes and draws on its screen. */
  private static Terminal terminal(Keyboard keyboard) throws java.io.IOException {
    return TerminalBuilder.builder()
        .system(false)
        .streams(keyboard.input(), keyboard.screenStream())
        .type("xterm")
        .size(Size.of(80, 24))
        .build();
  }
}
