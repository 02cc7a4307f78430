package io.ttsql.shell.repl;

import io.ttsql.shell.commands.Arguments;
import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.CopyDisplay;
import io.ttsql.shell.commands.DotCommand;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.commands.ShellContext;
import io.ttsql.shell.output.VisibleText;
import io.ttsql.engine.NearestName;
import io.ttsql.shell.session.OutputFailure;
import io.ttsql.shell.session.ScriptLines;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.SqlErrorMessage;
import io.ttsql.shell.session.SqlText;
import io.ttsql.shell.session.UnknownNameHint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs what the user types or a script holds, line by line the same way: dot commands, and SQL
 * statements ended by {@code ;}. Errors are reported in a few lines (no stack trace unless
 * debugging) and remembered for the exit status; with bail on, a script stops at its first error.
 */
public final class Interpreter implements ShellContext {
  private final Session session;
  private final DotCommands commands;
  private final LogOpener opener;
  private final boolean debug;
  private boolean quit;
  private int failures;
  private int misuses;
  private boolean rowsSeen;
  private int scriptDepth;

  public Interpreter(Session session, DotCommands commands, LogOpener opener, boolean debug) {
    this.session = session;
    this.commands = commands;
    this.opener = opener;
    this.debug = debug;
  }

  /**
   * Runs a text of SQL and dot commands given whole ({@code -c}), line by line as a script whose
   * errors name no place; an unfinished last statement runs too.
   */
  public void runText(String text) {
    runRest(runLines(text), null);
  }

  /**
   * Runs typed input line by line as a script, and returns the unfinished statement after what it
   * ran, stripped, for the user to finish: empty when there is none, or when bail or a cancel
   * stopped it.
   */
  public String runFinished(String input) {
    Ending end = runLines(input);
    return end.stopped() ? "" : end.unfinished().strip();
  }

  /**
   * Runs a script read from {@code in}, which must be UTF-8; {@code name} (with the line) prefixes
   * its error messages, unless it is null.
   *
   * @return false if it stopped: at an error because bail is on, or at a cancel
   * @throws IOException also for a line that is not UTF-8, naming the script and line
   */
  public boolean runScript(InputStream in, String name) throws IOException {
    return runRest(runLines(new ScriptLines(in, name), name), name);
  }

