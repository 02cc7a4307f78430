package io.ttsql.udf;

import java.lang.reflect.Method;
import java.util.Objects;
import org.apache.calcite.DataContext;
import org.apache.calcite.schema.Function;

/**
 * One SQL function: its name, signature and one-line description, and the public static method
 * that implements it.
 *
 * @param name the SQL name, lower case
 * @param signature how the shell and the README show it, e.g. {@code hex(address bigint) → varchar}
 * @param description what it returns, in one line with an example
 * @param method the public static implementation; NULL arguments reach it as null
 */
public record Udf(String name, String signature, String description, Method method) {
  public Udf {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(signature, "signature is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(method, "method is null");
    if (!signature.startsWith(name + "(")) {
      throw new IllegalArgumentException("signature of " + name + " must start with its name: " + signature);
    }
  }

  /** Whether the method reads the trace of its schema: it takes {@code (DataContext, String schema)} first. */
  public boolean schemaBound() {
    return method.getParameterCount() > 0 && method.getParameterTypes()[0] == DataContext.class;
  }

  /** The Calcite function to register in the schema called {@code schemaName}. */
  public Function function(String schemaName) {
    return new MethodFunction(method, schemaBound() ? schemaName : null);
  }
}
