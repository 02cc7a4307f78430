package io.ttsql.shell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The user's terminal when there is one (for the shell and for fitting tables to its width), or none. */
public final class Screen implements AutoCloseable {
  private final Terminal terminal;

  private Screen(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Opens the system terminal. */
  public static Screen open() {
    try {
      return new Screen(TerminalBuilder.builder().system(true).build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  /** No terminal: output goes to a pipe or a file. */
  public static Screen none() {
    return new Screen(null);
  }

  /** The terminal; only valid after {@link #open()}. */
  public Terminal terminal() {
    if (terminal == null) {
      throw new IllegalStateException("no terminal");
    }
    return terminal;
  }

  /** Columns of the terminal, or 0 (no limit) without one. */
  public int width() {
    return terminal == null ? 0 : Math.max(0, terminal.getSize().getColumns());
  }

  @Override
  public void close() {
    if (terminal != null) {
      try {
        terminal.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
