package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output that cannot be written (a full disk, a closed pipe) fails the run in one line, early. */
class OutputErrorsCliTest extends TwoAllocationLogTest {
  private static final String MESSAGE = "ttsql: cannot write standard output\n";


  @Test
  void everyWayOfWritingStdoutFailsWithStatusTwoAndOneLine() {
    String[][] commands = {
      {"--format", "csv", "-c", "select * from events", log},
      {"-c", "select * from events", log},
      {"run", "summary", log},
      {"run", "summary", "--sql"},
      {"queries"},
      {"--version"},
    };
    for (String[] argv : commands) {
      FullDisk disk = new FullDisk(0);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.standard().run(argv, console(disk, err));
      assertEquals(2, status, String.join(" ", argv));
      assertEquals(MESSAGE, err.toString(StandardCharsets.UTF_8), String.join(" ", argv));
    }
  }

  @Test
  void aReaderThatHasGoneStopsTheOutputEarly() {
    // 3 events joined 9 times over: 3^9 = 19,683 rows of 10 numbers, some 400 KB of csv.
    String sql = "select a.seq, b.seq, c.seq, d.seq, e.seq, f.seq, g.seq, h.seq, i.seq, a.size "
        + "from events a, events b, events c, events d, events e, events f, events g, events h, events i";
    for (String format : new String[] {"csv", "table", "line"}) {
      FullDisk pipe = new FullDisk(1000);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.standard().run(new String[] {"--format", format, "-c", sql, "-c", "select 1", log},
          console(pipe, err));
      assertEquals(2, status, format);
      assertEquals(MESSAGE, err.toString(StandardCharsets.UTF_8), format);
      // Errors are checked every 8,192 characters, behind an 8 KB buffer: far less than the whole.
      assertTrue(pipe.offered < 40_000, format + ": " + pipe.offered + " bytes offered after the reader left");
    }
  }

  private static Console console(OutputStream out, ByteArrayOutputStream err) {
    return new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
  }

  /** Takes the first {@code room} bytes, then fails every write as a full disk or a closed pipe does. */
  private static final class FullDisk extends OutputStream {
    private final int room;
    private int taken;
    long offered;

    FullDisk(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (taken + length > room) {
        offered += length;
        throw new IOException("No space left on device");
      }
      taken += length;
    }
  }
}
