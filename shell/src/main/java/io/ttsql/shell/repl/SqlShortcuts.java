package io.ttsql.shell.repl;

import io.ttsql.engine.calcite.SqlLexer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements other databases answer that Calcite's SQL does not parse, {@code DESCRIBE TABLE} and
 * {@code SHOW TABLES}, as the dot command that answers them ({@code .schema TABLE}, {@code .tables}).
 */
final class SqlShortcuts {
  private static final Pattern DESCRIBE = Pattern.compile("(?i)desc(?:ribe)?\\s+(?:table\\s+)?([A-Za-z_][\\w.]*)\\s*;?");
  private static final Pattern SHOW_TABLES = Pattern.compile("(?i)show\\s+tables\\s*;?");

  private SqlShortcuts() {}

  /** The words of the dot command that answers {@code statement}, or empty for a statement to run as SQL. */
  static Optional<List<String>> command(String statement) {
    String text = withoutComments(statement).strip();
    Matcher describe = DESCRIBE.matcher(text);
    if (describe.matches()) {
      return Optional.of(List.of("schema", describe.group(1)));
    }
    return SHOW_TABLES.matcher(text).matches() ? Optional.of(List.of("tables")) : Optional.empty();
  }

  /** {@code statement} with each comment ({@link SqlLexer}) a blank: what the shortcuts read. */
  private static String withoutComments(String statement) {
    StringBuilder code = new StringBuilder(statement.length());
    for (int i = 0; i < statement.length(); ) {
      int end = SqlLexer.skipQuotedOrComment(statement, i);
      if (end == i) {
        code.append(statement.charAt(i++));
      } else {
        code.append(SqlLexer.partAt(statement, i) == SqlLexer.Part.COMMENT ? " " : statement.substring(i, end));
        i = end;
      }
    }
    return code.toString();
  }
}
