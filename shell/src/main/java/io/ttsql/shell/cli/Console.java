package io.ttsql.shell.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one run, and whether a person is at a terminal (then the shell is
 * interactive, tables fit the screen and loading shows progress).
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
  /** The process's own streams; interactive when both stdin and stdout are terminals. */
  public static Console system() {
    return new Console(System.in, System.out, System.err, System.console() != null);
  }
}
