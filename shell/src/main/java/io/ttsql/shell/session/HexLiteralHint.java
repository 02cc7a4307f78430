package io.ttsql.shell.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The hint for a hex number where SQL has none, as an address copied from a table or a log
 * ({@code where address = 0x3fe00000}, or the string {@code '0x3fe00000'} compared with a number):
 * write it {@code parse_address('0x3fe00000')}.
 */
final class HexLiteralHint {
  /** The parser reads {@code 0x3fe00000} as the number 0 followed by the name {@code x3fe00000}. */
  private static final Pattern HEX_TAIL = Pattern.compile("^Encountered \"(x[0-9A-Fa-f]+)\"");
  /** A string that is a hex number, where a number was needed. */
  private static final Pattern HEX_STRING = Pattern.compile("^not a number: \"(0[xX][0-9A-Fa-f]+)\"$");

  private HexLiteralHint() {}

  /** The hint for a parse error of {@code sql} at the {@code x…} of a hex number, or empty. */
  static Optional<String> of(SqlParseException error, String sql) {
    Matcher tail = HEX_TAIL.matcher(String.valueOf(error.getMessage()));
    SqlParserPos pos = error.getPos();
    if (!tail.find() || pos == null) {
      return Optional.empty();
    }
    String[] lines = sql.split("\n", -1);
    int before = pos.getColumnNum() - 2; // the character before the x, 0-based
    boolean afterZero = pos.getLineNum() >= 1 && pos.getLineNum() <= lines.length && before >= 0
        && before < lines[pos.getLineNum() - 1].length() && lines[pos.getLineNum() - 1].charAt(before) == '0';
    return afterZero ? Optional.of(hint("0" + tail.group(1))) : Optional.empty();
  }

  /** The hint for a failure whose reason is a hex string that is not a number, or empty. */
  static Optional<String> ofReason(String reason) {
    Matcher string = HEX_STRING.matcher(reason);
    return string.find() ? Optional.of(hint(string.group(1))) : Optional.empty();
  }

  private static String hint(String hex) {
    return "SQL has no hex numbers: write the address as parse_address('" + hex + "')";
  }
}
