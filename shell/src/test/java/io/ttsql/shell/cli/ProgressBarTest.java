package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The progress bar: nothing in the first second, then at most ten redraws a second, each fitted to
 * the terminal's width with line wrapping off, erased at the end.
 */
class ProgressBarTest {
  private static final long MILLIS = 1_000_000L;
  private static final String ERASE = "\r\u001b[K";
  private static final String WRAP_OFF = "\u001b[?7l";
  private static final String WRAP_ON = "\u001b[?7h";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger columns = new AtomicInteger(100);
  private final ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), columns::get, now::get);

  private String drawn() {
    String text = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return text;
  }

  @Test
  void loadingThenCopyingShowOnOneLine() {
    bar.update("big.log", 1048576, 4194304, 1000);
    assertEquals("", drawn(), "not in the first second");
    now.set(1500 * MILLIS);
    bar.update("big.log", 1048576, 4194304, 12345);
    // A quarter of 30 columns is 7.5, drawn as 8.
    assertEquals(ERASE + WRAP_OFF + "loading big.log [########                      ]  25% 1.0 / 4.0 MB, 12,345 events"
        + WRAP_ON, drawn());
    now.set(1550 * MILLIS);
    bar.update(2000, 5000);
    assertEquals("", drawn(), "50 ms after the last drawing");
    now.set(1700 * MILLIS);
    bar.update(2000, 5000);
    // 40% of 30 columns: 12.
    assertEquals(ERASE + WRAP_OFF + "copying into DuckDB [############                  ]  40% 2,000 / 5,000 rows" + WRAP_ON,
        drawn());
    bar.close();
    assertEquals(ERASE, drawn());
  }

  @Test
  void aLongFileNameShowsItsEndAndTheBarNarrowsToFitTheWidth() {
    String file = "/home/someone/runs/2026-11-27/mesh8/debug.log";
    String amount = "  25% 1.0 / 4.0 MB, 12,345 events";
    // 120 columns: the line may take 119, the last kept for the cursor. "loading " (8), the amount
    // and count (32) and the spaces and brackets around the bar (4) leave 75 for the name (45)
    // and the bar: all of its 30, a quarter of it (7.5) drawn as 8.
    assertEquals("loading " + file + " [########                      ]" + amount, drawnOn(120, file));
    // 100 columns: 55 for the name and the bar, which narrows to 10 (a quarter, 2.5, drawn as 3).
    assertEquals("loading " + file + " [###       ]" + amount, drawnOn(100, file));
    // A terminal that does not say its width is taken for 80 columns: 35 for the name and the
    // narrowest bar leave 25 for the name, an ellipsis and its last 24 characters.
    assertEquals("loading …26-11-27/mesh8/debug.log [###       ]" + amount, drawnOn(0, file));
    // 60 columns: the name keeps 16 characters, the bar 10, and the line is cut at 59.
    assertEquals("loading …mesh8/debug.log [###       ]  25% 1.0 / 4.0 MB, 12", drawnOn(60, file));
  }

  /** The line drawn for {@code file}, a quarter read, on a terminal of {@code width} columns (0: not known). */
  private String drawnOn(int width, String file) {
    columns.set(width);
    now.addAndGet(1000 * MILLIS);
    bar.update(file, 1048576, 4194304, 12345);
    String drawn = drawn();
    assertTrue(drawn.startsWith(ERASE + WRAP_OFF) && drawn.endsWith(WRAP_ON), drawn);
    return drawn.substring((ERASE + WRAP_OFF).length(), drawn.length() - WRAP_ON.length());
  }

  @Test
  void aBarNeverDrawnIsNotErased() {
    bar.update(1, 2);
    bar.close();
    assertEquals("", drawn());
  }
}
