package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.ParseError;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.store.StackTable;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.store.TraceAssembler;
import io.ttsql.engine.store.TracePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast paths of the buffer debug parser (whole blocks, and call stacks with {@link FrameRun})
 * change nothing: seeded random logs read with them and with the line-by-line path alone give the
 * same events, line numbers, stacks, parse errors and line accounting. The logs repeat a few stacks
 * and mix in the shapes the fast paths must decline: CRLF lines, bad or out-of-range field values,
 * a missing field, an unknown header, a frame line without its indent, a block cut by the next
 * separator or by the end of the file, a frame line cut by the next block's separator on the same
 * line, a truncated last line, stacks over {@link
 * FrameRun#MAX_BYTES}. They are read in small random pieces so that blocks straddle the
 * splitter's reads.
 */
class DebugFastPathsTest {
  private static final String SEPARATOR = "═".repeat(59);
  private static final String[] FRAMES = {
    "/lib/libtt_metal.so: tt::tt_metal::Buffer::allocate_impl()",
    "/lib/libtt_metal.so: tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)",
    "/lib/_ttnn.so: ttnn::operations::matmul::Matmul::create_output_tensors() const",
    "/lib/_ttnn.so: ",
    "python3: _PyEval_EvalFrameDefault",
    "[0x7f3a9c21d1b4]",
    "/lib/_ttnn.so: a\u000bsymbol with a vertical tab",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 20_261_125, -7})
  void fastAndLineByLinePathsAgree(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] log = Utf8.bytes(log(random));
    Parsed fast = parse(log, new SplittableRandom(seed), true);
    Parsed lineByLine = parse(log, new SplittableRandom(seed), false);
    assertTrue(fast.taken > 100, "seed " + seed + ": the fast path took " + fast.taken + " stacks");
    assertEquals(0, lineByLine.taken);
    assertTrue(lineByLine.text.contains("\nerror "), "seed " + seed + ": the log has broken blocks");
    assertEquals(lineByLine.text, fast.text, "seed " + seed);
  }

  @Test
  void takesFrameLinesUpToTheEmptyLine() {
    // Two frame lines of 14 and 11 bytes with their newlines, then the empty line at index 25;
    // the scan reads whole words, so the next block's separator follows.
    byte[] bytes = Utf8.bytes("    a: b(int)\n    c: d()\n\n" + SEPARATOR);
    FrameRun run = new FrameRun();
    assertTrue(run.scan(bytes, 0, bytes.length));
    assertEquals(2, run.frames());
    assertEquals(25, run.end());
    assertEquals(StackTextIndex.hash(bytes, 25), run.hash());
  }

  @Test
  void declinesWhatTheLineByLinePathMustJudge() {
    FrameRun run = new FrameRun();
    // The last: a frame line cut mid-write and the next run's separator after it on the same line,
    // which the line-by-line path splits into a parse error and the next block.
    for (String text : List.of("    a\r\n\n", "    a\n  b\n\n", "    a\n    b\n", "  a\n\n", "    a\n\r\n",
        "    a\n    /lib/libtt_me" + SEPARATOR + "\n    b\n\n")) {
      byte[] bytes = Utf8.bytes(text + SEPARATOR);
      assertFalse(run.scan(bytes, 0, bytes.length), text);
    }
  }

  @Test
  void declinesABlockWithALineTooLongToParse() {
    // A field line over LineSplitter.MAX_LINE_BYTES, all of it in the buffer: a device number
    // behind a megabyte of zeros still reads as 1, but the line-by-line path never parses such a
    // line (it lists it as overlong and breaks the block), so the whole-block path must decline it.
    String device = "Device: " + "0".repeat(LineSplitter.MAX_LINE_BYTES) + "1";
    List<String> lines = block(new SplittableRandom(1), new String[] {FRAMES[0]});
    lines.set(3, device);
    byte[] bytes = Utf8.bytes(String.join("\n", lines) + "\n" + SEPARATOR);
    BufferDebugLogParser parser = new BufferDebugLogParser(new TracePart());
    assertEquals(-1, parser.wholeLines(bytes, 0, bytes.length, 1));
    lines.set(3, "Device: 1");
    byte[] shorter = Utf8.bytes(String.join("\n", lines) + "\n" + SEPARATOR);
    assertTrue(parser.wholeLines(shorter, 0, shorter.length, 1) >= 0, "the same block with a short Device line is taken");
  }

  /** What a parse produced, as text, and how many stacks the fast path took. */
  private record Parsed(String text, int taken) {}

  private static Parsed parse(byte[] log, SplittableRandom reads, boolean fastPath) throws IOException {
    TracePart part = new TracePart();
    BufferDebugLogParser parser = new BufferDebugLogParser(part);
    int[] taken = {0};
    LogParser counting = new LogParser() {
      @Override
      public void line(byte[] buf, int start, int end, long number, boolean terminated) {
        parser.line(buf, start, end, number, terminated);
      }

      @Override
      public long wholeLines(byte[] buf, int start, int limit, long number) {
        long result = fastPath ? parser.wholeLines(buf, start, limit, number) : -1;
        if (result >= 0) {
          taken[0]++;
        }
        return result;
      }

      @Override
      public void overlong(long number, byte[] buf, int start, int end) {
        parser.overlong(number, buf, start, end);
      }

      @Override
      public void end() {
        parser.end();
      }
    };
    LineSplitter splitter = new LineSplitter(counting, bytes -> {});
    splitter.run(new PiecewiseStream(log, reads));
    TraceAssembler assembler = new TraceAssembler();
    assembler.addFile("debug.log", "buffer_debug", log.length, List.of(part), new long[] {splitter.lines()}, 0, null);
    return new Parsed(describe(assembler.build()), taken[0]);
  }

  /** Every event with its line, kind, fields and stack frames, every parse error, and the line accounting. */
  private static String describe(Trace trace) {
    StringBuilder text = new StringBuilder();
    EventColumns e = trace.events();
    StackTable stacks = trace.stacks();
    for (int seq = 0; seq < e.count(); seq++) {
      text.append(e.line(seq)).append(' ').append(e.kind(seq).sqlName()).append(' ').append(e.device().boxed(seq))
          .append(' ').append(e.address().boxed(seq)).append(' ').append(e.size().boxed(seq));
      if (!e.stackId().isNull(seq)) {
        int stack = e.stackId().get(seq);
        for (int depth = 0; depth < stacks.depthOf(stack); depth++) {
          text.append(" | ").append(stacks.module(stack, depth)).append(" : ").append(stacks.symbol(stack, depth));
        }
      }
      text.append('\n');
    }
    for (ParseError error : trace.parseErrors()) {
      text.append("error ").append(error.line()).append(' ').append(error.reason()).append(": ").append(error.text())
          .append('\n');
    }
    SourceInfo source = trace.sources().get(0);
    return text.append(source.lines()).append(' ').append(source.eventLines()).append(' ').append(source.otherLines())
        .toString();
  }

  private static String log(SplittableRandom r) {
    String[][] stacks = new String[12][];
    for (int i = 0; i < stacks.length; i++) {
      stacks[i] = new String[r.nextInt(10)];
      for (int depth = 0; depth < stacks[i].length; depth++) {
        stacks[i][depth] = FRAMES[r.nextInt(FRAMES.length)] + (r.nextInt(3) == 0 ? "" : " #" + r.nextInt(4));
      }
    }
    StringBuilder log = new StringBuilder();
    for (int b = 0; b < 1500; b++) {
      List<String> lines = block(r, stacks[r.nextInt(stacks.length)]);
      boolean odd = r.nextInt(6) == 0;
      if (odd) {
        spoil(r, lines);
      }
      for (String line : lines) {
        log.append(line).append(odd && r.nextInt(12) == 0 ? "\r\n" : "\n");
      }
    }
    if (r.nextBoolean()) {
      List<String> last = block(r, stacks[0]);
      String cut = String.join("\n", last.subList(0, last.size() - 1));
      log.append(cut, 0, cut.length() - r.nextInt(3));
    }
    return log.toString();
  }

  /** The lines of one well-formed block with {@code stack}, the empty line that closes it last. */
  private static List<String> block(SplittableRandom r, String[] stack) {
    List<String> lines = new ArrayList<>();
    int kind = r.nextInt(10);
    lines.add(SEPARATOR);
    lines.add(kind < 5 ? "BUFFER ALLOCATED" : kind < 9 ? "BUFFER DEALLOCATED" : "BUFFER DESTRUCTOR (still ALLOCATED - will deallocate)");
    lines.add("Time: 15:31:" + (10 + r.nextInt(50)));
    lines.add("Device: " + r.nextInt(8));
    long address = r.nextLong(1L << 32);
    lines.add("Address: 0x" + Long.toHexString(address) + " (" + address + ")");
    int size = 1 << r.nextInt(20);
    lines.add("Size: " + size + " bytes (" + size / 1024 + " KB)");
    lines.add("Type: " + (r.nextBoolean() ? "DRAM" : "L1"));
    lines.add("Buffer*: 0x55d2001c9e" + Integer.toHexString(16 + r.nextInt(200)));
    if (kind < 5) {
      lines.add("Owns Data: " + (r.nextBoolean() ? "yes" : "no"));
      lines.add("Hooked: no");
    }
    lines.add("Call Stack:");
    for (String frame : stack) {
      lines.add("    " + frame);
    }
    lines.add("");
    return lines;
  }

  /** Breaks one thing in a block, in a way the fast paths must decline. */
  private static void spoil(SplittableRandom r, List<String> lines) {
    int line = 2 + r.nextInt(lines.size() - 2);
    switch (r.nextInt(10)) {
      case 0 -> lines.set(2, "Time: 25:61:00");
      case 1 -> lines.set(3, r.nextBoolean() ? "Device: x" : "Device: 99999999999");
      case 2 -> lines.set(4, "Address: 0x10 (17)");
      case 3 -> lines.set(6, "Type: WEIRD");
      case 4 -> lines.remove(line);
      case 5 -> lines.set(1, "BUFFER UNKNOWN");
      case 6 -> lines.add(1, "");
      case 7 -> lines.set(line, lines.get(line).startsWith("    ") ? "  " + lines.get(line).strip() : lines.get(line));
      case 8 -> {
        // A frame line cut mid-write by a killed run, the next run's separator appended to it.
        String frame = lines.get(line);
        if (frame.startsWith("    ")) {
          lines.set(line, frame.substring(0, 4 + r.nextInt(frame.length() - 3)) + SEPARATOR);
        }
      }
      default -> {
        String frame = FRAMES[r.nextInt(FRAMES.length)];
        lines.add(lines.size() - 1, "    " + frame.repeat(FrameRun.MAX_BYTES / frame.length() + 1));
      }
    }
  }

  /** Hands out its bytes in random pieces of 1 to 4096 bytes, as a slow pipe would. */
  private static final class PiecewiseStream extends InputStream {
    private final ByteArrayInputStream in;
    private final SplittableRandom random;

    PiecewiseStream(byte[] bytes, SplittableRandom random) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = random;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, 1 + random.nextInt(4096)));
    }
  }
}
