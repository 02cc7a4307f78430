package io.ttsql.engine.model;

/**
 * The buffer types as the logs print them: TT-Metal's {@code BufferType} names, plus {@code OTHER},
 * which the debug log prints for SYSTEM_MEMORY and TRACE.
 */
public enum BufferType {
  DRAM, L1, SYSTEM_MEMORY, L1_SMALL, TRACE, OTHER;

  private static final BufferType[] VALUES = values();

  /** The name of {@code type} as the logs print it, or null for none. */
  public static String nameOf(BufferType type) {
    return type == null ? null : type.name();
  }

  /** The type with the given ordinal, as stored in columns. */
  public static BufferType of(int ordinal) {
    return VALUES[ordinal];
  }
}
