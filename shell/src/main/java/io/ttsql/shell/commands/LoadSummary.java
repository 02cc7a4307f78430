package io.ttsql.shell.commands;

import io.ttsql.engine.Counted;
import io.ttsql.engine.Ttsql;
import io.ttsql.engine.store.SourceInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The line that says what a connection loaded, at start-up and after {@code .open}: {@code ttsql: 55 events from debug.log}. */
public final class LoadSummary {
  private LoadSummary() {}

  /** {@code ttsql: N events from FILE, FILE…}, the files of every schema in load order. */
  public static String of(Connection connection) throws SQLException {
    long events = 0;
    List<String> files = new ArrayList<>();
    for (List<SourceInfo> schema : Ttsql.sources(connection).values()) {
      for (SourceInfo source : schema) {
        events += source.events();
        files.add(source.file());
      }
    }
    return "ttsql: " + Counted.of(events, "event") + " from " + String.join(", ", files);
  }
}
