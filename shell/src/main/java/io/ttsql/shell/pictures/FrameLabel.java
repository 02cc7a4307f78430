package io.ttsql.shell.pictures;

import io.ttsql.udf.SymbolFunctions;

/**
 * What a flame graph shows for a frame: its name (the function, or {@code [module]} for a frame
 * whose symbol is hidden), a shorter name for narrow boxes, and its colour family.
 *
 * @param name the function; frames with the same name at the same place in the tree merge
 * @param shortName the last two {@code ::} components, as the SQL function {@code short_function} gives
 * @param family where the code lives
 */
record FrameLabel(String name, String shortName, FrameFamily family) {
  /** The root of every flame graph. */
  static final FrameLabel ROOT = new FrameLabel("all", "all", FrameFamily.ROOT);
  /** The single frame of the lifetimes that have no call stack (the server log has none). */
  static final FrameLabel NO_STACK = new FrameLabel("(no stack)", "(no stack)", FrameFamily.NO_STACK);

  /**
   * The label of a row of the {@code frames} table.
   *
   * @param module the library or executable path, or null for a raw address frame
   * @param function the function, empty or null when the symbol is hidden
   */
  static FrameLabel of(String module, String function) {
    String file = module == null ? null : module.substring(module.lastIndexOf('/') + 1);
    if (function == null || function.isBlank()) {
      String name = "[" + (file == null || file.isEmpty() ? "unknown" : file) + "]";
      return new FrameLabel(name, name, FrameFamily.UNKNOWN);
    }
    return new FrameLabel(function, SymbolFunctions.shortFunction(function), FrameFamily.of(file, function));
  }
}
