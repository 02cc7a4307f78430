package io.ttsql.engine.parse;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventDraft;
import io.ttsql.engine.store.StackTable;
import io.ttsql.engine.store.TracePart;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the buffer debug log ({@code /tmp/tt_buffer_debug.log}, FORMATS.md section 2): blocks
 * opened by a separator, holding a header, fields, {@code Call Stack:} and frames, closed by an
 * empty line. A block that breaks off lists all its lines in {@code parse_errors}.
 */
public final class BufferDebugLogParser implements LogParser {
  static final ByteLiteral SEPARATOR = new ByteLiteral("═".repeat(59));
  private static final ByteLiteral ALLOCATED = new ByteLiteral("BUFFER ALLOCATED");
  private static final ByteLiteral DEALLOCATED = new ByteLiteral("BUFFER DEALLOCATED");
  private static final ByteLiteral DESTRUCTOR = new ByteLiteral("BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)");
  private static final ByteLiteral FRAME_INDENT = new ByteLiteral("    ");
  private static final String FRAME_SPLIT = ": ";
  private static final String CUT_BY_SEPARATOR = "block cut short by the next separator";

  /** Where the parser is: between blocks, at a block's header, among its fields, or in its call stack. */
  private enum State { OUTSIDE, HEADER, FIELDS, FRAMES }

  private final TracePart out;
  private final StackTable stacks;
  private final ByteCursor cursor = new ByteCursor();
  private final BlockLines block = new BlockLines();
  private State state = State.OUTSIDE;
  private EventKind kind;
  /** The line of the separator that opened the block being read: its event's line. */
  private long blockLine;
  private List<DebugField> fields;
  private int nextField;
  private final StackTextIndex knownStacks = new StackTextIndex();
  private final FrameRun frameRun = new FrameRun();
  private byte[] stackText = new byte[4096];
  private int stackTextLength;

  public BufferDebugLogParser(TracePart out) {
    this.out = out;
    this.stacks = out.stacks();
  }

  /**
   * Takes a whole block in its common shape straight from the buffer (see {@link #wholeBlock}), or
   * the call stack of a block begun line by line (see {@link FrameRun}).
   */
  @Override
  public long wholeLines(byte[] buf, int start, int limit, long number) {
    if (state == State.OUTSIDE) {
      return wholeBlock(buf, start, limit, number);
    }
    if (state != State.FRAMES || stackTextLength > 0 || !frameRun.scan(buf, start, limit)) {
      return -1;
    }
    int lines = frameRun.frames() + 1;
    addEvent(scannedStackId(buf, start), block.count() + lines);
    return LogParser.taken(lines, frameRun.end());
  }

  /**
   * A block from its separator at {@code start} to the empty line that closes it, all of it in the
   * buffer, parsed without keeping copies of its lines; a block of any other shape, or with a line
   * the line-by-line path would reject (or not parse, being over {@link LineSplitter#MAX_LINE_BYTES}),
   * is declined. Every line is matched to its end, so a line
   * ended by {@code \r\n} (whose {@code \r} is left in it here) is declined too.
   */
  private long wholeBlock(byte[] buf, int start, int limit, long number) {
    int end = start + SEPARATOR.length();
    if (end >= limit || buf[end] != '\n' || !SEPARATOR.at(buf, start, end)) {
      return -1;
    }
    int lineStart = end + 1;
    end = Newlines.indexOf(buf, lineStart, limit);
    if (end < 0) {
      return -1;
    }
    cursor.reset(buf, lineStart, end);
    EventKind blockKind = header();
    if (blockKind == null) {
      return -1;
    }
    EventDraft e = out.draft().start(blockKind, number);
    List<DebugField> blockFields = DebugField.of(blockKind);
    for (DebugField field : blockFields) {
      lineStart = end + 1;
      end = Newlines.indexOf(buf, lineStart, limit);
      if (end < 0 || end - lineStart > LineSplitter.MAX_LINE_BYTES || !parses(field, cursor.reset(buf, lineStart, end), e)) {
        return -1; // a line too long is not parsed at all: the line-by-line path lists it
      }
    }
    int lines = blockFields.size() + 3;
    int stackStart = end + 1;
    int stackId;
    if (stackStart < limit && buf[stackStart] == '\n') {
      stackId = -1;
      end = stackStart;
    } else if (frameRun.scan(buf, stackStart, limit)) {
      stackId = scannedStackId(buf, stackStart);
      end = frameRun.end();
      lines += frameRun.frames();
    } else {
      return -1;
    }
    addEvent(stackId, lines);
    return LogParser.taken(lines, end);
  }

