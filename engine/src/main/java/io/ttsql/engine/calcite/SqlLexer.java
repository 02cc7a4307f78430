package io.ttsql.engine.calcite;

/**
 * The parts of SQL text that other characters mean nothing inside: string literals ({@code '…'}),
 * quoted identifiers ({@code "…"}) and comments ({@code -- …}, {@code /* … *}{@code /}). The saved
 * queries' placeholders, the shell's statement splitting and highlighting all step over them the
 * same way; one left open runs to the end of the text.
 */
public final class SqlLexer {
  private SqlLexer() {}

  /** What starts at a position of SQL text. */
  public enum Part {
    /** A string literal, {@code '…'}. */
    STRING,
    /** A quoted identifier, {@code "…"}. */
    QUOTED_IDENTIFIER,
    /** A line comment or a block comment. */
    COMMENT,
    /** Anything else: one character of the statement's own text. */
    CODE
  }

  /** What starts at {@code sql[i]}. */
  public static Part partAt(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'') {
      return Part.STRING;
    }
    if (c == '"') {
      return Part.QUOTED_IDENTIFIER;
    }
    return sql.startsWith("--", i) || sql.startsWith("/*", i) ? Part.COMMENT : Part.CODE;
  }

  /** The index after the literal, quoted identifier or comment starting at {@code i}, or {@code i} when none does. */
  public static int skipQuotedOrComment(String sql, int i) {
    return switch (partAt(sql, i)) {
      case STRING, QUOTED_IDENTIFIER -> {
        int close = sql.indexOf(sql.charAt(i), i + 1);
        yield close < 0 ? sql.length() : close + 1;
      }
      case COMMENT -> {
        if (sql.startsWith("--", i)) {
          int newline = sql.indexOf('\n', i);
          yield newline < 0 ? sql.length() : newline;
        }
        int close = sql.indexOf("*/", i + 2);
        yield close < 0 ? sql.length() : close + 2;
      }
      case CODE -> i;
    };
  }
}
