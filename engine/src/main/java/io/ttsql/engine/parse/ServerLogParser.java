package io.ttsql.engine.parse;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventDraft;
import io.ttsql.engine.store.TracePart;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * Parses the allocation server log ({@code debug.log}, FORMATS.md section 1): every line is an
 * event, part of a statistics block, another recognised line, or a parse error.
 */
public final class ServerLogParser implements LogParser {
  /** The reason given for a recognised line with an event's text inside it (FORMATS.md 5.2: report, never glue). */
  static final String SPLICED = "an event inside another line: two writers' output spliced";
  private static final String TRUNCATED = "truncated last line";

  private final TracePart out;
  private final ServerEventLines eventLines = new ServerEventLines();
  private final TemplateMatchers templates = new TemplateMatchers();
  private final StatsBlockReader stats;
  private final ByteCursor cursor = new ByteCursor();
  private boolean inKernelDump;

  public ServerLogParser(TracePart out) {
    this.out = out;
    this.stats = new StatsBlockReader(out, templates);
  }

  @Override
  public void line(byte[] buf, int start, int end, long number, boolean terminated) {
    if (start == end) {
      out.recognized(1);
      return;
    }
    if (!terminated && buf[end - 1] >= '0' && buf[end - 1] <= '9') {
      // A last line cut in its final number (a statistics figure, an active count) could read as
      // whole with another value; the lines whose text ends otherwise cannot.
      out.parseError(number, TRUNCATED, buf, start, end);
      return;
    }
    try {
      if (exactEvent(buf, start, end, number) || cbOrKernelLine(buf, start, end) || slowLine(buf, start, end, number)) {
        return;
      }
      out.parseError(number, terminated ? "not a server log line" : TRUNCATED, buf, start, end);
    } catch (NumberFormatException e) { // a number too big: the message names it (NumberFields, BigintLimit)
      out.parseError(number, e.getMessage(), buf, start, end);
    } catch (IllegalStateException e) {
      out.parseError(number, e.getMessage(), buf, start, end);
    }
  }

  @Override
  public long wholeLines(byte[] buf, int start, int limit, long number) {
    int newline = FastServerLines.parse(buf, start, limit, number, out);
    return newline < 0 ? -1 : LogParser.taken(1, newline);
  }

  private boolean exactEvent(byte[] buf, int start, int end, long number) {
    EventDraft e = out.draft();
    cursor.reset(buf, start, end);
    if (cursor.expect(ServerEventLines.ALLOC_PREFIX)) {
      return eventLines.allocation(buf, start, end, number, e) && added(e);
    }
    if (cursor.expect(ServerEventLines.FREE_PREFIX)) {
      return eventLines.free(buf, start, end, number, e) && added(e);
    }
    return false;
  }

  /** A V4 circular-buffer or kernel line, recognised by its own template (neither an event nor part of a block). */
  private boolean cbOrKernelLine(byte[] buf, int start, int end) {
    if (!CbKernelLines.isOne(buf, start, end, templates)) {
      return false;
    }
    out.recognized(1);
    return true;
  }

  private boolean added(EventDraft e) {
    out.addEvent(e, 1);
    return true;
  }

  private boolean slowLine(byte[] buf, int start, int end, long number) {
    String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
    if (inKernelDump && templates.matches(ServerTemplates.SERVER_STARTED, line)) {
      inKernelDump = false; // a restarted server: the dump was cut short, read the banner as usual
    }
    // Events and statistics come from other threads, so they are read inside a kernel dump too.
    if (slowEvent(line, number) || takesStatistics(line) && stats.accept(line, number, buf, start, end)) {
      return true;
    }
    if (!inKernelDump && !ServerTemplates.recognised(line, templates)) {
      return false;
    }
    if (ServerTemplates.holdsSplicedEvent(line)) {
      out.parseError(number, SPLICED, buf, start, end);
    } else {
      out.recognized(1);
    }
    inKernelDump = inKernelDump
        ? !templates.matches(ServerTemplates.KERNEL_DUMP_END, line)
        : templates.matches(ServerTemplates.KERNEL_DUMP_START, line);
    return true;
  }

  /**
   * Whether {@code line} goes to the statistics reader: always, but inside a kernel dump (whose
   * lines have no template) only a block's title and the lines of a block it opened.
   */
  private boolean takesStatistics(String line) {
    return !inKernelDump || stats.isOpen() || templates.matches(ServerTemplates.STATS_TITLE, line);
  }

  /** The rarer events: unknown deallocations, changes of a stored size, dead-process cleanups and the server's start. */
  private boolean slowEvent(String line, long number) {
    EventDraft e = out.draft();
    Matcher m;
    if ((m = templates.match(ServerTemplates.UNKNOWN_FREE, line)) != null
        || (m = templates.match(ServerTemplates.ALREADY_FREED, line)) != null) {
      e.start(EventKind.UNKNOWN_FREE, number)
          .pid(NumberFields.signedInt("PID", m.group(1)))
          .address(NumberFields.unsigned("buffer", m.group(2)))
          .device(NumberFields.signedInt("device", m.group(3)));
      return added(e);
    }
    if ((m = templates.match(ServerTemplates.UNKNOWN_FREE_NO_PID, line)) != null) {
      e.start(EventKind.UNKNOWN_FREE, number).address(NumberFields.unsigned("buffer", m.group(1)));
      return added(e);
    }
    if ((m = templates.match(ServerTemplates.BUFFER_RESIZED, line)) != null) {
      e.start(EventKind.RESIZE, number)
          .pid(NumberFields.signedInt("PID", m.group(1)))
          .size(BigintLimit.check("new", NumberFields.unsigned("new", m.group(2))))
          .address(NumberFields.unsigned("buffer", m.group(3)))
          .device(NumberFields.signedInt("device", m.group(4)));
      return added(e);
    }
    if ((m = templates.match(ServerTemplates.PROCESS_DEAD, line)) != null) {
      e.start(EventKind.PROCESS_EXIT, number).pid(NumberFields.signedInt("PID", m.group(1)));
      return added(e);
    }
    if (templates.matches(ServerTemplates.SERVER_STARTED, line)) {
      e.start(EventKind.SERVER_START, number);
      return added(e);
    }
    return false;
  }

  @Override
  public void overlong(long number, byte[] buf, int start, int end) {
    out.parseError(number, LineSplitter.OVERLONG, buf, start, end);
  }

  @Override
  public void end() {
    stats.end();
  }
}
