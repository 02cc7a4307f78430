package io.ttsql.shell.commands;

import io.ttsql.shell.output.WrappedText;
import java.io.PrintWriter;
import java.util.List;

/** Prints listings of two aligned columns, a name and what it is: {@code .help}, {@code .queries}, {@code .functions}. */
public final class TwoColumns {
  /** Below this many columns for the text, wrapping would make a narrow ribbon: lines stay whole. */
  private static final int NARROWEST_TEXT = 20;

  /** One line of a listing. */
  public record Row(String name, String text) {}

  private TwoColumns() {}

  /**
   * Prints each row as the name, padded to the longest name plus two spaces, then the text, which
   * wraps at spaces under itself to stay within {@code width} columns (0: no limit).
   */
  public static void print(PrintWriter out, List<Row> rows, int width) {
    int names = 0;
    for (Row row : rows) {
      names = Math.max(names, row.name().length());
    }
    int indent = names + 2;
    int textWidth = width - indent;
    for (Row row : rows) {
      String text = WrappedText.wrap(row.text(), textWidth < NARROWEST_TEXT ? 0 : textWidth, " ".repeat(indent));
      out.println(row.name() + " ".repeat(indent - row.name().length()) + text);
    }
  }
}
