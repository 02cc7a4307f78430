package io.ttsql.shell.cli;

import io.ttsql.engine.LoadProgress;
import io.ttsql.shell.commands.CopyDisplay;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows, on a terminal, how far loading has got (bytes of the file, events so far), then how far
 * copying tables into DuckDB has got (rows), once the work has taken more than a second; erased
 * when it ends. DuckDB's threads report the copying, so the bar is drawn under a lock.
 */
final class ProgressBar implements LoadProgress, CopyDisplay {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintStream terminal;
  private final LongSupplier clock;
  private final long started;
  private long lastDrawn;
  private boolean shown;

  ProgressBar(PrintStream terminal) {
    this(terminal, System::nanoTime);
  }

  /** A display of a copy into DuckDB on {@code console}'s stderr: a bar on a terminal, else nothing. */
  static CopyDisplay forCopy(Console console) {
    return console.interactive() ? new ProgressBar(console.err()) : CopyDisplay.NONE;
  }

  /** @param clock the time in nanoseconds, as {@link System#nanoTime} gives it */
  ProgressBar(PrintStream terminal, LongSupplier clock) {
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  @Override
  public synchronized void update(String file, long bytesRead, long bytesTotal, long events) {
    if (!due()) {
      return;
    }
    String amount;
    String bar;
    if (bytesTotal > 0) {
      bar = bar(bytesRead, bytesTotal) + ' ';
      amount = String.format(Locale.ROOT, "%3.0f%% %s / %s", percent(bytesRead, bytesTotal), mb(bytesRead), mb(bytesTotal));
    } else {
      bar = "";
      amount = mb(bytesRead);
    }
    draw(String.format(Locale.ROOT, "loading %s %s%s, %,d events", file, bar, amount, events));
  }

  @Override
  public void copiedToDuckDb(long rowsCopied, long rowsTotal) {
    update(rowsCopied, rowsTotal);
  }

  /** Shows how many rows of the tables being copied into DuckDB are copied. */
  @Override
  public synchronized void update(long rows, long total) {
    if (due() && total > 0) {
      draw(String.format(Locale.ROOT, "copying into DuckDB %s %3.0f%% %,d / %,d rows",
          bar(rows, total), percent(rows, total), rows, total));
    }
  }

  /** Whether to draw now: a second after the start, and at most ten times a second. */
  private boolean due() {
    long now = clock.getAsLong();
    if (now - started < DELAY_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return false;
    }
    lastDrawn = now;
    return true;
  }

  private void draw(String line) {
    shown = true;
    terminal.print("\r\u001b[K" + line);
    terminal.flush();
  }

  private static double percent(long done, long total) {
    return Math.min(100.0, 100.0 * done / total);
  }

  private static String bar(long done, long total) {
    int filled = (int) Math.round(percent(done, total) / 100 * BAR_WIDTH);
    return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
  }

  /** Erases the bar, if it was drawn. */
  @Override
  public synchronized void close() {
    if (shown) {
      terminal.print("\r\u001b[K");
      terminal.flush();
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
