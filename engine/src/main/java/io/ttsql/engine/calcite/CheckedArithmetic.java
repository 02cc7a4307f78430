package io.ttsql.engine.calcite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * Whole-number arithmetic that fails on overflow, as in PostgreSQL and DuckDB, rather than wrap
 * around: {@code sum(size * 1000000000000)} came out as a plausible wrong number. Calcite checks
 * arithmetic when the connection's conformance says so, and its connection property names only
 * its fixed conformances, none of them lenient and checked; so a statement is prepared with a
 * context whose configuration gives ttsql's lenient conformance, checked.
 */
final class CheckedArithmetic {
  /** The connection's lenient SQL, with arithmetic that fails on overflow. */
  private static final SqlConformance CONFORMANCE = new SqlDelegatingConformance(SqlConformanceEnum.LENIENT) {
    @Override
    public boolean checkedArithmetic() {
      return true;
    }
  };

  private CheckedArithmetic() {}

  /** {@code context}, its configuration's conformance checked. */
  static CalcitePrepare.Context of(CalcitePrepare.Context context) {
    CalciteConnectionConfig config = answering(CalciteConnectionConfig.class, context.config(), "conformance", CONFORMANCE);
    return answering(CalcitePrepare.Context.class, context, "config", config);
  }

  /** {@code target} seen through {@code type}, with its method {@code name} without arguments answering {@code answer}. */
  private static <T> T answering(Class<T> type, T target, String name, Object answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals(name) && method.getParameterCount() == 0) {
        return answer;
      }
      return call(target, method, args);
    }));
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
