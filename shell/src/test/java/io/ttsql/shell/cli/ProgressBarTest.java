package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: nothing in the first second, then at most ten redraws a second, erased at the end. */
class ProgressBarTest {
  private static final long MILLIS = 1_000_000L;
  private static final String ERASE = "\r\u001b[K";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();
  private final ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), now::get);

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
    assertEquals(ERASE + "loading big.log [########                      ]  25% 1.0 MB / 4.0 MB, 12,345 events", drawn());
    now.set(1550 * MILLIS);
    bar.update(2000, 5000);
    assertEquals("", drawn(), "50 ms after the last drawing");
    now.set(1700 * MILLIS);
    bar.update(2000, 5000);
    // 40% of 30 columns: 12.
    assertEquals(ERASE + "copying into DuckDB [############                  ]  40% 2,000 / 5,000 rows", drawn());
    bar.close();
    assertEquals(ERASE, drawn());
  }

  @Test
  void aBarNeverDrawnIsNotErased() {
    bar.update(1, 2);
    bar.close();
    assertEquals("", drawn());
  }
}
