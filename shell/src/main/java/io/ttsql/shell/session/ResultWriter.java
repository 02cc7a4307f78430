package io.ttsql.shell.session;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * The writer one result is printed through: it stops the printing when the user cancels (Ctrl-C),
 * and fails as soon as the output cannot be written (a full disk, a closed pipe), which a {@link
 * PrintWriter} would only record.
 */
final class ResultWriter extends Writer {
  /** Characters written between checks for a write error (a check flushes the output). */
  private static final int CHECK_EVERY = 8192;

  private final PrintWriter out;
  private final String target;
  private final BooleanSupplier canceled;
  private int unchecked;
  private char last = '\n';

  /**
   * @param out where the result goes
   * @param target what {@code out} writes to, for the error message: {@code standard output} or a file
   * @param canceled whether the user has asked to stop
   */
  ResultWriter(PrintWriter out, String target, BooleanSupplier canceled) {
    this.out = out;
    this.target = target;
    this.canceled = canceled;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    checkCanceled();
    out.write(chars, offset, length);
    written(length, length > 0 ? chars[offset + length - 1] : last);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    checkCanceled();
    out.write(text, offset, length);
    written(length, length > 0 ? text.charAt(offset + length - 1) : last);
  }

  @Override
  public void write(int c) throws IOException {
    checkCanceled();
    out.write(c);
    written(1, (char) c);
  }

  /** Flushes the output and fails if anything written so far could not be. */
  @Override
  public void flush() throws IOException {
    unchecked = 0;
    if (out.checkError()) {
      throw new IOException("cannot write " + target);
    }
  }

  /** Ends the line that a result cut short left unfinished, so that what follows starts on its own. */
  void finishLine() {
    if (last != '\n') {
      out.write('\n');
      last = '\n';
    }
  }

  /** Flushes; the output itself stays open for the next result. */
  @Override
  public void close() throws IOException {
    flush();
  }

  private void checkCanceled() throws InterruptedIOException {
    if (canceled.getAsBoolean()) {
      throw new InterruptedIOException("canceled");
    }
  }

  private void written(int length, char lastChar) throws IOException {
    last = lastChar;
    unchecked += length;
    if (unchecked >= CHECK_EVERY) {
      flush();
    }
  }
}
