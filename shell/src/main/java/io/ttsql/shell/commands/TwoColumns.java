package io.ttsql.shell.commands;

import io.ttsql.shell.output.WrappedText;
import java.io.PrintWriter;
import java.util.List;

/** Prints listings of two aligned columns, a name and what it is: {@code .help}, {@code .queries}, {@code .functions}. */
public final class TwoColumns {
  /** Below this many columns for the text beside the names, wrapping would make a narrow ribbon: it goes under them. */
  private static final int NARROWEST_TEXT = 20;
  /** What starts each line of a text under its name. */
  private static final String UNDER = "    ";

  /** One line of a listing. */
  public record Row(String name, String text) {}

  private TwoColumns() {}

  /**
   * Prints each row as the name, padded to the longest name plus two spaces, then the text, which
   * wraps at spaces under itself to stay within {@code width} columns (0: no limit); when that
   * leaves the text too narrow a column, each text goes on the lines below its name, indented,
   * wrapped to the width, rather than be cut mid-word by the terminal.
   */
  public static void print(PrintWriter out, List<Row> rows, int width) {
    int names = 0;
    for (Row row : rows) {
      names = Math.max(names, row.name().length());
    }
    int indent = names + 2;
    int textWidth = width - indent;
    boolean beside = width <= 0 || textWidth >= NARROWEST_TEXT;
    for (Row row : rows) {
      if (beside) {
        String text = WrappedText.wrap(row.text(), Math.max(0, textWidth), " ".repeat(indent));
        out.println(row.name() + " ".repeat(indent - row.name().length()) + text);
      } else {
        out.println(row.name());
        out.println(UNDER + WrappedText.wrap(row.text(), width - UNDER.length(), UNDER));
      }
    }
  }
}
