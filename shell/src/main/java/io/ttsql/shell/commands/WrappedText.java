package io.ttsql.shell.commands;

import java.io.PrintWriter;

/** Prints text in lines broken at spaces to fit a width, as the shell's help and listings do. */
final class WrappedText {
  private WrappedText() {}

  /**
   * Prints {@code text} in lines of at most {@code width} characters broken at spaces, each line
   * after the first starting with {@code indent} (not counted in {@code width}); a word longer
   * than a line keeps a line to itself, and a width of 0 or less prints the text whole.
   */
  static void println(PrintWriter out, String text, int width, String indent) {
    String rest = text;
    while (width > 0 && rest.length() > width) {
      int space = rest.lastIndexOf(' ', width);
      if (space <= 0) {
        space = rest.indexOf(' ', width);
        if (space < 0) {
          break;
        }
      }
      out.println(rest.substring(0, space));
      out.print(indent);
      rest = rest.substring(space + 1);
    }
    out.println(rest);
  }
}
