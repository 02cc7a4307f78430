package io.ttsql.engine.calcite;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calcite's record of a connection's statements, made safe for threads that use the connection
 * at once: Calcite numbers statements with an unguarded counter and keeps them in a HashMap, so
 * two statements made at the same moment could get one number, and the close of one took the
 * other away (which then failed with AssertionError "no statement"). Statements are made one at a
 * time ({@link #make}), and the map, which every run reads, is swapped for a concurrent one.
 */
final class StatementBook {
  private StatementBook() {}

  /** Whether {@code method} of a connection makes a statement ({@code createStatement}, {@code prepareStatement}…). */
  static boolean makes(Method method) {
    return switch (method.getName()) {
      case "createStatement", "prepareStatement", "prepareCall" -> true;
      default -> false;
    };
  }

  /**
   * Calls {@code method} of {@code target}, a connection or its metadata (whose result sets are
   * statements too), with no other call that holds {@code lock}, the connection's, meanwhile.
   */
  static Object make(Object lock, Object target, Method method, Object[] args)
      throws IllegalAccessException, InvocationTargetException {
    synchronized (lock) {
      return method.invoke(target, args);
    }
  }

  /** Swaps the map of {@code calcite}'s statements for a concurrent one; leaves it if this Calcite has none. */
  static void guard(Connection calcite) {
    try {
      Object server = field(calcite.getClass(), "server").get(calcite);
      Field statements = field(server.getClass(), "statementMap");
      @SuppressWarnings("unchecked")
      Map<Object, Object> map = (Map<Object, Object>) statements.get(server);
      statements.set(server, new ConcurrentHashMap<>(map));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another Calcite: its statements are still made one at a time
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // on to the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
