package io.ttsql.shell.session;

import io.ttsql.engine.FileChecks;
import java.nio.file.Path;

/** Checks a SQL script named by {@code -f} or {@code .read} before it is run. */
public final class ScriptFiles {
  private ScriptFiles() {}

  /**
   * Why {@code script} cannot be read, as {@code cannot read script PATH: REASON}, or null when it
   * can: a regular file or a pipe such as {@code <(…)}.
   */
  public static String whyUnreadable(Path script) {
    String reason = FileChecks.whyUnreadable(script);
    return reason == null ? null : "cannot read script " + script + ": " + reason;
  }
}
