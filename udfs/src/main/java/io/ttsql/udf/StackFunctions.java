package io.ttsql.udf;

import org.apache.calcite.DataContext;

/**
 * SQL functions {@code frame_at}, {@code stack_text} and {@code stack_contains} over the call
 * stacks of a trace. Each method receives the query's {@link DataContext} and the name of the
 * schema the function was registered in (see {@link MethodFunction}), then its SQL arguments;
 * an unknown stack id gives NULL.
 */
public final class StackFunctions {
  private StackFunctions() {}

  /**
   * {@code frame_at(stack_id, n)}: the function of frame {@code n} (0 is the frame printed first,
   * nearest the buffer code), as in {@code frames.function}; NULL past the last frame.
   */
  public static String frameAt(DataContext root, String schema, Long stackId, Integer n) {
    if (stackId == null || n == null || n < 0) {
      return null;
    }
    StackSource stacks = StackSource.of(root, schema);
    return n < stacks.frameCount(stackId) ? stacks.function(stackId, n) : null;
  }

  /**
   * {@code stack_text(stack_id)}: the whole stack, one function per line from frame 0; a frame
   * whose symbol is hidden shows its module instead.
   */
  public static String stackText(DataContext root, String schema, Long stackId) {
    if (stackId == null) {
      return null;
    }
    StackSource stacks = StackSource.of(root, schema);
    int count = stacks.frameCount(stackId);
    if (count == 0) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int depth = 0; depth < count; depth++) {
      if (depth > 0) {
        text.append('\n');
      }
      String function = stacks.function(stackId, depth);
      String module = stacks.module(stackId, depth);
      text.append(function.isEmpty() && module != null ? module : function);
    }
    return text.toString();
  }

  /**
   * {@code stack_contains(stack_id, pattern)}: whether the function of some frame contains
   * {@code pattern} (case-sensitive, no wildcards).
   */
  public static Boolean stackContains(DataContext root, String schema, Long stackId, String pattern) {
    if (stackId == null || pattern == null) {
      return null;
    }
    StackSource stacks = StackSource.of(root, schema);
    int count = stacks.frameCount(stackId);
    if (count == 0) {
      return null;
    }
    for (int depth = 0; depth < count; depth++) {
      if (stacks.function(stackId, depth).contains(pattern)) {
        return true;
      }
    }
    return false;
  }
}
