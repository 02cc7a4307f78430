package io.ttsql.shell.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hint for PostgreSQL's and DuckDB's {@code x::type} cast, which ttsql's SQL reads as two
 * stray colons: write {@code CAST(x AS type)}.
 */
final class CastHint {
  /** The parser's reason for the first of the two colons. */
  private static final String TWO_COLONS = "Encountered \": :\"";
  /** The type name typed after the colons, if any. */
  private static final Pattern TYPE = Pattern.compile("^::\\s*([A-Za-z_][A-Za-z_0-9]*)");

  private CastHint() {}

  /**
   * The hint for a parse error of {@code reason} at the text {@code at} (the statement from the
   * error's position on), or empty when it is not a {@code ::} cast.
   */
  static Optional<String> of(String reason, String at) {
    if (!reason.startsWith(TWO_COLONS)) {
      return Optional.empty();
    }
    Matcher type = TYPE.matcher(at);
    String target = type.find() ? type.group(1) : "type";
    return Optional.of("ttsql's SQL has no :: cast: write cast(… as " + target + ")");
  }
}
