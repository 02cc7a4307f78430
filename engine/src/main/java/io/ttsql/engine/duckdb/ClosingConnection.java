package io.ttsql.engine.duckdb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/** A connection that passes every call to a Calcite connection and, on close, also closes a resource behind it. */
final class ClosingConnection implements InvocationHandler {
  private final Connection calcite;
  private final AutoCloseable resource;

  private ClosingConnection(Connection calcite, AutoCloseable resource) {
    this.calcite = calcite;
    this.resource = resource;
  }

  /** {@code calcite}, whose {@code close()} also closes {@code resource}. */
  static Connection of(Connection calcite, AutoCloseable resource) {
    return (Connection) Proxy.newProxyInstance(ClosingConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new ClosingConnection(calcite, resource));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("close") && method.getParameterCount() == 0) {
      try {
        calcite.close();
      } finally {
        resource.close();
      }
      return null;
    }
    try {
      return method.invoke(calcite, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