  /** Whether {@code field} parses the line at {@code in}, a number out of range included as a no. */
  private static boolean parses(DebugField field, ByteCursor in, EventDraft e) {
    try {
      return field.parse(in, e);
    } catch (NumberFormatException outOfRange) {
      return false;
    }
  }

  /** The id of the stack {@link #frameRun} scanned from {@code start}: looked up by its text, interned the first time. */
  private int scannedStackId(byte[] buf, int start) {
    int id = knownStacks.find(buf, start, frameRun.end() - start, frameRun.hash());
    if (id < 0) {
      stackTextLength = 0;
      appendStackText(buf, start, frameRun.end());
      id = newStack(frameRun.hash());
    }
    return id;
  }

  @Override
  public void line(byte[] buf, int start, int end, long number, boolean terminated) {
    cursor.reset(buf, start, end);
    boolean separator = cursor.expectRest(SEPARATOR);
    if (!separator && endsWithSeparator(buf, start, end)) {
      cutBySeparator(buf, start, end - SEPARATOR.length(), number);
      return;
    }
    if (state == State.OUTSIDE) {
      outside(buf, start, end, number, separator);
      return;
    }
    if (separator) {
      if (state == State.FRAMES) {
        emit(); // only the empty line that ends a block is missing: header, fields and frames are whole
      } else {
        block.reportAll(out, CUT_BY_SEPARATOR, TracePart.NO_LINE);
      }
      open(buf, start, end, number);
      return;
    }
    if (state == State.FRAMES && !terminated && start < end) {
      // Every frame line ends with a newline: this one was cut mid-write, so its text is not a
      // frame. The block keeps the frames before it (fewer frames are valid).
      emit();
      out.parseError(number, "truncated last line", buf, start, end);
      return;
    }
    block.add(number, buf, start, end);
    cursor.reset(buf, start, end);
    try {
      String problem = step(buf, start, end);
      if (problem != null) {
        fail(problem, number);
      }
    } catch (NumberFormatException e) {
      fail(e.getMessage(), number);
    }
  }

  private static boolean endsWithSeparator(byte[] buf, int start, int end) {
    return end - start > SEPARATOR.length() && SEPARATOR.isWhole(buf, end - SEPARATOR.length(), end);
  }

  /**
   * A line whose text {@code buf[start, cut)} was cut mid-write, followed on the same line by the
   * next block's separator: a run killed inside a block, then the next run appending to the file
   * (FORMATS.md 2.1). The two pieces are never glued (FORMATS.md 5.2): the block being read ends
   * there, as at a separator (a block in its call stack keeps the frames before the cut); the cut
   * text is listed in {@code parse_errors}, which counts the line; and the separator opens the
   * next block, whose event has the line's number.
   */
  private void cutBySeparator(byte[] buf, int start, int cut, long number) {
    if (state == State.FRAMES) {
      emit();
    } else if (state != State.OUTSIDE) {
      block.reportAll(out, CUT_BY_SEPARATOR, TracePart.NO_LINE);
    }
    out.parseError(number, "line cut short by the next block's separator", buf, start, cut);
    block.clear();
    blockLine = number;
    state = State.HEADER;
  }

  private void outside(byte[] buf, int start, int end, long number, boolean separator) {
    if (separator) {
      open(buf, start, end, number);
    } else if (start == end) {
      out.recognized(1);
    } else {
      out.parseError(number, "not part of a buffer debug block", buf, start, end);
    }
  }

  private void open(byte[] buf, int start, int end, long number) {
    block.clear();
    block.add(number, buf, start, end);
    blockLine = number;
    state = State.HEADER;
  }

