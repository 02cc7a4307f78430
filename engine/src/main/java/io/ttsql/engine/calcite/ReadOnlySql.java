package io.ttsql.engine.calcite;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises statements that would change data or schema, which ttsql's tables (made from logs)
 * refuse: every statement a connection prepares is checked here, whichever store holds the tables.
 */
final class ReadOnlySql {
  /** A keyword that starts a statement that writes. */
  private static final Pattern WRITE =
      Pattern.compile("(insert|update|delete|merge|upsert|create|drop|alter|truncate)\\b", Pattern.CASE_INSENSITIVE);

  private ReadOnlySql() {}

  /** Why {@code statement} is refused, in one line, or null when it only reads. */
  static String refusal(String statement) {
    Matcher m = WRITE.matcher(statement).region(firstWord(statement), statement.length());
    if (!m.lookingAt()) {
      return null;
    }
    return "ttsql is read-only: " + m.group(1).toUpperCase(Locale.ROOT)
        + " is not supported (the tables are the logs'; ttsql export writes a DuckDB copy to change)";
  }

  /** Where the statement's first word is: after the blanks and comments ({@link SqlLexer}) it starts with. */
  private static int firstWord(String statement) {
    int i = 0;
    while (i < statement.length()) {
      if (Character.isWhitespace(statement.charAt(i))) {
        i++;
      } else if (SqlLexer.partAt(statement, i) == SqlLexer.Part.COMMENT) {
        i = SqlLexer.skipQuotedOrComment(statement, i);
      } else {
        break;
      }
    }
    return i;
  }
}
