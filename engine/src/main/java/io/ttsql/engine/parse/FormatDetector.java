package io.ttsql.engine.parse;

/**
 * Tells the format of a log from its first bytes, not its name: a line of 59 {@code ═} opens a
 * debug-log block; server lines start with markers such as {@code ✓ [PID } or {@code 📊}.
 */
public final class FormatDetector {
  private static final ByteLiteral[] SERVER_MARKERS = {
    new ByteLiteral("✓ [PID "),
    new ByteLiteral("✗ [PID "),
    new ByteLiteral("⚠ [PID "),
    new ByteLiteral("📊 Current Statistics:"),
    new ByteLiteral("🚀 "),
    new ByteLiteral("🔍 Device detection"),
    new ByteLiteral("📋 "),
    new ByteLiteral("   PID "),
    new ByteLiteral("⚠️  Detected dead processes"),
    new ByteLiteral("⚠ Warning: Deallocation for unknown buffer "),
    new ByteLiteral("✓ [CB_ALLOC] "),
    new ByteLiteral("✗ [CB_FREE] "),
    new ByteLiteral("✓ [KERNEL_LOAD] "),
    new ByteLiteral("✗ [KERNEL_UNLOAD] "),
  };

  private FormatDetector() {}

  /** The format of a log starting with {@code head[0, length)}; the first telling line decides. */
  public static LogFormat detect(byte[] head, int length) {
    ByteCursor cursor = new ByteCursor();
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && head[end] != '\n') {
        end++;
      }
      int lineEnd = end > start && head[end - 1] == '\r' ? end - 1 : end;
      if (cursor.reset(head, start, lineEnd).expectRest(BufferDebugLogParser.SEPARATOR)) {
        return LogFormat.BUFFER_DEBUG;
      }
      for (ByteLiteral marker : SERVER_MARKERS) {
        if (cursor.reset(head, start, lineEnd).expect(marker)) {
          return LogFormat.SERVER;
        }
      }
      start = end + 1;
    }
    return LogFormat.UNKNOWN;
  }
}
