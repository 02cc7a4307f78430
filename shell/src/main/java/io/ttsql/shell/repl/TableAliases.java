package io.ttsql.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the tables a statement being typed reads, and which table an alias stands for, for completion. */
final class TableAliases {
  /** {@code FROM|JOIN|, [schema.]table [AS] alias}, names optionally in double quotes. */
  private static final Pattern TABLE_AND_ALIAS = Pattern.compile(
      "(?:\\bfrom|\\bjoin|,)\\s*(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?(?:\\s+as)?\\s+\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);
  /** {@code FROM|JOIN|, [schema.]table}, names optionally in double quotes. */
  private static final Pattern TABLE = Pattern.compile(
      "(?:\\bfrom|\\bjoin|,)\\s*(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);
  /** Words that may follow a table where an alias could stand. */
  private static final Set<String> NOT_ALIASES = Set.of("where", "join", "on", "group", "order", "limit", "left",
      "right", "inner", "full", "cross", "natural", "using", "union", "having", "window", "fetch", "offset");

  private TableAliases() {}

  /**
   * The names (lower case) after {@code from}, {@code join} and commas in {@code statement}: its
   * tables, among words of the select list after commas, which are not tables.
   */
  static List<String> tablesIn(String statement) {
    List<String> tables = new ArrayList<>();
    Matcher m = TABLE.matcher(statement);
    while (m.find()) {
      tables.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return tables;
  }

  /** The table (lower case) that {@code alias} stands for in {@code statement}, or {@code alias} itself. */
  static String tableOf(String statement, String alias) {
    Matcher m = TABLE_AND_ALIAS.matcher(statement);
    while (m.find()) {
      String candidate = m.group(2).toLowerCase(Locale.ROOT);
      if (candidate.equals(alias) && !NOT_ALIASES.contains(candidate)) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return alias;
  }
}
