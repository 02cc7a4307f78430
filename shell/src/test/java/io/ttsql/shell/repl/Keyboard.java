package io.ttsql.shell.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A person at a terminal, for tests: types keys only once the screen shows the expected prompt,
 * as JLine first probes the terminal and would swallow keys typed ahead.
 */
final class Keyboard implements AutoCloseable {
  private static final long PATIENCE_MILLIS = 30_000;

  private final PipedOutputStream keys = new PipedOutputStream();
  private final PipedInputStream input;
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final OutputStream screenStream = new OutputStream() {
    @Override
    public void write(int b) {
      synchronized (screen) {
        screen.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (screen) {
        screen.write(b, off, len);
      }
    }
  };

  Keyboard() throws IOException {
    input = new PipedInputStream(keys, 1 << 16);
  }

  /** What the terminal reads. */
  InputStream input() {
    return input;
  }

  /** Where the terminal draws. */
  OutputStream screenStream() {
    return screenStream;
  }

  /** Everything drawn so far. */
  String screen() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits until {@code prompt} has been drawn {@code times} times, then types {@code text}. */
  void typeAfter(String prompt, int times, String text) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (count(screen(), prompt) < times) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no prompt #" + times + " " + prompt + " on screen:\n" + screen());
      }
      Thread.sleep(10);
    }
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    keys.close();
  }
}
