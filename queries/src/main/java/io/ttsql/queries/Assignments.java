package io.ttsql.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads parameter values written as {@code NAME=VALUE} ({@code --param limit=5}, {@code .run top-callsites limit=5}). */
public final class Assignments {
  private Assignments() {}

  /**
   * The values by name; the text after the first {@code =} is the value, as is.
   *
   * @throws QueryException for a word without {@code =} or a name given twice
   */
  public static Map<String, String> parse(List<String> words) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq <= 0) {
        throw new QueryException("a parameter is NAME=VALUE, not " + word);
      }
      String name = word.substring(0, eq);
      if (values.put(name, word.substring(eq + 1)) != null) {
        throw new QueryException("parameter " + name + " is given twice");
      }
    }
    return values;
  }
}
