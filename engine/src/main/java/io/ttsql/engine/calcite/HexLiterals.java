package io.ttsql.engine.calcite;

import java.math.BigInteger;
import java.util.function.UnaryOperator;

/**
 * Hex numbers in SQL text ({@code where address = 0x3fe00000}), which Calcite's parser lacks: it
 * would read {@code 0x3fe00000} as the number 0 named {@code x3fe00000}. Each one outside the
 * strings, quoted names and comments that {@link SqlLexer} finds is written in decimal before the
 * statement is parsed, padded with spaces to its length when shorter, so that error positions after
 * it stay right (after one of ten digits or more, whose decimal is longer, {@link #originalColumn}
 * takes them back). Its value is the one {@code parse_address} gives: 16 digits from {@code
 * 0x8000000000000000} on are the negative BIGINT that holds such an address.
 */
public final class HexLiterals {
  private HexLiterals() {}

  /**
   * {@code sql} with its hex numbers in decimal; the same string when it has none.
   *
   * @throws IllegalArgumentException for a word that starts as a hex number but is none ({@code 0x3fe0000g})
   */
  public static String toDecimal(String sql) {
    return replaced(sql, hex -> decimal(checked(hex)));
  }

  /**
   * {@code sql} with each hex number replaced by zeros of its length: a statement that parses at
   * the same positions as {@code sql}, for reading its layout (not its values).
   */
  public static String asZeros(String sql) {
    return replaced(sql, hex -> "0".repeat(hex.length()));
  }

  /**
   * The column in {@code sql} of the character at {@code column} of line {@code line} (both from
   * 1) of {@link #toDecimal}'s text, where hex numbers whose decimal is longer come before it on
   * that line, or hold it: so that an error's position points at what the user wrote.
   */
  public static int originalColumn(String sql, int line, int column) {
    int lineStart = lineStart(sql, line);
    if (lineStart < 0) {
      return column;
    }
    int newline = sql.indexOf('\n', lineStart);
    int lineEnd = newline < 0 ? sql.length() : newline;
    // growth: how much longer the decimal text is before the column; inside: the column, when it
    // falls inside a hex number, at most that number's last character as typed.
    int[] growth = {0};
    int[] inside = {-1};
    forEachHexWord(sql, (start, end) -> {
      String word = sql.substring(start, end);
      if (start < lineStart || end > lineEnd || !isHexNumber(word) || inside[0] >= 0) {
        return;
      }
      int longer = decimal(word).length() - word.length();
      int parsedStart = start - lineStart + growth[0]; // 0-based, in the decimal text
      if (parsedStart + word.length() + longer < column) {
        growth[0] += longer;
      } else if (parsedStart < column) {
        inside[0] = Math.min(column - growth[0], end - lineStart);
      }
    });
    return inside[0] >= 0 ? inside[0] : column - growth[0];
  }

  /** Where line {@code line} (from 1) of {@code sql} starts, or -1 past its last line. */
  private static int lineStart(String sql, int line) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int newline = sql.indexOf('\n', start);
      if (newline < 0) {
        return -1;
      }
      start = newline + 1;
    }
    return start;
  }

  /** The start and end of a word in SQL text. */
  @FunctionalInterface
  private interface WordVisitor {
    void visit(int start, int end);
  }

  /** Calls {@code visitor} with each word outside strings, quoted names and comments that starts as a hex number ({@code 0x}). */
  private static void forEachHexWord(String sql, WordVisitor visitor) {
    if (sql.indexOf('0') < 0) {
      return;
    }
    int i = 0;
    int n = sql.length();
    while (i < n) {
      int skipped = SqlLexer.skipQuotedOrComment(sql, i);
      if (skipped > i) {
        i = skipped;
      } else if (SqlLexer.isWordPart(sql.charAt(i))) {
        int end = wordEnd(sql, i);
        if (startsAsHex(sql, i, end)) {
          visitor.visit(i, end);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /** {@code sql} with each word that starts as a hex number replaced by {@code replacement} of its text; the same string when it has none. */
  private static String replaced(String sql, UnaryOperator<String> replacement) {
    StringBuilder out = new StringBuilder(sql.length());
    int[] copied = {0};
    forEachHexWord(sql, (start, end) -> {
      out.append(sql, copied[0], start).append(replacement.apply(sql.substring(start, end)));
      copied[0] = end;
    });
    return copied[0] == 0 ? sql : out.append(sql, copied[0], sql.length()).toString();
  }

  /** The end of the name or number starting at {@code start}: a decimal point does not end a number. */
  private static int wordEnd(String sql, int start) {
    int i = start;
    boolean number = Character.isDigit(sql.charAt(start));
    while (i < sql.length() && (SqlLexer.isWordPart(sql.charAt(i)) || number && sql.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  private static boolean startsAsHex(String sql, int start, int end) {
    return end - start >= 2 && sql.charAt(start) == '0' && (sql.charAt(start + 1) | 0x20) == 'x';
  }

  /**
   * {@code word}, refused when it starts as a hex number but is none ({@code 0x3fe0000g}, {@code
   * 0x}), which the parser would read as the number 0 named by the rest, without a word.
   */
  private static String checked(String word) {
    if (!isHexNumber(word)) {
      throw new IllegalArgumentException(word + " is not a hex number: write 0x and hex digits (0-9, a-f)");
    }
    return word;
  }

  private static boolean isHexNumber(String word) {
    boolean digits = word.length() > 2;
    for (int i = 2; i < word.length() && digits; i++) {
      digits = isHexDigit(word.charAt(i));
    }
    return digits;
  }

  private static boolean isHexDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /** The decimal value of {@code hex} ({@code 0x…}), padded with spaces to its length when shorter. */
  private static String decimal(String hex) {
    BigInteger number = new BigInteger(hex.substring(2), 16);
    // In parentheses, a negative value cannot make a comment of a minus sign before it.
    String value = number.bitLength() == Long.SIZE ? "(" + number.longValue() + ")" : number.toString();
    return value.length() >= hex.length() ? value : value + " ".repeat(hex.length() - value.length());
  }
}
