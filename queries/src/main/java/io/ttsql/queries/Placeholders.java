package io.ttsql.queries;

import io.ttsql.engine.calcite.SqlLexer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds and replaces the {@code :name} placeholders of a query body. Text inside the string
 * literals, quoted identifiers and comments that {@link SqlLexer} finds is left alone, and so is a
 * {@code ::} cast.
 */
final class Placeholders {
  private Placeholders() {}

  /** The placeholder names of {@code sql}, in order of first use. */
  static Set<String> names(String sql) {
    Set<String> names = new LinkedHashSet<>();
    scan(sql, names::add, null);
    return names;
  }

  /** {@code sql} with every placeholder replaced by its SQL text in {@code texts}, which must hold them all. */
  static String substitute(String sql, Map<String, String> texts) {
    StringBuilder out = new StringBuilder(sql.length());
    scan(sql, name -> out.append(texts.get(name)), out);
    return out.toString();
  }

  /** Calls {@code onName} for each placeholder; copies everything else to {@code copy} when it is not null. */
  private static void scan(String sql, Consumer<String> onName, StringBuilder copy) {
    int i = 0;
    while (i < sql.length()) {
      int skipped = SqlLexer.skipQuotedOrComment(sql, i);
      if (skipped > i) {
        append(copy, sql, i, skipped);
        i = skipped;
        continue;
      }
      char c = sql.charAt(i);
      boolean starts = c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))
          && (i == 0 || sql.charAt(i - 1) != ':');
      if (starts) {
        int end = i + 1;
        while (end < sql.length() && isNamePart(sql.charAt(end))) {
          end++;
        }
        onName.accept(sql.substring(i + 1, end));
        i = end;
      } else {
        append(copy, sql, i, i + 1);
        i++;
      }
    }
  }

  private static void append(StringBuilder copy, String sql, int from, int to) {
    if (copy != null) {
      copy.append(sql, from, to);
    }
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '_';
  }
}
