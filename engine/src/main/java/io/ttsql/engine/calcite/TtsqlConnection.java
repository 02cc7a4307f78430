package io.ttsql.engine.calcite;

import io.ttsql.engine.Ttsql;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a ttsql connection changes of the Calcite connection it passes every other call to: it is
 * read-only, so {@code commit} and {@code rollback} have nothing to do (notebook libraries such
 * as pandas call them after a failure, and Calcite's throw without a message there); a statement
 * that cannot be prepared says why in its message, not only in its causes; its metadata names
 * ttsql as the database and the driver; and its warnings say how the logs loaded (lines not
 * understood, a read cut short), as the shell prints them.
 */
public final class TtsqlConnection implements InvocationHandler {
  /** SQLState of a warning about loading: the general warning. */
  static final String WARNING_STATE = "01000";

  private final Connection calcite;
  private final List<String> warnings;

  private TtsqlConnection(Connection calcite, List<String> warnings) {
    this.calcite = calcite;
    this.warnings = new CopyOnWriteArrayList<>(warnings);
  }

  /** {@code calcite} as ttsql's users see it, with {@code warnings} about loading its logs. */
  public static Connection of(Connection calcite, List<String> warnings) {
    return (Connection) Proxy.newProxyInstance(TtsqlConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new TtsqlConnection(calcite, warnings));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    boolean noArguments = args == null || args.length == 0;
    switch (method.getName()) {
      case "commit", "rollback" -> {
        if (noArguments) {
          return null; // nothing to commit or roll back in tables that cannot change
        }
      }
      case "isReadOnly" -> {
        return true;
      }
      case "getMetaData" -> {
        return TtsqlMetaData.of(calcite.getMetaData(), (Connection) proxy);
      }
      case "getWarnings" -> {
        return warningChain();
      }
      case "clearWarnings" -> {
        warnings.clear();
        return null;
      }
      default -> { }
    }
    try {
      return method.invoke(calcite, args);
    } catch (InvocationTargetException e) {
      if (method.getName().equals("prepareStatement") && e.getCause() instanceof SQLException failure) {
        throw withReason(failure);
      }
      throw e.getCause();
    }
  }

  /** The warnings as JDBC chains them, or null when there are none. */
  private SQLWarning warningChain() {
    SQLWarning first = null;
    for (int i = warnings.size() - 1; i >= 0; i--) {
      SQLWarning warning = new SQLWarning(warnings.get(i), WARNING_STATE);
      warning.setNextWarning(first);
      first = warning;
    }
    return first;
  }

  /** {@code failure} with the first line of its deepest cause's message after its own, where Calcite leaves it out. */
  private static SQLException withReason(SQLException failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root == failure || root.getMessage() == null || failure.getMessage().contains(root.getMessage())) {
      return failure;
    }
    String reason = root.getMessage().lines().findFirst().orElse("");
    return new SQLException(failure.getMessage() + ": " + reason, failure.getSQLState(), failure.getErrorCode(), failure);
  }

  /** Database metadata that names ttsql, passing every other call to Calcite's. */
  private record TtsqlMetaData(DatabaseMetaData calcite, Connection connection) implements InvocationHandler {
    static DatabaseMetaData of(DatabaseMetaData calcite, Connection connection) {
      return (DatabaseMetaData) Proxy.newProxyInstance(TtsqlConnection.class.getClassLoader(),
          new Class<?>[] {DatabaseMetaData.class}, new TtsqlMetaData(calcite, connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "getDatabaseProductName" -> {
          return "ttsql";
        }
        case "getDatabaseProductVersion" -> {
          return Ttsql.VERSION + " (" + calcite.getDatabaseProductName() + " " + calcite.getDatabaseProductVersion() + ")";
        }
        case "getDriverName" -> {
          return "ttsql JDBC driver";
        }
        case "getDriverVersion" -> {
          return Ttsql.VERSION;
        }
        case "getDriverMajorVersion" -> {
          return TtsqlDriver.MAJOR_VERSION;
        }
        case "getDriverMinorVersion" -> {
          return TtsqlDriver.MINOR_VERSION;
        }
        case "getConnection" -> {
          return connection;
        }
        case "isReadOnly" -> {
          return true;
        }
        default -> { }
      }
      try {
        return method.invoke(calcite, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
