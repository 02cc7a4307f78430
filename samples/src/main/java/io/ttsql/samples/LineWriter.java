package io.ttsql.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes log lines as UTF-8 bytes through its own buffer: constant text goes in as pre-encoded
 * bytes and numbers are printed digit by digit, so no {@code String} is made per line.
 */
final class LineWriter {
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private final byte[] digits = new byte[20];
  private int used;
  private long lines;

  LineWriter(OutputStream out) {
    this.out = out;
  }

  /** The UTF-8 bytes of {@code text}, for constants encoded once. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  LineWriter text(byte[] bytes) throws IOException {
    if (bytes.length > buf.length - used) {
      drain();
      if (bytes.length > buf.length) {
        out.write(bytes);
        return this;
      }
    }
    System.arraycopy(bytes, 0, buf, used, bytes.length);
    used += bytes.length;
    return this;
  }

  /** Appends {@code value} in decimal; negative values get a minus sign. */
  LineWriter decimal(long value) throws IOException {
    room(21);
    if (value < 0) {
      buf[used++] = '-';
      return digits(-value, 10);
    }
    return digits(value, 10);
  }

  /** Appends {@code 0x} and {@code value} in lowercase hex without padding. */
  LineWriter hex(long value) throws IOException {
    room(18);
    buf[used++] = '0';
    buf[used++] = 'x';
    return digits(value, 16);
  }

  /** Appends {@code value} as two digits, zero-padded. */
  LineWriter twoDigits(int value) throws IOException {
    room(2);
    buf[used++] = (byte) ('0' + value / 10);
    buf[used++] = (byte) ('0' + value % 10);
    return this;
  }

  /** Ends the current line. */
  LineWriter newline() throws IOException {
    room(1);
    buf[used++] = '\n';
    lines++;
    return this;
  }

  /** Appends {@code count} complete lines, pre-encoded with their newlines. */
  LineWriter lines(byte[] bytes, int count) throws IOException {
    text(bytes);
    lines += count;
    return this;
  }

  /** Lines ended so far. */
  long lineCount() {
    return lines;
  }

  /** Writes out what is buffered and flushes the stream. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Prints a non-negative {@code value} (or any value, unsigned, for base 16). */
  private LineWriter digits(long value, int base) {
    int n = 0;
    long v = value;
    do {
      digits[n++] = HEX_DIGITS[(int) Long.remainderUnsigned(v, base)];
      v = Long.divideUnsigned(v, base);
    } while (v != 0);
    while (n > 0) {
      buf[used++] = digits[--n];
    }
    return this;
  }

  private void room(int bytes) throws IOException {
    if (buf.length - used < bytes) {
      drain();
    }
  }

  private void drain() throws IOException {
    out.write(buf, 0, used);
    used = 0;
  }
}
