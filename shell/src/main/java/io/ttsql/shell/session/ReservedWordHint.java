package io.ttsql.shell.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * The hint for a parse error at a reserved word where a name could stand, as when a column is
 * called {@code time} or {@code function}: double-quote it; or, at a clause's first word after a
 * comma ({@code select kind, from events}), drop the comma.
 */
final class ReservedWordHint {
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"([A-Za-z_]+)");
  /** Words that start a clause or a join after a list: never meant as a name, unless after AS. */
  private static final Set<String> CLAUSE_WORDS = Set.of("FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
      "OFFSET", "FETCH", "UNION", "INTERSECT", "EXCEPT", "MINUS", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
      "CROSS", "NATURAL", "ON", "USING", "WINDOW");
  private static final Pattern AFTER_AS = Pattern.compile("(?i)(?:^|\\W)as\\s*$");

  private ReservedWordHint() {}

  /**
   * {@code time is a reserved word: to use it as a name, double-quote it ("time")}, {@code a list
   * ends without a comma: remove the one before from}, or empty.
   *
   * @param before the statement's text before the spot of the error
   */
  static Optional<String> of(SqlParseException error, String before) {
    Matcher encountered = ENCOUNTERED.matcher(String.valueOf(error.getMessage()));
    if (!encountered.find() || !nameExpected(error)) {
      return Optional.empty();
    }
    String word = encountered.group(1);
    if (!ReservedWords.contains(word)) {
      return Optional.empty();
    }
    String name = word.toLowerCase(Locale.ROOT);
    if (CLAUSE_WORDS.contains(word.toUpperCase(Locale.ROOT)) && !AFTER_AS.matcher(before).find()) {
      return before.stripTrailing().endsWith(",")
          ? Optional.of("a list ends without a comma: remove the one before " + name)
          : Optional.empty();
    }
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
