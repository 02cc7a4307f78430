package io.ttsql.udf;

import org.apache.calcite.DataContext;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The call stacks of one trace, as the stack functions read them; the engine's schema of a trace
 * implements it. Stack ids are per trace: a stack function reads the stacks of the schema it was
 * registered in.
 */
public interface StackSource {
  /** The number of frames of the stack, 0 when the trace has no stack with this id. */
  int frameCount(long stackId);

  /** The function of the frame at {@code depth} (0 is the frame printed first), empty for a hidden symbol. */
  String function(long stackId, int depth);

  /** The module (library or executable) of the frame at {@code depth}, or null for a raw address frame. */
  String module(long stackId, int depth);

  /**
   * The stacks of the schema named {@code schemaName} of the running query's connection.
   *
   * @throws IllegalStateException when there is no such schema or it holds no stacks
   */
  static StackSource of(DataContext root, String schemaName) {
    SchemaPlus rootSchema = root.getRootSchema();
    SchemaPlus schema = rootSchema == null ? null : rootSchema.subSchemas().get(schemaName);
    if (schema == null) {
      throw new IllegalStateException("stack functions: no schema " + schemaName + " in this connection");
    }
    try {
      return schema.unwrap(StackSource.class);
    } catch (ClassCastException e) {
      throw new IllegalStateException("stack functions: schema " + schemaName + " holds no call stacks", e);
    }
  }
}
