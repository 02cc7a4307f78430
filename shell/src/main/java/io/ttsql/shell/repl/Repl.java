package io.ttsql.shell.repl;

import io.ttsql.shell.commands.LoadSummary;
import io.ttsql.shell.session.HomeFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: reads statements with JLine (history, completion, highlighting,
 * multi-line input), runs through the {@link Interpreter} those that end with {@code ;}, keeping an
 * unfinished rest to be finished on the next line, and turns Ctrl-C into a cancel.
 */
public final class Repl {
  /** The prompt for a new statement. */
  public static final String PROMPT = "ttsql> ";
  /** The prompt for the lines that continue a statement. */
  public static final String CONTINUATION_PROMPT = "   ...> ";
  /** What Ctrl-D says when it leaves with a statement typed but not ended. */
  static final String UNFINISHED = "(the unfinished statement was not run)";

  /** JLine's coloured styles of completion lists (the selection stays in reverse video, which is no colour). */
  private static final List<String> COMPLETION_STYLES = List.of(LineReader.COMPLETION_STYLE_STARTING,
      LineReader.COMPLETION_STYLE_DESCRIPTION, LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_BACKGROUND,
      LineReader.COMPLETION_STYLE_LIST_STARTING, LineReader.COMPLETION_STYLE_LIST_DESCRIPTION,
      LineReader.COMPLETION_STYLE_LIST_GROUP, LineReader.COMPLETION_STYLE_LIST_BACKGROUND);

  private final Interpreter interpreter;
  private final Terminal terminal;
  private final Path historyFile;

  /**
   * @param historyFile where history persists between sessions
   */
  public Repl(Interpreter interpreter, Terminal terminal, Path historyFile) {
    this.interpreter = interpreter;
    this.terminal = terminal;
    this.historyFile = historyFile;
  }

  /** The default history file, {@code ~/.ttsql_history}. */
  public static Path defaultHistoryFile() {
    return Path.of(HomeFolder.path(), ".ttsql_history");
  }

  /** Reads and runs input until {@code .quit} or Ctrl-D. */
  public void run() {
    ShellHistory history = new ShellHistory(historyFile);
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("ttsql")
        .parser(new SqlLineParser())
        .completer(new ShellCompleter(interpreter))
        .completionMatcher(new QuotedNameMatcher())
        .highlighter(new SqlHighlighter())
        .history(history)
        .variable(LineReader.HISTORY_FILE, historyFile)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        // JLine leaves out of history a line that starts with a blank, as bash does only when told
        // to: psql, sqlite3 and DuckDB keep it, and an indented statement pasted is one to recall.
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
        .build();
    if (!interpreter.session().color()) {
      withoutColor(reader);
    }
    bindCtrlD(reader);
    greet();
    history.attach(reader); // loads the file now, so that a failure to read it is said before the first prompt
    history.reportFailure(messages());
    String unfinished = "";
    while (!interpreter.quitRequested()) {
      String input;
      try {
        input = read(reader, unfinished);
      } catch (UserInterruptException e) {
        unfinished = "";
        messages().println("(Ctrl-C cancels a running query; .quit or Ctrl-D leaves the shell)");
        continue;
      } catch (EndOfFileException e) {
        if (UNFINISHED.equals(e.getMessage())) {
          messages().println(UNFINISHED);
        }
        break;
      }
      history.reportFailure(messages());
      unfinished = input.isBlank() ? "" : runCancellable(input);
    }
  }

  /**
   * Reads the next input. An unfinished statement left by the last one comes first, under the
   * continuation prompt, with the cursor on a new line below it: as if it had just been typed and
   * Enter pressed, so that the next line finishes it and Ctrl-D there leaves as on any continuation line.
   */
  private static String read(LineReader reader, String unfinished) {
    return unfinished.isEmpty()
        ? reader.readLine(PROMPT)
        : reader.readLine(CONTINUATION_PROMPT, null, (Character) null, unfinished + "\n");
  }

  /** No syntax highlighting and plain completion lists, for {@code NO_COLOR}. */
  private static void withoutColor(LineReader reader) {
    reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
    for (String style : COMPLETION_STYLES) {
      reader.setVariable(style, "fg:default");
    }
  }

  /**
   * Ctrl-D leaves the shell on an empty continuation line too, as in psql, saying that the
   * statement typed so far was not run; elsewhere it deletes the character under the cursor or
   * lists completions, as JLine does.
   */
  private static void bindCtrlD(LineReader reader) {
    reader.getWidgets().put("ttsql-eof-or-delete", () -> {
      String text = reader.getBuffer().toString();
      boolean atEnd = reader.getBuffer().cursor() == text.length();
      if (atEnd && text.substring(text.lastIndexOf('\n') + 1).isBlank()) {
        throw new EndOfFileException(text.isBlank() ? null : UNFINISHED);
      }
      reader.callWidget(LineReader.DELETE_CHAR_OR_LIST);
      return true;
    });
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("ttsql-eof-or-delete"), KeyMap.ctrl('D'));
  }

  /** Runs what {@code input} finishes, Ctrl-C cancelling it; returns the unfinished statement after it, or "". */
  private String runCancellable(String input) {
    Terminal.SignalHandler previous =
        terminal.handle(Terminal.Signal.INT, signal -> interpreter.session().cancel());
    try {
      return interpreter.runFinished(input);
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  private void greet() {
    PrintWriter out = messages();
    try {
      out.println(LoadSummary.of(interpreter.session().connection()));
    } catch (SQLException e) {
      out.println("ttsql: " + e.getMessage());
    }
    out.println("Enter SQL ending with ';', or .help for the commands, .quit to leave.");
    out.flush();
  }

  private PrintWriter messages() {
    return interpreter.session().messages();
  }
}
