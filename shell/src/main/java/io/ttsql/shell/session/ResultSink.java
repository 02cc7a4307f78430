package io.ttsql.shell.session;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where results go: the screen, or a file named by {@code .output FILE} until {@code .output} alone. */
public final class ResultSink implements AutoCloseable {
  private final PrintWriter screen;
  private PrintWriter file;
  private Path filePath;

  public ResultSink(PrintWriter screen) {
    this.screen = screen;
  }

  /** The writer results go to now. */
  public PrintWriter writer() {
    return file != null ? file : screen;
  }

  /** The screen, where notes about results go even while the results go to a file. */
  public PrintWriter screen() {
    return screen;
  }

  /** What results go to now, for messages: {@code standard output} or the file's path. */
  public String target() {
    return file != null ? filePath.toString() : "standard output";
  }

  /** True while results go to the screen. */
  public boolean isScreen() {
    return file == null;
  }

  /** Sends results to {@code path} (created or truncated) from now on. */
  public void toFile(Path path) throws IOException {
    PrintWriter next = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
    toScreen();
    file = next;
    filePath = path;
  }

  /** Sends results back to the screen, closing the file. */
  public void toScreen() {
    if (file != null) {
      file.close();
      file = null;
      filePath = null;
    }
  }

  @Override
  public void close() {
    toScreen();
    screen.flush();
  }
}
