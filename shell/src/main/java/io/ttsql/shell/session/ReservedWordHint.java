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
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"([^\"]+)\"");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");
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
    if (!encountered.find()) {
      return Optional.empty();
    }
    String[] tokens = encountered.group(1).split(" ");
    int at = nameExpectedAt(error, tokens);
    if (at < 0 || !WORD.matcher(tokens[at]).matches() || !ReservedWords.contains(tokens[at])) {
      return Optional.empty();
    }
    String lead = before + " " + String.join(" ", Arrays.asList(tokens).subList(0, at));
    String name = tokens[at].toLowerCase(Locale.ROOT);
    if (CLAUSE_WORDS.contains(tokens[at].toUpperCase(Locale.ROOT)) && !AFTER_AS.matcher(lead).find()) {
      return lead.stripTrailing().endsWith(",")
          ? Optional.of("a list ends without a comma: remove the one before " + name)
          : Optional.empty();
    }
    return Optional.of(name + " is a reserved word: to use it as a name, double-quote it (\"" + name + "\")");
  }

  /**
   * Which of the encountered tokens stands where the parser expected a name, after the keywords
   * it read before it ({@code function} of {@code and function}, where {@code and} was fine), or -1.
   */
  private static int nameExpectedAt(SqlParseException error, String[] tokens) {
    int[][] expected = error.getExpectedTokenSequences();
    String[] images = error.getTokenImages();
    if (expected == null || images == null) {
      return -1;
    }
    for (int at = 0; at < tokens.length; at++) {
      for (int[] sequence : expected) {
        if (sequence.length > at && isName(images[sequence[at]]) && readBefore(sequence, at, images, tokens)) {
          return at;
        }
      }
    }
    return -1;
  }

  /** Whether the first {@code at} tokens of {@code sequence} are the keywords {@code tokens} begins with. */
  private static boolean readBefore(int[] sequence, int at, String[] images, String[] tokens) {
    for (int i = 0; i < at; i++) {
      if (!images[sequence[i]].equalsIgnoreCase("\"" + tokens[i] + "\"")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String image) {
    return image.equals("<IDENTIFIER>") || image.equals("<QUOTED_IDENTIFIER>");
  }
}
