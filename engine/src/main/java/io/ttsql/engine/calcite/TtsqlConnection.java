package io.ttsql.engine.calcite;

import io.ttsql.engine.TraceStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * What a ttsql connection changes of the Calcite connection it passes every other call to: it is
 * read-only, so {@code commit} and {@code rollback} have nothing to do (notebook libraries such
 * as pandas call them after a failure, and Calcite's throw without a message there); a statement
 * that cannot be prepared says why in its message, not only in its causes; its warnings say how
 * the logs loaded (lines not understood, a read cut short), as the shell prints them, and that
 * client info is not kept ({@code setClientInfo}); closing or aborting it cancels its running
 * statements and releases what its store holds. Its statements and metadata name it, not
 * Calcite's connection, as their {@code getConnection()}, and its statements run as {@link
 * StatementRuns} says. Several threads may use it at once ({@link StatementBook}).
 */
public final class TtsqlConnection implements InvocationHandler {
  /** SQLState of a warning about loading: the general warning. */
  static final String WARNING_STATE = "01000";

  private final Connection calcite;
  private final AutoCloseable storeResources;
  private final List<String> warnings;
  private final OpenStatements openStatements;
  private final String url;
  /** Held while Calcite makes a statement of this connection ({@link StatementBook}). */
  private final Object statementsMade = new Object();

  private TtsqlConnection(Connection calcite, TraceStore store, List<String> warnings, String url) {
    this.calcite = calcite;
    this.url = url;
    this.storeResources = store.resources();
    this.openStatements = new OpenStatements(store);
    this.warnings = new CopyOnWriteArrayList<>(warnings);
    StatementBook.guard(calcite);
  }

  /**
   * {@code calcite} as ttsql's users see it.
   *
   * @param store the store of its tables, whose resources close with it and whose database a cancel reaches
   * @param warnings what loading its logs has to say, one line each
   * @param url the {@code jdbc:ttsql:} URL of its logs, as its metadata gives it
   */
  public static Connection of(Connection calcite, TraceStore store, List<String> warnings, String url) {
    return (Connection) Proxy.newProxyInstance(TtsqlConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new TtsqlConnection(calcite, store, warnings, url));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    boolean noArguments = args == null || args.length == 0;
    switch (method.getName()) {
      case "close" -> {
        close();
        return null;
      }
      case "abort" -> {
        abort((Executor) args[0]);
        return null;
      }
      case "isClosed" -> {
        return isClosed();
      }
      case "setClientInfo" -> {
        ignoreClientInfo(args[0]);
        return null;
      }
      case "commit", "rollback", "isReadOnly", "getWarnings", "clearWarnings" -> {
        if (noArguments) {
          checkOpen();
          return answer(method.getName());
        }
      }
      default -> { }
    }
    Object result = Facade.identity(proxy, method, args);
    if (result != null) {
      return result;
    }
    try {
      Object answer = StatementBook.makes(method) ? StatementBook.make(statementsMade, calcite, method, args)
          : method.invoke(calcite, args);
      if (answer instanceof Statement statement) {
        openStatements.add(statement);
      }
      return Facade.of(answer, (Connection) proxy, this);
    } catch (InvocationTargetException e) {
      if (method.getName().equals("prepareStatement") && e.getCause() instanceof SQLException failure) {
        throw StatementRuns.asSqlException(failure);
      }
      throw e.getCause();
    }
  }

  private void close() throws Exception {
    openStatements.cancelAll();
    try {
      calcite.close();
    } finally {
      storeResources.close();
    }
  }