  /** Advances the block by one line; returns what is wrong with the line, or null. */
  private String step(byte[] buf, int start, int end) {
    switch (state) {
      case HEADER -> {
        kind = header();
        if (kind == null) {
          return "unknown block header";
        }
        out.draft().start(kind, blockLine);
        fields = DebugField.of(kind);
        nextField = 0;
        stackTextLength = 0;
        state = State.FIELDS;
      }
      case FIELDS -> {
        DebugField field = fields.get(nextField);
        if (!field.parse(cursor, out.draft())) {
          return "expected a valid '" + field.displayName() + "' line";
        }
        if (++nextField == fields.size()) {
          state = State.FRAMES;
        }
      }
      case FRAMES -> {
        if (start == end) {
          emit();
        } else if (cursor.expect(FRAME_INDENT)) {
          appendStackText(buf, start, end);
          stackText[stackTextLength++] = '\n';
        } else {
          return "expected a frame line or an empty line";
        }
      }
      default -> throw new IllegalStateException(state.name());
    }
    return null;
  }

  private EventKind header() {
    if (cursor.expectRest(ALLOCATED)) {
      return EventKind.ALLOC;
    }
    if (cursor.expectRest(DEALLOCATED)) {
      return EventKind.FREE;
    }
    return cursor.expectRest(DESTRUCTOR) ? EventKind.DESTRUCTOR : null;
  }

  /** Appends {@code buf[start, end)} to the block's stack text (frame lines with indents and newlines), interned at the block's end. */
  private void appendStackText(byte[] buf, int start, int end) {
    int length = end - start;
    if (stackTextLength + length + 1 > stackText.length) {
      stackText = Arrays.copyOf(stackText, Math.max(stackText.length * 2, stackTextLength + length + 1));
    }
    System.arraycopy(buf, start, stackText, stackTextLength, length);
    stackTextLength += length;
  }

  private void emit() {
    addEvent(stackId(), block.count());
  }

  private void addEvent(int stackId, int lines) {
    EventDraft e = out.draft();
    e.stackId(stackId);
    out.addEvent(e, lines);
    block.clear();
    state = State.OUTSIDE;
  }

  /** The id of the block's stack: looked up by its text, split into frames only the first time. */
  private int stackId() {
    if (stackTextLength == 0) {
      return -1;
    }
    long hash = StackTextIndex.hash(stackText, stackTextLength);
    int id = knownStacks.find(stackText, 0, stackTextLength, hash);
    return id >= 0 ? id : newStack(hash);
  }

  /** Interns the stack whose text is in {@link #stackText} and remembers its text. */
  private int newStack(long hash) {
    int[] frames = frameCodes();
    int id = stacks.internStack(frames, frames.length);
    knownStacks.put(stackText, stackTextLength, hash, id);
    return id;
  }

  /** The frame codes of the block's stack text: module and symbol split at the first {@code ": "}. */
  private int[] frameCodes() {
    String[] lines = new String(stackText, 0, stackTextLength - 1, StandardCharsets.UTF_8).split("\n", -1);
    int[] codes = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      String frame = lines[i].substring(FRAME_INDENT.length());
      int split = frame.indexOf(FRAME_SPLIT);
      codes[i] = split < 0
          ? stacks.frameCode(null, frame)
          : stacks.frameCode(frame.substring(0, split), frame.substring(split + FRAME_SPLIT.length()));
    }
    return codes;
  }

  /** Lists the block's lines as broken by {@code problem} at line {@code number}. */
  private void fail(String problem, long number) {
    block.reportAll(out, "broken " + kindName() + " block: " + problem, number);
    state = State.OUTSIDE;
  }

  private String kindName() {
    return state == State.HEADER || kind == null ? "buffer debug" : kind.sqlName();
  }

  @Override
  public void overlong(long number, byte[] buf, int start, int end) {
    if (state == State.OUTSIDE) {
      out.parseError(number, LineSplitter.OVERLONG, buf, start, end);
    } else {
      block.add(number, buf, start, end);
      fail(LineSplitter.OVERLONG, number);
    }
  }

  @Override
  public void end() {
    end("block cut short by the end of the file");
  }

  /** A part ends at a cut, which is always at a separator: a block still open is cut short by it. */
  @Override
  public void endAtCut() {
    end(CUT_BY_SEPARATOR);
  }

  private void end(String cutShort) {
    if (state == State.FRAMES) {
      emit();
    } else if (state != State.OUTSIDE) {
      block.reportAll(out, cutShort, TracePart.NO_LINE);
      state = State.OUTSIDE;
    }
  }
}
