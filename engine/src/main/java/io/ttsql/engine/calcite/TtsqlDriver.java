package io.ttsql.engine.calcite;

import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.Ttsql;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:ttsql:} JDBC driver: {@code jdbc:ttsql:PATH[;PATH…]}, {@code NAME=PATH} for
 * named schemas, and {@code strict=true}, {@code callsite_skip=…}, {@code store=duckdb} or {@code
 * suppressions=PATH} entries as properties.
 */
public final class TtsqlDriver implements Driver {
  /** The URL prefix this driver accepts. */
  public static final String PREFIX = "jdbc:ttsql:";
  /** The major version of {@link Ttsql#VERSION}. */
  static final int MAJOR_VERSION = Integer.parseInt(Ttsql.VERSION.split("\\.")[0]);
  /** The minor version of {@link Ttsql#VERSION}. */
  static final int MINOR_VERSION = Integer.parseInt(Ttsql.VERSION.split("\\.")[1]);

  static {
    try {
      DriverManager.registerDriver(new TtsqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    TraceSpec spec;
    try {
      spec = TraceSpec.fromUrl(url.substring(PREFIX.length()), info);
    } catch (IllegalArgumentException e) {
      throw new SQLException(e.getMessage(), Ttsql.BAD_REQUEST_STATE, e);
    }
    return Ttsql.connect(spec, null);
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  /** The settings a URL may hold; {@code info} may be null, as in {@link #connect}. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties given) {
    Properties info = given == null ? new Properties() : given;
    DriverPropertyInfo strict = new DriverPropertyInfo(TraceSpec.STRICT, info.getProperty(TraceSpec.STRICT, "false"));
    strict.description = "fail on the first line that is not understood";
    strict.choices = new String[] {"true", "false"};
    DriverPropertyInfo skip = new DriverPropertyInfo(TraceSpec.CALLSITE_SKIP, info.getProperty(TraceSpec.CALLSITE_SKIP));
    skip.description = "comma-separated function prefixes that callsites skip";
    DriverPropertyInfo store = new DriverPropertyInfo(TraceSpec.STORE, info.getProperty(TraceSpec.STORE, "memory"));
    store.description = "where the tables live: memory, or duckdb (queries run inside DuckDB; for big logs)";
    store.choices = new String[] {"memory", "duckdb"};
    DriverPropertyInfo suppressions =
        new DriverPropertyInfo(TraceSpec.SUPPRESSIONS, info.getProperty(TraceSpec.SUPPRESSIONS));
    suppressions.description = "a file of leak:FUNCTION_PATTERN lines: leaks the leak queries leave out";
    return new DriverPropertyInfo[] {strict, skip, store, suppressions};
  }

  @Override
  public int getMajorVersion() {
    return MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return MINOR_VERSION;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("ttsql does not log through java.util.logging");
  }
}
