package io.ttsql.engine.parse;

import io.ttsql.engine.store.TracePart;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a file can be cut into parts that parse independently: at a block separator in the buffer
 * debug log; in the server log, at a client's one-line message (an allocation, a free, a V4
 * circular-buffer or kernel line) that follows another, unless a parser starting there fails on a
 * line after them, which shows they were inside a statistics block or kernel dump (the server's
 * threads print other lines in the middle of those).
 */
public final class PartBoundaries {
  private static final int WINDOW = 1 << 20;
  /** Lines read after a possible cut to see whether it lies inside a block: blocks are interrupted by a few lines at most. */
  private static final int LINES_CHECKED = 256;
  private static final ByteLiteral STATS_TITLE = new ByteLiteral("📊 Current Statistics:");
  private static final ByteLiteral KERNEL_DUMP_END = new ByteLiteral("📋 DUMP_KERNELS complete.");
  private static final ByteLiteral KERNEL_DUMP_BORDER = new ByteLiteral("║");
  private static final ByteLiteral SERVER_BANNER = new ByteLiteral("🚀 ");

  private PartBoundaries() {}

  /**
   * Offsets that cut {@code [0, size)} into about {@code parts} ranges: {@code 0}, the cuts found,
   * then {@code size}. Fewer ranges come back where no cut is found near a target.
   */
  public static long[] find(FileChannel file, long size, LogFormat format, int parts) throws IOException {
    List<Long> cuts = new ArrayList<>();
    cuts.add(0L);
    ByteBuffer window = ByteBuffer.allocate(WINDOW);
    for (int i = 1; i < parts; i++) {
      long target = size * i / parts;
      if (target <= cuts.get(cuts.size() - 1)) {
        continue;
      }
      window.clear();
      int n = file.read(window, target);
      long cut = n <= 0 ? -1 : cutIn(window.array(), n, format, target + n >= size);
      if (cut >= 0) {
        cuts.add(target + cut);
      }
    }
    cuts.add(size);
    return cuts.stream().mapToLong(Long::longValue).distinct().toArray();
  }

  /**
   * The offset in {@code buf[0, n)} of the first line start where a part may begin, or -1.
   *
   * @param fileEnds whether the file ends at {@code n}: otherwise a server log's cut needs the
   *     lines after it that tell whether it lies inside a block ({@link #firstMisreadLine}) in the buffer
   */
  static int cutIn(byte[] buf, int n, LogFormat format, boolean fileEnds) {
    int lineStart = nextLine(buf, 0, n);
    boolean previousIsMessage = false;
    while (lineStart >= 0 && lineStart < n) {
      int lineEnd = nextLine(buf, lineStart, n) - 1;
      if (lineEnd < 0) {
        return -1;
      }
      int contentEnd = contentEnd(buf, lineStart, lineEnd);
      if (format == LogFormat.BUFFER_DEBUG) {
        if (BufferDebugLogParser.SEPARATOR.isWhole(buf, lineStart, contentEnd)) {
          return lineStart;
        }
      } else {
        boolean isMessage = isOneMessage(buf, lineStart, contentEnd);
        if (isMessage && previousIsMessage) {
          int misread = firstMisreadLine(buf, lineStart, n, fileEnds);
          if (misread < 0) {
            return lineStart;
          }
          // The events lie inside a statistics block (the server's threads interleave): go on after it.
          isMessage = false;
          lineEnd = nextLine(buf, misread, n) - 1;
        }
        previousIsMessage = isMessage;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }

  /**
   * Whether the line is one client message: an allocation or free, or a V4 circular-buffer or
   * kernel line (in a V4 log these come between most events, which then never follow each other).
   */
  private static boolean isOneMessage(byte[] buf, int start, int end) {
    return ServerEventLines.ALLOC_PREFIX.at(buf, start, end) || ServerEventLines.FREE_PREFIX.at(buf, start, end)
        || CbKernelLines.startsOne(buf, start, end);
  }

  /**
   * Where a server log parser that starts at {@code from} first fails, within {@link
   * #LINES_CHECKED} lines: the start of that line, or -1 when it does not fail. It fails on the
   * inside of a statistics block or a kernel dump, which only a parser that read their start
   * understands. After a statistics title its statistics are right, and other lines that fail
   * may be any output; only the end of a kernel dump, before the start of one or a server's
   * banner (which ends one), still shows that the part would start inside that dump. Where
   * {@code buf[0, n)} ends first, but not the file, the lines that would fail may lie beyond it:
   * {@code n} is returned, as if they did.
   */
  private static int firstMisreadLine(byte[] buf, int from, int n, boolean fileEnds) {
    TracePart scratch = new TracePart();
    ServerLogParser parser = new ServerLogParser(scratch);
    int start = from;
    boolean afterTitle = false;
    boolean dumpOver = false;
    for (int lines = 0; lines < LINES_CHECKED; lines++) {
      int next = start < n ? nextLine(buf, start, n) : -1;
      if (next < 0) {
        return fileEnds ? -1 : n;
      }
      int end = contentEnd(buf, start, next - 1);
      dumpOver |= endsAnyDump(buf, start, end);
      afterTitle |= STATS_TITLE.isWhole(buf, start, end);
      if (!afterTitle) {
        parser.line(buf, start, end, lines + 1, true);
        if (scratch.hasParseErrors()) {
          return start;
        }
      } else if (dumpOver) {
        return -1;
      } else if (KERNEL_DUMP_END.isWhole(buf, start, end)) {
        return start;
      }
      start = next;
    }
    return -1;
  }

  /** Whether the line opens a kernel dump or is a server's banner: a dump open before it is over. */
  private static boolean endsAnyDump(byte[] buf, int start, int end) {
    if (!KERNEL_DUMP_BORDER.at(buf, start, end) && !SERVER_BANNER.at(buf, start, end)) {
      return false;
    }
    String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
    return ServerTemplates.KERNEL_DUMP_START.matcher(line).matches() || ServerTemplates.SERVER_STARTED.matcher(line).matches();
  }

  private static int contentEnd(byte[] buf, int lineStart, int lineEnd) {
    return lineEnd > lineStart && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
  }

  /** The offset just past the next newline at or after {@code from}, or -1 if there is none. */
  private static int nextLine(byte[] buf, int from, int n) {
    for (int i = from; i < n; i++) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }
}
