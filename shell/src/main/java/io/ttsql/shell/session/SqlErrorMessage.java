package io.ttsql.shell.session;

import io.ttsql.engine.calcite.HexLiterals;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns a failed statement's exception into what a person reads: one line with the reason and the
 * position, then, where the position is known, the statement's line with carets under the spot,
 * and a hint when the spot is a reserved word used as a name, a {@code ::} cast, or when a hex address was quoted.
 */
public final class SqlErrorMessage {
  private static final String WRAPPER = "Error while executing SQL \"";
  /** How the driver wraps a failure of the statement's own code: {@code Error while executing SQL: reason}. */
  private static final String RUN_WRAPPER = "Error while executing SQL: ";
  private static final String PREPARE_WRAPPER = "Error while preparing statement";
  private static final String JDBC_WRAPPER = "While executing SQL [";
  /** Calcite's words for a statement that starts with no statement's keyword. */
  private static final String NOT_A_QUERY = "Non-query expression encountered in illegal context";
  /** How the parser's lexer starts its failures. */
  private static final String LEXICAL_ERROR = "Lexical error";
  /** Calcite's words for a statement that ends where more was needed: the tokens up to the end. */
  private static final Pattern ENDS_TOO_SOON = Pattern.compile("^Encountered \"(?:.* )?<EOF>\"$");
  private static final Pattern JAVA_EXCEPTION_NAME = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

  private SqlErrorMessage() {}

  /**
   * The lines to print for {@code error} raised by {@code sql}: a {@link SQLException}, or what
   * Calcite's generated code throws past the driver (an {@link ExceptionInInitializerError} for a
   * constant expression that fails, an {@link AssertionError} for a plan it cannot build).
   */
  public static List<String> lines(Throwable error, String sql) {
    return lines(error, sql, 0);
  }

