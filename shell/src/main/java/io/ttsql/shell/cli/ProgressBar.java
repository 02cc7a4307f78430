package io.ttsql.shell.cli;

import io.ttsql.engine.LoadProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows, on a terminal, how far loading has got (bytes of the file, events so far), once loading
 * has taken more than a second; erased when loading ends.
 */
final class ProgressBar implements LoadProgress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintStream terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean shown;

  ProgressBar(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void update(String file, long bytesRead, long bytesTotal, long events) {
    long now = System.nanoTime();
    if (now - started < DELAY_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    shown = true;
    String amount;
    String bar;
    if (bytesTotal > 0) {
      double done = Math.min(1.0, (double) bytesRead / bytesTotal);
      int filled = (int) Math.round(done * BAR_WIDTH);
      bar = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] ";
      amount = String.format(Locale.ROOT, "%3.0f%% %s / %s", done * 100, mb(bytesRead), mb(bytesTotal));
    } else {
      bar = "";
      amount = mb(bytesRead);
    }
    terminal.printf(Locale.ROOT, "\r\u001b[Kloading %s %s%s, %,d events", file, bar, amount, events);
    terminal.flush();
  }

  /** Erases the bar, if it was drawn. */
  void finish() {
    if (shown) {
      terminal.print("\r\u001b[K");
      terminal.flush();
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
