package io.ttsql.shell.output;

/** Breaks text into lines at spaces to fit a width, as the shell's help, listings and notes under tables do. */
public final class WrappedText {
  private WrappedText() {}

  /**
   * {@code text} in lines of at most {@code width} characters broken at spaces, joined by {@code
   * \n} and each line after the first starting with {@code indent} (not counted in {@code
   * width}); a word longer than a line keeps a line to itself, and a width of 0 or less leaves the
   * text whole.
   */
  public static String wrap(String text, int width, String indent) {
    StringBuilder wrapped = new StringBuilder();
    String rest = text;
    while (width > 0 && rest.length() > width) {
      int space = rest.lastIndexOf(' ', width);
      if (space <= 0) {
        space = rest.indexOf(' ', width);
        if (space < 0) {
          break;
        }
      }
      wrapped.append(rest, 0, space).append('\n').append(indent);
      rest = rest.substring(space + 1);
    }
    return wrapped.append(rest).toString();
  }
}