  /** {@link #runLines(ScriptLines, String)} over the lines of a text, naming no place in errors. */
  private Ending runLines(String text) {
    try {
      ScriptLines lines = new ScriptLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
      return runLines(lines, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory, UTF-8 as encoded here: reading them does not fail
    }
  }

  /**
   * Runs lines as a script, until they end or {@code .quit}: statements ended by {@code ;}, which
   * may span lines, and dot commands, each taking the rest of its line: on a line of its own, or
   * after the {@code ;} of a statement that the line finishes ({@code select 1; .mode csv}). They
   * stop at an error when bail is on, and at a cancel (Ctrl-C) made while they run, as psql stops
   * a script: after the statement or command that was running, which includes a script it read.
   *
   * @param name the script as errors name it (with the line), or null for none
   */
  private Ending runLines(ScriptLines lines, String name) throws IOException {
    long cancelsBefore = session.cancels();
    StringBuilder pending = new StringBuilder();
    long lineNumber = 0;
    long statementLine = 1;
    String line;
    while (!quit && (line = lines.next()) != null) {
      lineNumber++;
      String command = pending.isEmpty() && isCommand(line) ? line : null;
      if (command == null) {
        if (pending.isEmpty()) {
          statementLine = lineNumber;
        }
        pending.append(line).append('\n');
        // A command after a ; can only be on this line: pending held no finished statement before it.
        int commandAt = SqlText.commandAfterStatement(pending.toString());
        SqlText text = SqlText.split(commandAt < 0 ? pending.toString() : pending.substring(0, commandAt));
        for (int k = 0; k < text.statements().size(); k++) {
          long firstLine = statementLine + text.firstLines().get(k) - 1;
          if (stops(sql(text.statements().get(k), name, firstLine), cancelsBefore)) {
            return Ending.STOPPED;
          }
        }
        if (commandAt >= 0) {
          command = pending.substring(commandAt);
          pending.setLength(0);
        } else {
          // The rest, if any, starts on a later line of pending when statements came before it.
          statementLine += newlines(pending, pending.length() - text.rest().length());
          pending.setLength(0);
          if (!text.restIsEmpty()) {
            pending.append(text.rest());
          }
        }
      }
      String where = name == null ? null : name + ":" + lineNumber;
      if (command != null && stops(command(command.strip(), where), cancelsBefore)) {
        return Ending.STOPPED;
      }
    }
    String rest = pending.toString();
    return new Ending(false, rest, statementLine + newlines(rest, rest.length() - rest.stripLeading().length()));
  }

  /** Whether running lines stops after a statement or command: at its failure when bail is on, or at a cancel. */
  private boolean stops(boolean succeeded, long cancelsBefore) {
    return !succeeded && session.settings().bail() || session.cancels() != cancelsBefore;
  }

  /**
   * Runs the unfinished statement that a script ends with, unless it stopped or quit.
   *
   * @return false if it stopped at an error because bail is on
   */
  private boolean runRest(Ending end, String name) {
    if (end.stopped()) {
      return false;
    }
    if (quit || end.unfinished().isBlank()) {
      return true;
    }
    String open = SqlText.openAtEnd(end.unfinished());
    if (open != null) {
      return fail(name == null ? null : name + ":" + end.unfinishedLine(), "the input ends inside " + open)
          || !session.settings().bail();
    }
    return sql(end.unfinished().strip(), name, end.unfinishedLine()) || !session.settings().bail();
  }

  /** The number of line breaks in {@code text} before {@code end}. */
  private static long newlines(CharSequence text, int end) {
    return text.subSequence(0, end).chars().filter(c -> c == '\n').count();
  }

  @Override
  public boolean runScript(Path path) throws IOException {
    scriptDepth++;
    try (InputStream in = Files.newInputStream(path)) {
      return runScript(in, path.toString());
    } finally {
      scriptDepth--;
    }
  }

  /** True when {@code input} is a dot command or {@code \q} rather than SQL. */
  public static boolean isCommand(String input) {
    String s = input.stripLeading();
    return s.startsWith(".") || s.startsWith("\\");
  }

  private boolean command(String line, String where) {
    String text = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    if (text.startsWith("\\")) {
      return backslashCommand(text.strip(), where);
    }
    return command(Arguments.words(text.substring(1)), where);
  }

  /** psql's commands that have a dot command here: {@code \\q}, {@code \\?}, {@code \\dt}, {@code \\d [TABLE]}. */
  private boolean backslashCommand(String text, String where) {
    List<String> words = Arguments.words(text.substring(1));
    String name = words.isEmpty() ? "" : words.get(0);
    List<String> args = words.subList(Math.min(1, words.size()), words.size());
    return switch (name) {
      case "q" -> command(List.of("quit"), where);
      case "?" -> command(List.of("help"), where);
      case "dt" -> command(List.of("tables"), where);
      case "d" -> command(args.isEmpty() ? List.of("tables") : List.of("schema", args.get(0)), where);
      default -> fail(where, "unknown command " + text + " (\\q quits, \\d and \\dt list tables; see .help)");
    };
  }

  /**
   * Runs the dot command whose name and arguments are {@code words} ({@code run}, {@code
   * net-leaks}…), reporting a failure as one for the exit status.
   *
   * @param where what to put before an error (a script's {@code file:line}), or null
   * @return false if it failed
   */
  public boolean command(List<String> words, String where) {
    String name = words.isEmpty() ? "" : words.get(0);
    Optional<DotCommand> found = commands.named(name);
    if (found.isEmpty()) {
      return fail(where, "unknown command ." + name + " ("
          + NearestName.of("." + name, commands.dottedNames()).map(n -> "did you mean " + n + "? ").orElse("") + "see .help)");
    }
    int failuresBefore = failures;
    try {
      found.get().execute(this, words.subList(1, words.size()));
      return failures == failuresBefore;
    } catch (CommandException | IOException e) {
      return fail(where, e.getMessage());
    } catch (OutputFailure e) {
      throw e; // the run ends: nothing more could be seen
    } catch (SQLException | RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      trace(e);
      report(where, SqlErrorMessage.lines(e, ""));
      failures++;
      return false;
    } finally {
      session.results().writer().flush();
    }
  }

  /**
   * Runs one statement ({@code DESCRIBE TABLE} and {@code SHOW TABLES} as their dot commands); a
   * failure is reported, after {@code name:firstLine} for a script, with its position counted in the
   * script's lines.
   *
   * @param name the script, or null for typed input (positions counted in the statement)
   * @param firstLine the script's line where the statement starts
   */
  private boolean sql(String statement, String name, long firstLine) {
    String where = name == null ? null : name + ":" + firstLine;
    Optional<List<String>> shortcut = SqlShortcuts.command(statement);
    if (shortcut.isPresent()) {
      return command(shortcut.get(), where);
    }
    try {
      if (session.execute(statement) > 0) {
        rowsSeen = true;
      }
      return true;
    } catch (OutputFailure e) {
      throw e;
    } catch (SQLException | RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      // Calcite reports some plans it cannot build with an AssertionError, and a constant
      // expression that fails (1/0) from the static initialiser of its generated code; a deeply
      // nested statement overflows the planner's recursion, maybe inside a class initialiser
      // (a LinkageError): still one statement's failure.
      trace(e);
      List<String> lines = new ArrayList<>(SqlErrorMessage.lines(e, statement, name == null ? 0 : firstLine - 1));
      UnknownNameHint.of(SqlErrorMessage.reason(e, statement), session.connection()).ifPresent(h -> lines.add("Hint: " + h));
      report(where, lines);
    }
    failures++;
    return false;
  }

  /** Reports a command used wrongly (an unknown one, bad arguments, an unreadable file): a failure, and a misuse. */
  private boolean fail(String where, String message) {
    report(where, List.of("Error: " + message));
    failures++;
    misuses++;
    return false;
  }

  private void report(String where, List<String> lines) {
    PrintWriter out = session.messages();
    for (int i = 0; i < lines.size(); i++) {
      out.println(VisibleText.of(i == 0 && where != null ? where + ": " + lines.get(i) : lines.get(i)));
    }
    out.flush();
  }

  private void trace(Throwable e) {
    if (debug) {
      e.printStackTrace(session.messages());
    }
  }

  @Override
  public boolean execute(String sql) {
    return sql(sql, null, 1);
  }

  @Override
  public int scriptDepth() {
    return scriptDepth;
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public DotCommands commands() {
    return commands;
  }

  @Override
  public Connection open(List<String> logs) throws CommandException {
    return opener.open(logs);
  }

  @Override
  public CopyDisplay copyDisplay() {
    return opener.copyDisplay();
  }

  @Override
  public void quit() {
    quit = true;
  }

  public boolean quitRequested() {
    return quit;
  }

  /** Whether any statement or command failed so far. */
  public boolean failed() {
    return failures > 0;
  }

  /** Whether every failure so far was a command used wrongly, none a statement that failed. */
  public boolean onlyMisused() {
    return failures > 0 && misuses == failures;
  }

  /** Whether any query returned at least one row so far. */
  public boolean rowsSeen() {
    return rowsSeen;
  }

  /**
   * Where running lines ended: stopped (by bail at an error, or a cancel), or after the last line
   * with a statement unfinished.
   */
  private record Ending(boolean stopped, String unfinished, long unfinishedLine) {
    static final Ending STOPPED = new Ending(true, "", 0);
  }
}
