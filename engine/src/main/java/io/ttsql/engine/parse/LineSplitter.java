package io.ttsql.engine.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Cuts a byte stream into lines for a {@link LogParser}: each line is first offered to the parser
 * whole ({@link LogParser#wholeLines}), which may take it, and lines after it, and say where they
 * end; otherwise {@code \n} ends a line, a {@code \r} before it is dropped, and a last line
 * without a newline is passed on as not terminated. Memory stays bounded: a line longer than
 * {@link #MAX_LINE_BYTES} is passed on as overlong with only its start.
 */
public final class LineSplitter {
  /** The longest line that is parsed; longer lines become parse errors. */
  public static final int MAX_LINE_BYTES = 1 << 20;
  /** The parse error of a line over {@link #MAX_LINE_BYTES}, whichever format it is in. */
  static final String OVERLONG = "line longer than " + (MAX_LINE_BYTES >> 20) + " MiB (its start is kept)";
  private static final int CHUNK = 1 << 20;

  private final LogParser parser;
  private final LongConsumer bytesRead;
  private byte[] buf = new byte[CHUNK];
  private long lines;
  private long bytes;

  /**
   * @param parser receives the lines
   * @param bytesRead told the running byte count after each chunk (for progress reports)
   */
  public LineSplitter(LogParser parser, LongConsumer bytesRead) {
    this.parser = parser;
    this.bytesRead = bytesRead;
  }

  /** Reads {@code in} to its end, then calls {@link LogParser#end()}. */
  public void run(InputStream in) throws IOException {
    run(in, -1);
  }

  /**
   * Reads {@code in}, a part of a file, to its end, then calls {@link LogParser#endAtCut()} if it
   * gave {@code bytesToCut} bytes (the part ended at the cut where the next part begins), else
   * {@link LogParser#end()} (it ended at the end of the file, or of a file cut short meanwhile).
   */
  public void run(InputStream in, long bytesToCut) throws IOException {
    int filled = 0;
    int lineStart = 0;
    boolean skipping = false;
    while (true) {
      if (filled == buf.length) {
        if (lineStart > 0) {
          System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
          filled -= lineStart;
          lineStart = 0;
        } else if (buf.length < MAX_LINE_BYTES + CHUNK) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
          if (!skipping) {
            parser.overlong(++lines, buf, 0, filled);
            skipping = true;
          }
          filled = 0;
        }
      }
      int n = in.read(buf, filled, buf.length - filled);
      if (n < 0) {
        break;
      }
      int scan = filled;
      filled += n;
      bytes += n;
      while (true) {
        long taken = skipping ? -1 : parser.wholeLines(buf, lineStart, filled, lines + 1);
        if (taken >= 0) {
          lines += taken >>> 32;
          lineStart = (int) taken + 1;
          continue;
        }
        int nl = Newlines.indexOf(buf, Math.max(scan, lineStart), filled);
        if (nl < 0) {
          break;
        }
        if (skipping) {
          skipping = false;
        } else if (nl - lineStart > MAX_LINE_BYTES) {
          parser.overlong(++lines, buf, lineStart, nl);
        } else {
          emit(lineStart, nl, true);
        }
        lineStart = nl + 1;
      }
      bytesRead.accept(bytes);
    }
    if (lineStart < filled && !skipping) {
      emit(lineStart, filled, false);
    }
    if (bytes == bytesToCut) {
      parser.endAtCut();
    } else {
      parser.end();
    }
  }

  private void emit(int start, int end, boolean terminated) {
    int lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
    parser.line(buf, start, lineEnd, ++lines, terminated);
  }

  public long lines() {
    return lines;
  }

  public long bytes() {
    return bytes;
  }
}
