package io.ttsql.shell.cli;

import io.ttsql.engine.LoadProgress;
import io.ttsql.shell.commands.CopyDisplay;
import io.ttsql.shell.output.TextWidth;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Shows, on a terminal, how far loading has got (bytes of the file, events so far), then how far
 * copying tables into DuckDB has got (rows), once the work has taken more than a second; erased
 * when it ends. The line fits the terminal's width (80 columns when it is not known): a long file
 * name shows its end, and what still does not fit is cut. It is drawn with the terminal's line
 * wrapping off, so that a terminal made narrower meanwhile cuts it too instead of filling the
 * screen with wrapped rests. DuckDB's threads report the copying, so the bar is drawn under a lock.
 */
final class ProgressBar implements LoadProgress, CopyDisplay {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  /** The bar's widest and narrowest, in columns between its brackets. */
  private static final int BAR_WIDTH = 30;
  private static final int NARROWEST_BAR = 10;
  /** The width assumed of a terminal that does not say its own. */
  private static final int DEFAULT_COLUMNS = 80;
  /** A file name is cut no shorter than this to make room. */
  private static final int SHORTEST_FILE_NAME = 16;
  /** Erases the line the cursor is on and goes to its start. */
  private static final String ERASE = "\r\u001b[K";
  /** Turn the terminal's wrapping of long lines off, and on again (DECAWM). */
  private static final String WRAP_OFF = "\u001b[?7l";
  private static final String WRAP_ON = "\u001b[?7h";

  private final PrintStream terminal;
  private final IntSupplier columns;
  private final LongSupplier clock;
  private final long started;
  private long lastDrawn;
  private boolean shown;

  /**
   * @param terminal where the bar is drawn
   * @param columns the terminal's width, 0 when it is not known
   */
  ProgressBar(PrintStream terminal, IntSupplier columns) {
    this(terminal, columns, System::nanoTime);
  }

  /** @param clock the time in nanoseconds, as {@link System#nanoTime} gives it */
  ProgressBar(PrintStream terminal, IntSupplier columns, LongSupplier clock) {
    this.terminal = terminal;
    this.columns = columns;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /**
   * A display of a copy into DuckDB on {@code console}'s stderr: a bar on a terminal of {@code
   * columns} (0: not known), else nothing.
   */
  static CopyDisplay forCopy(Console console, IntSupplier columns) {
    return console.interactive() ? new ProgressBar(console.err(), columns) : CopyDisplay.NONE;
  }

  @Override
  public synchronized void update(String file, long bytesRead, long bytesTotal, long events) {
    if (!due()) {
      return;
    }
    boolean sized = bytesTotal > 0;
    String amount = sized
        ? String.format(Locale.ROOT, "%3.0f%% %.1f / %.1f MB", percent(bytesRead, bytesTotal), mb(bytesRead), mb(bytesTotal))
        : String.format(Locale.ROOT, "%.1f MB", mb(bytesRead));
    String counted = String.format(Locale.ROOT, ", %,d events", events);
    // "loading NAME [BAR] AMOUNT, N events": the name and the bar share what the rest leaves, the
    // bar between its narrowest and widest, the name no shorter than SHORTEST_FILE_NAME.
    int room = width() - "loading ".length() - amount.length() - counted.length();
    int barRoom = sized ? NARROWEST_BAR + "[] ".length() : 0;
    String name = TextWidth.fitEnd(file, Math.max(SHORTEST_FILE_NAME, room - " ".length() - barRoom));
    String bar = "";
    if (sized) {
      int barWidth = Math.max(NARROWEST_BAR, Math.min(BAR_WIDTH, room - name.length() - " [] ".length()));
      bar = bar(bytesRead, bytesTotal, barWidth) + ' ';
    }
    draw("loading " + name + " " + bar + amount + counted);
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
          bar(rows, total, BAR_WIDTH), percent(rows, total), rows, total));
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

  /** The columns the line may take: all but the last, where the cursor waits. */
  private int width() {
    int known = columns.getAsInt();
    return (known > 0 ? known : DEFAULT_COLUMNS) - 1;
  }

  private void draw(String line) {
    shown = true;
    int width = width();
    String fitted = line.codePointCount(0, line.length()) <= width ? line : line.substring(0, line.offsetByCodePoints(0, width));
    terminal.print(ERASE + WRAP_OFF + fitted + WRAP_ON);
    terminal.flush();
  }

  private static double percent(long done, long total) {
    return Math.min(100.0, 100.0 * done / total);
  }

  private static String bar(long done, long total, int width) {
    int filled = (int) Math.round(percent(done, total) / 100 * width);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
  }

  /** Erases the bar, if it was drawn. */
  @Override
  public synchronized void close() {
    if (shown) {
      terminal.print(ERASE);
      terminal.flush();
    }
  }

  private static double mb(long bytes) {
    return bytes / 1048576.0;
  }
}
