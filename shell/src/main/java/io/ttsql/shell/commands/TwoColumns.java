package io.ttsql.shell.commands;

import java.io.PrintWriter;
import java.util.List;

/** Prints listings of two aligned columns, a name and what it is: {@code .help}, {@code .queries}, {@code .functions}. */
public final class TwoColumns {
  /** One line of a listing. */
  public record Row(String name, String text) {}

  private TwoColumns() {}

  /** Prints each row as the name, padded to the longest name plus two spaces, then the text. */
  public static void print(PrintWriter out, List<Row> rows) {
    int width = 0;
    for (Row row : rows) {
      width = Math.max(width, row.name().length());
    }
    for (Row row : rows) {
      out.println(row.name() + " ".repeat(width - row.name().length() + 2) + row.text());
    }
  }
}
