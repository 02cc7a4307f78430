package io.ttsql.engine;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.calcite.TtsqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Opens ttsql connections: loads the logs of a {@link TraceSpec} and returns a Calcite connection
 * whose schemas hold their tables. The JDBC driver and the shell both come through here.
 */
public final class Ttsql {
  private Ttsql() {}

  /**
   * Loads {@code logArgs} ({@code [NAME=]LOG}, {@code sample:NAME} for a bundled sample) and
   * connects.
   *
   * @param props connection properties ({@code strict}, {@code callsite_skip}); may be null
   * @param progress told how loading advances; may be null
   */
  public static Connection connect(List<String> logArgs, Properties props, LoadProgress progress) throws SQLException {
    return connect(TraceSpec.fromArgs(logArgs, props), progress);
  }

  /** Loads the logs of {@code spec} and connects. */
  public static Connection connect(TraceSpec spec, LoadProgress progress) throws SQLException {
    if (spec.schemas().isEmpty()) {
      throw new SQLException("no log given: name at least one log file (or sample:debug.log)", "08001");
    }
    TraceLoader loader = new TraceLoader(progress, spec.strict());
    Connection connection = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", calciteProperties());
    try {
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      SchemaPlus root = calcite.getRootSchema();
      for (Map.Entry<String, List<LogSource>> schema : spec.schemas().entrySet()) {
        AnalyzedTrace trace = new AnalyzedTrace(loader.load(schema.getValue()), spec.callsiteSkipPrefixes());
        root.add(schema.getKey(), new TtsqlSchema(trace));
      }
      calcite.setSchema(spec.schemas().keySet().iterator().next());
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static Properties calciteProperties() {
    Properties info = new Properties();
    info.setProperty("lex", "JAVA");
    info.setProperty("caseSensitive", "false");
    info.setProperty("conformance", "LENIENT");
    return info;
  }
}
