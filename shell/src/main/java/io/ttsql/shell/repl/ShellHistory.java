package io.ttsql.shell.repl;

import io.ttsql.shell.session.IoFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.impl.history.DefaultHistory;

/** JLine's history in its file, or in memory only once the file cannot be read or written, which is said once. */
final class ShellHistory extends DefaultHistory {
  private final Path file;
  private boolean givenUp;
  private String unsaid;

  /**
   * @param file the reader's {@link org.jline.reader.LineReader#HISTORY_FILE}, named in the message
   */
  ShellHistory(Path file) {
    this.file = file;
  }

  @Override
  public void load() {
    try {
      super.load();
    } catch (IOException e) {
      giveUp("read", IoFailure.reason(e));
    } catch (UncheckedIOException e) { // a folder: its lines fail as they are read
      giveUp("read", IoFailure.reason(e.getCause()));
    }
  }

  @Override
  public void save() {
    if (givenUp) {
      return;
    }
    try {
      super.save();
    } catch (IOException e) {
      giveUp("write", IoFailure.reason(e));
    }
  }

  /**
   * Prints to {@code out} why the file was given up, if it was since the last call: JLine saves
   * while it finishes a line, where a message would be printed after the input on its line.
   */
  void reportFailure(PrintWriter out) {
    if (unsaid != null) {
      out.println(unsaid);
      out.flush();
      unsaid = null;
    }
  }

  private void giveUp(String action, String reason) {
    givenUp = true;
    unsaid = "ttsql: history not saved: cannot " + action + " " + file + " (" + reason + ")";
  }
}
