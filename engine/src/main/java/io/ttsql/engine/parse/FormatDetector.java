package io.ttsql.engine.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells the format of a log from its first bytes, not its name: a line of 59 {@code ═} opens a
 * debug-log block; server lines start with markers such as {@code ✓ [PID } or {@code 📊}, or are
 * whole server lines whose start alone anyone's output could have ({@code 🚀 …}).
 */
public final class FormatDetector {
  private static final ByteLiteral[] SERVER_MARKERS = Stream.concat(
      Stream.of(
          new ByteLiteral("✓ [PID "),
          new ByteLiteral("✗ [PID "),
          new ByteLiteral("📊 Current Statistics:"),
          new ByteLiteral("🔍 Device detection")),
      CbKernelLines.starts().stream()).toArray(ByteLiteral[]::new);
  private static final ByteLiteral WARNING_SIGN = new ByteLiteral("⚠");
  private static final ByteLiteral VARIATION_SELECTOR = new ByteLiteral("\uFE0F");
  private static final ByteLiteral SPACE = new ByteLiteral(" ");
  /**
   * What follows the warning sign, its optional U+FE0F and one or more spaces (FORMATS.md 5.1) in
   * the warnings only a server prints: per-buffer warnings, a cleanup's title, the unknown free without a PID.
   */
  private static final ByteLiteral[] SERVER_WARNINGS = {
    new ByteLiteral("[PID "), new ByteLiteral("Detected dead processes"), new ByteLiteral("Warning: Deallocation for unknown buffer ")
  };

  /** Starts of server lines that an application's output could share: these decide only as whole lines. */
  private static final ByteLiteral[] SHARED_STARTS = {new ByteLiteral("🚀 "), new ByteLiteral("📋 "), new ByteLiteral("   PID ")};
  private static final List<Pattern> WHOLE_SERVER_LINES = List.of(
      ServerTemplates.SERVER_STARTED,
      ServerTemplates.PROCESS_DEAD,
      Pattern.compile("📋 (?:Received DUMP_(?:REMAINING|KERNELS) request\\.\\.\\.|DUMP_(?:REMAINING|KERNELS) complete\\.)"));

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
      if (startsWithAny(head, start, lineEnd, cursor, SERVER_MARKERS) || isServerWarning(head, start, lineEnd, cursor)
          || isWholeServerLine(head, start, lineEnd, cursor)) {
        return LogFormat.SERVER;
      }
      start = end + 1;
    }
    return LogFormat.UNKNOWN;
  }

  private static boolean startsWithAny(byte[] head, int start, int end, ByteCursor cursor, ByteLiteral[] starts) {
    for (ByteLiteral literal : starts) {
      if (cursor.reset(head, start, end).expect(literal)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isServerWarning(byte[] head, int start, int end, ByteCursor cursor) {
    if (!cursor.reset(head, start, end).expect(WARNING_SIGN)) {
      return false;
    }
    cursor.expect(VARIATION_SELECTOR);
    if (!cursor.expect(SPACE)) {
      return false;
    }
    while (cursor.expect(SPACE)) {
      // the spaces before the warning's text, one or more
    }
    int text = cursor.position();
    for (ByteLiteral literal : SERVER_WARNINGS) {
      if (literal.at(head, text, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWholeServerLine(byte[] head, int start, int end, ByteCursor cursor) {
    if (!startsWithAny(head, start, end, cursor, SHARED_STARTS)) {
      return false;
    }
    String line = new String(head, start, end - start, StandardCharsets.UTF_8);
    return WHOLE_SERVER_LINES.stream().anyMatch(p -> p.matcher(line).matches());
  }
}
