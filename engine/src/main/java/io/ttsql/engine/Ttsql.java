package io.ttsql.engine;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.calcite.CalciteEngine;
import io.ttsql.engine.calcite.LogSchema;
import io.ttsql.engine.calcite.MemoryStore;
import io.ttsql.engine.calcite.StatementCanceledException;
import io.ttsql.engine.calcite.TtsqlConnection;
import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.calcite.TtsqlTypeSystem;
import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.duckdb.DuckDbStore;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.suppression.Suppressions;
import io.ttsql.udf.UdfCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.Lex;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Opens ttsql connections: loads the logs of a {@link TraceSpec} and returns a connection (Calcite's,
 * as a {@code TtsqlConnection}) whose schemas hold their tables and the SQL functions of {@link UdfCatalog}. The JDBC driver and
 * the shell both come through here.
 */
public final class Ttsql {
  /** SQL state of a connection request that names no log or an unknown setting. */
  public static final String BAD_REQUEST_STATE = "08001";
  /** The version of ttsql, as {@code --version} and the JDBC metadata give it. */
  public static final String VERSION = "0.1.0";
  /** How connections read SQL: Java's lexical rules, with double-quoted identifiers, leniently. */
  private static final Lex LEX = Lex.JAVA;
  private static final Quoting QUOTING = Quoting.DOUBLE_QUOTE;
  private static final SqlConformanceEnum CONFORMANCE = SqlConformanceEnum.LENIENT;

  private Ttsql() {}

  /**
   * Loads the logs of {@code spec} and connects.
   *
   * @param progress told how far loading has got, or null
   * @throws SQLException also when {@code progress} stopped the load: {@code loading canceled},
   *     with SQLState {@value StatementCanceledException#QUERY_CANCELED}
   */
  public static Connection connect(TraceSpec spec, LoadProgress progress) throws SQLException {
    if (spec.schemas().isEmpty()) {
      throw new SQLException("no log given: name at least one log file (or sample:debug.log)", BAD_REQUEST_STATE);
    }
    Suppressions suppressions = suppressions(spec);
    TraceLoader loader = new TraceLoader(progress, setting(spec::strict));
    TraceStore store = setting(spec::store) == TraceSpec.Store.DUCKDB ? duckDbStore(spec, progress) : new MemoryStore();
    Connection connection =
        new CalciteEngine().connect("jdbc:calcite:", calciteProperties());
    try {
      CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
      SchemaPlus root = calcite.getRootSchema();
      Map<String, List<SourceInfo>> sources = new LinkedHashMap<>();
      for (Map.Entry<String, List<LogSource>> schema : spec.schemas().entrySet()) {
        AnalyzedTrace trace = new AnalyzedTrace(loader.load(schema.getValue()), spec.callsiteSkipPrefixes(), suppressions);
        sources.put(schema.getKey(), trace.trace().sources());
        SchemaPlus added = root.add(schema.getKey(), store.schema(root, schema.getKey(), trace));
        UdfCatalog.registerAll(added, schema.getKey());
      }
      calcite.setSchema(spec.schemas().keySet().iterator().next());
      return TtsqlConnection.of(connection, store, LoadWarnings.of(spec, sources), spec.url());
    } catch (SQLException | RuntimeException e) {
      TtsqlConnection.of(connection, store, List.of(), spec.url()).close();
      if (e instanceof CancellationException) {
        throw new SQLException("loading canceled", StatementCanceledException.QUERY_CANCELED, e);
      }
      throw e;
    }
  }

  /**
   * The DuckDB store, once no schema of {@code spec} takes a name DuckDB keeps for itself, telling
   * {@code progress} (if not null) how far its copies have got.
   */
  private static TraceStore duckDbStore(TraceSpec spec, LoadProgress progress) throws SQLException {
    for (String schema : spec.schemas().keySet()) {
      try {
        DuckDb.checkSchemaName(schema);
      } catch (IllegalArgumentException e) {
        throw new SQLException(e.getMessage(), BAD_REQUEST_STATE, e);
      }
    }
    DuckDb.loadLibraryInBackground();
    return new DuckDbStore(progress == null ? CopyProgress.NONE : progress::copiedToDuckDb);
  }

  /** A setting of a connection, or a failure saying which value is wrong. */
  private static <T> T setting(Supplier<T> value) throws SQLException {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new SQLException(e.getMessage(), BAD_REQUEST_STATE, e);
    }
  }

  /**
   * The suppressions file of {@code spec}, read before any log so that a mistake in it fails fast:
   * unreadable with {@link LogSource#UNREADABLE_STATE}, a bad line with {@link
   * TraceLoader#PARSE_ERROR_STATE} and its {@code file:line}.
   */
  private static Suppressions suppressions(TraceSpec spec) throws SQLException {
    Optional<Path> file = spec.suppressionsFile();
    if (file.isEmpty()) {
      return Suppressions.none();
    }
    try {
      return Suppressions.read(file.get());
    } catch (IOException e) {
      throw new SQLException("cannot read suppressions file " + file.get() + ": " + e.getMessage(),
          LogSource.UNREADABLE_STATE, e);
    } catch (IllegalArgumentException e) {
      throw new SQLException(e.getMessage(), TraceLoader.PARSE_ERROR_STATE, e);
    }
  }

  /** A parser that reads SQL as a connection does, for tools that look at a statement's text. */
  public static SqlParser.Config sqlParserConfig() {
    return SqlParser.config().withLex(LEX).withQuoting(QUOTING).withCaseSensitive(false).withConformance(CONFORMANCE);
  }

  /** The schemas of a connection opened here that keep their tables in memory, by name. */
  public static Map<String, TtsqlSchema> schemas(Connection connection) throws SQLException {
    SchemaPlus root = connection.unwrap(CalciteConnection.class).getRootSchema();
    Map<String, TtsqlSchema> schemas = new LinkedHashMap<>();
    for (String name : root.subSchemas().getNames(LikePattern.any())) {
      if (CalciteSchema.from(root.subSchemas().get(name)).schema instanceof TtsqlSchema ttsql) {
        schemas.put(name, ttsql);
      }
    }
    return schemas;
  }

  /** The traces of a connection opened here, by schema name. */
  public static Map<String, AnalyzedTrace> traces(Connection connection) throws SQLException {
    Map<String, AnalyzedTrace> traces = new LinkedHashMap<>();
    schemas(connection).forEach((name, schema) -> traces.put(name, schema.trace()));
    return traces;
  }

  /** The files loaded into each schema of a connection opened here, in load order, whatever the store. */
  public static Map<String, List<SourceInfo>> sources(Connection connection) throws SQLException {
    SchemaPlus root = connection.unwrap(CalciteConnection.class).getRootSchema();
    Map<String, List<SourceInfo>> sources = new LinkedHashMap<>();
    for (String name : root.subSchemas().getNames(LikePattern.any())) {
      if (CalciteSchema.from(root.subSchemas().get(name)).schema instanceof LogSchema logs) {
        sources.put(name, logs.sources());
      }
    }
    return sources;
  }

  private static Properties calciteProperties() {
    Properties info = new Properties();
    info.setProperty("lex", LEX.name());
    info.setProperty("quoting", QUOTING.name());
    info.setProperty("caseSensitive", "false");
    info.setProperty("conformance", CONFORMANCE.name());
    // PostgreSQL functions too (string_agg, …), which DuckDB shares: saved queries run on both.
    info.setProperty("fun", "standard,postgresql");
    info.setProperty("typeSystem", TtsqlTypeSystem.class.getName());
    return info;
  }
}
