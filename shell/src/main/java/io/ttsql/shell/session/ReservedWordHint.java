package io.ttsql.shell.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * The hint for a parse error at a reserved word where a name could stand, as when a column is
 * called {@code time} or {@code function}: double-quote it.
 */
final class ReservedWordHint {
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"([A-Za-z_]+)");

  private ReservedWordHint() {}

  /** {@code time is a reserved word: to use it as a name, double-quote it ("time")}, or empty. */
  static Optional<String> of(SqlParseException error) {
    Matcher encountered = ENCOUNTERED.matcher(String.valueOf(error.getMessage()));
    if (!encountered.find() || !nameExpected(error)) {
      return Optional.empty();
    }
    String word = encountered.group(1);
    if (!ReservedWords.contains(word)) {
      return Optional.empty();
    }
    String name = word.toLowerCase(Locale.ROOT);
    return Optional.of(name + " is a reserved word: to use it as a name, double-quote it (\"" + name + "\")");
  }

  /** Whether one of the tokens the parser expected there is a name. */
  private static boolean nameExpected(SqlParseException error) {
    int[][] expected = error.getExpectedTokenSequences();
    String[] images = error.getTokenImages();
    if (expected == null || images == null) {
      return false;
    }
    return Arrays.stream(expected).filter(sequence -> sequence.length > 0)
        .map(sequence -> images[sequence[0]])
        .anyMatch(image -> image.equals("<IDENTIFIER>") || image.equals("<QUOTED_IDENTIFIER>"));
  }
}
