package io.ttsql.engine.calcite;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises statements that would change data or schema, which ttsql's tables (made from logs)
 * refuse: every statement a connection prepares is checked here, whichever store holds the tables.
 */
final class ReadOnlySql {
  /** The first keyword after blanks and comments, when it starts a statement that writes. */
  private static final Pattern WRITE = Pattern.compile(
      "\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*(insert|update|delete|merge|upsert|create|drop|alter|truncate)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private ReadOnlySql() {}

  /** Why {@code statement} is refused, in one line, or null when it only reads. */
  static String refusal(String statement) {
    Matcher m = WRITE.matcher(statement);
    if (!m.find()) {
      return null;
    }
    return "ttsql is read-only: " + m.group(1).toUpperCase(Locale.ROOT)
        + " is not supported (the tables are the logs'; ttsql export writes a DuckDB copy to change)";
  }
}
