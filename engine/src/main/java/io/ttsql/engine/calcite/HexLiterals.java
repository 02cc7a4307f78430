package io.ttsql.engine.calcite;

import java.math.BigInteger;
import java.util.function.UnaryOperator;

/**
 * Hex numbers in SQL text ({@code where address = 0x3fe00000}), which Calcite's parser lacks: it
 * would read {@code 0x3fe00000} as the number 0 named {@code x3fe00000}. Each one outside the
 * strings, quoted names and comments that {@link SqlLexer} finds is written in decimal before the
 * statement is parsed, padded with spaces to its length when shorter, so that error positions after
 * it stay right (after one of ten digits or more, whose decimal is longer, they move right by as
 * many characters). Its value is the one {@code parse_address} gives: 16 digits from {@code
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
    return replaced(sql, HexLiterals::decimal);
  }

  /**
   * {@code sql} with each hex number replaced by zeros of its length: a statement that parses at
   * the same positions as {@code sql}, for reading its layout (not its values).
   */
  public static String asZeros(String sql) {
    return replaced(sql, hex -> "0".repeat(hex.length()));
  }

  /** {@code sql} with each hex number replaced by {@code replacement} of its text; the same string when it has none. */
  private static String replaced(String sql, UnaryOperator<String> replacement) {
    if (sql.indexOf('0') < 0) {
      return sql;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      int skipped = SqlLexer.skipQuotedOrComment(sql, i);
      if (skipped > i) {
        i = skipped;
      } else if (SqlLexer.isWordPart(sql.charAt(i))) {
        int end = wordEnd(sql, i);
        if (startsAsHex(sql, i, end)) {
          checkHexNumber(sql, i, end);
          out = out == null ? new StringBuilder(n) : out;
          out.append(sql, copied, i).append(replacement.apply(sql.substring(i, end)));
          copied = end;
        }
        i = end;
      } else {
        i++;
      }
    }
    return out == null ? sql : out.append(sql, copied, n).toString();
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
   * Refuses a word that starts as a hex number but is none ({@code 0x3fe0000g}, {@code 0x}), which
   * the parser would read as the number 0 named by the rest, without a word.
   */
  private static void checkHexNumber(String sql, int start, int end) {
    boolean digits = end - start > 2;
    for (int i = start + 2; i < end && digits; i++) {
      digits = isHexDigit(sql.charAt(i));
    }
    if (!digits) {
      throw new IllegalArgumentException(
          sql.substring(start, end) + " is not a hex number: write 0x and hex digits (0-9, a-f)");
    }
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
