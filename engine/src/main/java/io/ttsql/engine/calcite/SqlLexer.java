package io.ttsql.engine.calcite;

/**
 * The parts of SQL text that other characters mean nothing inside, as a connection's parser ({@link
 * io.ttsql.engine.Ttsql#sqlParserConfig}) reads them: string literals ({@code '…'}, and {@code E'…'}
 * where a backslash escapes the next character, {@code E'it\'s'}), quoted identifiers ({@code "…"}),
 * in both of which a doubled quote stays inside, and comments ({@code -- …} and {@code // …} up to
 * the line break, {@code /* … *}{@code /} not nested). Backticks and brackets quote nothing. The
 * saved queries' placeholders, the hex numbers of statements, the shell's statement splitting and
 * highlighting all step over these parts the same way; one left open runs to the end of the text.
 */
public final class SqlLexer {
  private SqlLexer() {}

  /** What starts at a position of SQL text. */
  public enum Part {
    /** A string literal, {@code '…'} or {@code E'…'}. */
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
    if (c == '\'' || isEscapeStringStart(sql, i)) {
      return Part.STRING;
    }
    if (c == '"') {
      return Part.QUOTED_IDENTIFIER;
    }
    return isLineCommentStart(sql, i) || sql.startsWith("/*", i) ? Part.COMMENT : Part.CODE;
  }

  /** The index after the literal, quoted identifier or comment starting at {@code i}, or {@code i} when none does. */
  public static int skipQuotedOrComment(String sql, int i) {
    int end = end(sql, i);
    return end < 0 ? sql.length() : end;
  }

  /**
   * Whether the literal, quoted identifier or block comment starting at {@code i} is left open: the
   * text ends before its closing quote or {@code *}{@code /}. (A line comment ends with the text.)
   */
  public static boolean isOpen(String sql, int i) {
    return end(sql, i) < 0;
  }

  /** Whether {@code c} belongs to a name or number: a letter, digit, {@code _} or {@code $}. */
  public static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** The index after the part starting at {@code i}; {@code i} for code; -1 when it is left open. */
  private static int end(String sql, int i) {
    return switch (partAt(sql, i)) {
      case STRING -> sql.charAt(i) == '\'' ? quotedEnd(sql, i, false) : quotedEnd(sql, i + 1, true);
      case QUOTED_IDENTIFIER -> quotedEnd(sql, i, false);
      case COMMENT -> isLineCommentStart(sql, i) ? lineEnd(sql, i) : blockCommentEnd(sql, i);
      case CODE -> i;
    };
  }

  /**
   * The index after the quoted text whose opening quote is at {@code open}, where a doubled quote
   * stays inside and, with {@code backslashEscapes}, so does a quote after a backslash; -1 when it
   * does not close.
   */
  private static int quotedEnd(String sql, int open, boolean backslashEscapes) {
    char quote = sql.charAt(open);
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c != quote) {
        i++;
      } else if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
        i += 2;
      } else {
        return i + 1;
      }
    }
    return -1;
  }

  /** The index of the line break that ends the line comment at {@code i}, or the text's end. */
  private static int lineEnd(String sql, int i) {
    for (int j = i; j < sql.length(); j++) {
      if (sql.charAt(j) == '\n' || sql.charAt(j) == '\r') {
        return j;
      }
    }
    return sql.length();
  }

  /** The index after the {@code *}{@code /} that closes the block comment at {@code i}, or -1. */
  private static int blockCommentEnd(String sql, int i) {
    int close = sql.indexOf("*/", i + 2);
    return close < 0 ? -1 : close + 2;
  }

  private static boolean isLineCommentStart(String sql, int i) {
    return sql.startsWith("--", i) || sql.startsWith("//", i);
  }

  /** Whether an {@code E'…'} string starts at {@code i}: an E that begins a word, then a quote. */
  private static boolean isEscapeStringStart(String sql, int i) {
    char c = sql.charAt(i);
    return (c == 'E' || c == 'e') && sql.startsWith("'", i + 1) && (i == 0 || !isWordPart(sql.charAt(i - 1)));
  }
}
