package io.ttsql.shell.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one run, whether a person is at a terminal (then the shell is
 * interactive, tables fit the screen and loading shows progress), and whether they may be shown
 * colour.
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean interactive, boolean color) {
  /**
   * The process's own streams; interactive when both stdin and stdout are terminals, in colour then
   * unless {@code NO_COLOR} says otherwise.
   */
  public static Console system() {
    boolean interactive = System.console() != null;
    return new Console(System.in, System.out, System.err, interactive,
        interactive && colorAllowed(System.getenv("NO_COLOR")));
  }

  /** False when {@code NO_COLOR} is set and not empty, as https://no-color.org asks. */
  static boolean colorAllowed(String noColor) {
    return noColor == null || noColor.isEmpty();
  }
}
