package io.ttsql.shell.commands;

import io.ttsql.engine.Counted;
import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.Ttsql;
import io.ttsql.engine.store.SourceInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The line that says what a connection loaded, at start-up and after {@code .open}: {@code ttsql: 55 events from debug.log}. */
public final class LoadSummary {
  private LoadSummary() {}

  /**
   * {@code ttsql: N events from FILE, NAME=FILE…}: the files of every schema, by schema name, each
   * after the name of its schema unless that is the default one.
   */
  public static String of(Connection connection) throws SQLException {
    long events = 0;
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, List<SourceInfo>> schema : Ttsql.sources(connection).entrySet()) {
      String prefix = schema.getKey().equals(TraceSpec.DEFAULT_SCHEMA) ? "" : schema.getKey() + "=";
      for (SourceInfo source : schema.getValue()) {
        events += source.events();
        files.add(prefix + source.file());
      }
    }
    return "ttsql: " + Counted.of(events, "event") + " from " + String.join(", ", files);
  }
}