  /**
   * As {@link #lines(Throwable, String)}, with the position's line counted {@code lineOffset}
   * further: the lines of a script before the statement.
   */
  public static List<String> lines(Throwable error, String sql, long lineOffset) {
    Located located = locate(error, sql);
    String reason = located.reason();
    Position position = located.position();
    List<String> lines = new ArrayList<>();
    if (position == null || position.line() < 1) {
      lines.add("Error: " + reason);
      located.hint().ifPresent(hint -> lines.add("Hint: " + hint));
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "Error: %s (line %d, column %d)", reason, position.line() + lineOffset,
        position.column()));
    String[] sqlLines = sql.split("\n", -1);
    if (position.line() <= sqlLines.length) {
      String text = sqlLines[position.line() - 1].replace('\t', ' ');
      lines.add("  " + text);
      lines.add("  " + " ".repeat(Math.max(0, position.column() - 1)) + "^".repeat(position.caretWidth(text.length())));
    }
    located.hint().ifPresent(hint -> lines.add("Hint: " + hint));
    return lines;
  }

  /** Why {@code sql} failed, in one line without its position: {@code Column 'x' not found in any table}. */
  public static String reason(Throwable error, String sql) {
    return locate(error, sql).reason();
  }

  private static Located locate(Throwable error, String sql) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CalciteContextException context) {
        Position position = Position.inTyped(sql,
            context.getPosLine(), context.getPosColumn(), context.getEndPosLine(), context.getEndPosColumn());
        String reason = context.getCause() != null ? context.getCause().getMessage() : context.getMessage();
        return new Located(reason, position, Optional.empty());
      }
      if (t instanceof SqlParseException parse && parse.getPos() != null) { // none when the parser overflowed its stack
        SqlParserPos pos = parse.getPos();
        Position position = Position.inTyped(sql, pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
        String reason = firstLine(parse.getMessage()).replaceFirst(" at line \\d+, column \\d+\\.?$", "");
        if (reason.startsWith(NOT_A_QUERY)) { // a misspelt keyword (selec 1), or a statement ttsql has not (use b)
          reason = "syntax error: a statement starts with SELECT, WITH, VALUES, EXPLAIN, DESCRIBE or SHOW";
        } else if (reason.startsWith(LEXICAL_ERROR)) {
          position = beforeLineEnd(sql, position, reason);
          reason = unexpectedCharacter(sql, position, reason);
        } else if (ENDS_TOO_SOON.matcher(reason).matches()) { // select * from events where, size >
          reason = "syntax error at end of input";
        }
        String before = textBefore(sql, position);
        Optional<String> hint = ReservedWordHint.of(parse, before);
        if (hint.isEmpty()) {
          hint = CastHint.of(reason, sql.substring(before.length()));
        }
        return new Located(reason, position, hint);
      }
    }
    String reason = unwrap(error, sql);
    return new Located(reason, null, HexLiteralHint.ofReason(reason));
  }

  /**
   * The message without the driver's wrappers ({@code Error while executing SQL "…": }, {@code
   * Error while executing SQL: }, {@code Error while preparing statement […]}) and Java's
   * exception names, first line only; a failure of the query's conversions is said in SQL's words
   * (its arithmetic the driver says so already), and a statement too deep for the planner's
   * recursion (a StackOverflowError, maybe inside a class initialiser) or one whose rows filled the
   * heap in a user's.
   */
  private static String unwrap(Throwable error, String sql) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof StackOverflowError) {
        break;
      }
      root = root.getCause();
    }
    if (root instanceof StackOverflowError) {
      return "the statement is nested too deeply to plan; split it, or write a long OR chain as IN (…)";
    }
    if (root instanceof OutOfMemoryError) {
      return OutOfMemory.reason(); // the statement's rows did not fit in the heap
    }
    if (root instanceof NumberFormatException) {
      String text = withoutJavaNames(String.valueOf(root.getMessage()));
      if (text.startsWith("Character ")) {
        return "not a number"; // BigDecimal's words for a text that is not one
      }
      String input = text.replaceFirst("^For input string: ", "");
      return (input.matches("\"?-?[0-9]+\"?") ? "number out of range: " : "not a number: ") + input;
    }
    String message = error instanceof SQLException ? error.getMessage() : null;
    if (message != null && message.contains(JDBC_WRAPPER) && root != error && root.getMessage() != null) {
      message = root.getMessage(); // the DuckDB store: its own error, not the SQL Calcite sent it
    }
    if (message == null || message.startsWith(PREPARE_WRAPPER)) {
      message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
    String prefix = WRAPPER + sql + "\": ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    } else if (message.startsWith(RUN_WRAPPER)) {
      message = message.substring(RUN_WRAPPER.length());
    }
    String reason = withoutJavaNames(firstLine(message));
    if (reason.endsWith(":") && root != error && root.getMessage() != null) {
      reason += " " + withoutJavaNames(firstLine(root.getMessage())); // the reason is in the cause
    }
    return reason;
  }

  /**
   * The lexer's failure said with the character it met, which it named by its first UTF-16 half
   * only ({@code Encountered: "\ud83d" (55357)} for 🔍): {@code unexpected character '🔍'
   * (U+1F50D)}; {@code reason} as it is when the position is outside the statement.
   */
  private static String unexpectedCharacter(String sql, Position position, String reason) {
    String[] sqlLines = sql.split("\n", -1);
    if (position.line() < 1 || position.line() > sqlLines.length) {
      return reason;
    }
    String line = sqlLines[position.line() - 1];
    int at = position.column() - 1;
    if (at < 0 || at >= line.length()) {
      return reason;
    }
    int character = line.codePointAt(at);
    return String.format(Locale.ROOT, "unexpected character '%s' (U+%04X)", Character.toString(character), character);
  }

  /**
   * Where the lexer failed: the last character of the line when it says so just past the line's end
   * with no text of a token before it ({@code Encountered: <EOF> after : ""} for {@code select 1 \}),
   * where that character could only start a longer token; else {@code position}.
   */
  private static Position beforeLineEnd(String sql, Position position, String reason) {
    String[] sqlLines = sql.split("\n", -1);
    if (!reason.endsWith(" after : \"\"") || position.line() < 1 || position.line() > sqlLines.length) {
      return position;
    }
    String line = sqlLines[position.line() - 1];
    if (line.isEmpty() || position.column() != line.length() + 1) {
      return position;
    }
    int column = line.offsetByCodePoints(line.length(), -1) + 1;
    return new Position(position.line(), column, position.line(), column);
  }

  /** The text of {@code sql} before {@code position}; all of it when the position is outside it. */
  private static String textBefore(String sql, Position position) {
    String[] sqlLines = sql.split("\n", -1);
    if (position.line() < 1 || position.line() > sqlLines.length) {
      return sql;
    }
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < position.line() - 1; i++) {
      before.append(sqlLines[i]).append('\n');
    }
    String line = sqlLines[position.line() - 1];
    return before.append(line, 0, Math.max(0, Math.min(line.length(), position.column() - 1))).toString();
  }

  /** {@code text} without leading Java exception names such as {@code java.lang.IllegalArgumentException: }. */
  private static String withoutJavaNames(String text) {
    return JAVA_EXCEPTION_NAME.matcher(text).replaceFirst("");
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }

  /** A failure's reason and, when known, where in the statement it is and a hint at the fix. */
  private record Located(String reason, Position position, Optional<String> hint) {}

  /** A 1-based span in the statement. */
  private record Position(int line, int column, int endLine, int endColumn) {
    /** The position Calcite gives in the statement it parsed, where hex numbers were decimal, moved back into {@code sql} as typed. */
    static Position inTyped(String sql, int line, int column, int endLine, int endColumn) {
      return new Position(line, HexLiterals.originalColumn(sql, line, column), endLine,
          HexLiterals.originalColumn(sql, endLine, endColumn));
    }

    int caretWidth(int lineLength) {
      int end = endLine == line && endColumn >= column ? endColumn : column;
      return Math.max(1, Math.min(end, lineLength) - column + 1);
    }
  }
}