  /**
   * As JDBC's {@code abort}: closed from now on, its statements canceled, and the rest of the
   * close done on {@code executor} (Calcite's connection did not support it, and what ran on).
   */
  private void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw new SQLException("abort needs an executor to close the connection on");
    }
    if (isClosed()) {
      return;
    }
    openStatements.cancelAll();
    executor.execute(() -> {
      try {
        close();
      } catch (Exception e) {
        // aborted: nobody is left to tell
      }
    });
  }

  /**
   * Closed from the moment a close starts: its statements are canceled before Calcite's
   * connection closes, and a statement stopped by it must find the connection closed.
   */
  private boolean isClosed() throws SQLException {
    return openStatements.closing() || calcite.isClosed();
  }

  /**
   * As JDBC says for client info that a driver does not know: a warning, where Calcite's
   * connection threw an {@link SQLClientInfoException} without a message (tools set {@code
   * ApplicationName} as they connect).
   *
   * @param nameOrProperties the name of one setting, or the {@link Properties} of several
   */
  private void ignoreClientInfo(Object nameOrProperties) throws SQLClientInfoException {
    if (openStatements.closing()) {
      throw new SQLClientInfoException("connection is closed", Map.of());
    }
    Collection<?> names = nameOrProperties instanceof Properties settings ? settings.stringPropertyNames()
        : List.of(nameOrProperties);
    for (Object name : names) {
      warnings.add("client info " + name + " is not kept: ttsql keeps none");
    }
  }

  private void checkOpen() throws SQLException {
    if (isClosed()) {
      throw new SQLException("connection is closed");
    }
  }

  /** The answers of the methods a ttsql connection gives itself. */
  private Object answer(String method) {
    return switch (method) {
      case "isReadOnly" -> true;
      case "getWarnings" -> warningChain();
      case "clearWarnings" -> {
        warnings.clear();
        yield null;
      }
      default -> null; // commit, rollback: nothing to do in tables that cannot change
    };
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

  /**
   * A statement or the metadata of a ttsql connection: every call passes to Calcite's object,
   * except that {@code getConnection()} gives the ttsql connection and {@code getURL()} its URL
   * (Calcite's said {@code jdbc:calcite:}), a statement runs as {@link StatementRuns} says,
   * leaves the connection's open statements when it closes and is closed when the connection is,
   * gives no result set once {@code getMoreResults} has closed its result, and a prepared one
   * takes a long or text for a whole-number parameter ({@link ParameterValues}) and refuses to run
   * with a parameter missing ({@link ParameterSlots}). Metadata answers one call at a time, as
   * each makes a statement ({@link StatementBook}).
   */
  private record Facade(Object target, Connection connection, TtsqlConnection owner, ParameterSlots slots)
      implements InvocationHandler {
    /** {@code result} behind a facade when it is a statement or metadata, else as it is. */
    static Object of(Object result, Connection connection, TtsqlConnection owner) {
      Class<?> face = result instanceof PreparedStatement ? PreparedStatement.class
          : result instanceof Statement ? Statement.class
          : result instanceof DatabaseMetaData ? DatabaseMetaData.class
          : null;
      return face == null ? result
          : Proxy.newProxyInstance(TtsqlConnection.class.getClassLoader(), new Class<?>[] {face},
              new Facade(result, connection, owner, face == PreparedStatement.class ? new ParameterSlots() : null));
    }

    /**
     * The answer of a proxy to the methods that concern the proxy itself ({@code equals}, {@code
     * hashCode}, {@code unwrap} and {@code isWrapperFor} of an interface it has), or null.
     */
    static Object identity(Object proxy, Method method, Object[] args) {
      return switch (method.getName()) {
        case "equals" -> args.length == 1 ? proxy == args[0] : null;
        case "hashCode" -> args == null ? System.identityHashCode(proxy) : null;
        case "unwrap" -> args.length == 1 && ((Class<?>) args[0]).isInstance(proxy) ? proxy : null;
        case "isWrapperFor" -> args.length == 1 && ((Class<?>) args[0]).isInstance(proxy) ? Boolean.TRUE : null;
        default -> null;
      };
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (args == null || args.length == 0) {
        switch (method.getName()) {
          case "getConnection" -> {
            return connection;
          }
          case "getURL" -> {
            return owner.url;
          }
          default -> { }
        }
      }
      Object result = identity(proxy, method, args);
      if (result != null) {
        return result;
      }
      if (target instanceof DatabaseMetaData) {
        try {
          return StatementBook.make(owner.statementsMade, target, method, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
      return target instanceof Statement statement ? onStatement(statement, method, args) : passOn(method, args);
    }

    private Object passOn(Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /** A call on a statement: a run as {@link StatementRuns} says, and the connection told of a close or cancel. */
    private Object onStatement(Statement statement, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (statement instanceof PreparedStatement prepared && ParameterValues.setConverted(prepared, name, args)) {
        slots.after(method, args);
        return null;
      }
      if (!StatementRuns.runs(name)) {
        Object answer = passOn(method, args);
        if (slots != null) {
          slots.after(method, args);
        }
        return switch (name) {
          case "close" -> {
            owner.openStatements.remove(statement);
            yield answer;
          }
          case "cancel" -> {
            owner.openStatements.canceled(statement);
            yield answer;
          }
          // JDBC: the statements of a connection are closed with it (Calcite's stayed open).
          case "isClosed" -> (Boolean) answer || owner.isClosed();
          // No result once getMoreResults has closed it (Calcite's gave the closed one again).
          case "getResultSet" -> answer instanceof ResultSet rows && rows.isClosed() ? null : answer;
          default -> answer;
        };
      }
      StatementRuns.clearStaleCancel(statement);
      if (owner.openStatements.closing()) {
        throw new SQLException("connection is closed");
      }
      if (slots != null) {
        slots.checkBefore((PreparedStatement) statement, method, args);
      }
      Statement before = RunningStatement.enter(statement);
      try {
        return method.invoke(statement, args);
      } catch (InvocationTargetException e) {
        throw StatementRuns.asSqlException(statement, e.getCause());
      } finally {
        RunningStatement.restore(before);
      }
    }
  }
}
