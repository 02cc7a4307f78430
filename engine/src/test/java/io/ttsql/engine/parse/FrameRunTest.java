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
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The call-stack fast path of the buffer debug parser ({@link FrameRun}) changes nothing: seeded
 * random logs read with it and with the line-by-line path alone give the same events, line
 * numbers, stacks, parse errors and line accounting. The logs repeat a few stacks and mix in the
 * shapes the fast path must decline (CRLF lines, a frame line without its indent, a block cut by
 * the next separator or by the end of the file, a truncated last line, stacks over {@link
 * FrameRun#MAX_BYTES}), and are read in small random pieces so that blocks straddle the
 * splitter's reads.
 */
class FrameRunTest {
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
    assertEquals(StackTextIndex.hash(bytes, 0, 25), run.hash());
  }

  @Test
  void declinesWhatTheLineByLinePathMustJudge() {
    FrameRun run = new FrameRun();
    for (String text : List.of("    a\r\n\n", "    a\n  b\n\n", "    a\n    b\n", "  a\n\n", "    a\n\r\n")) {
      byte[] bytes = Utf8.bytes(text + SEPARATOR);
      assertFalse(run.scan(bytes, 0, bytes.length), text);
    }
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
      stacks[i] = new String[1 + r.nextInt(9)];
      for (int depth = 0; depth < stacks[i].length; depth++) {
        stacks[i][depth] = FRAMES[r.nextInt(FRAMES.length)] + (r.nextInt(3) == 0 ? "" : " #" + r.nextInt(4));
      }
    }
    StringBuilder log = new StringBuilder();
    for (int b = 0; b < 1500; b++) {
      boolean odd = r.nextInt(8) == 0;
      String eol = odd && r.nextInt(4) == 0 ? "\r\n" : "\n";
      log.append(SEPARATOR).append('\n');
      boolean allocated = r.nextBoolean();
      log.append(allocated ? "BUFFER ALLOCATED" : "BUFFER DEALLOCATED").append('\n');
      log.append("Time: 15:31:42").append(eol);
      log.append("Device: ").append(r.nextInt(8)).append('\n');
      long address = r.nextLong(1L << 32);
      log.append("Address: 0x").append(Long.toHexString(address)).append(" (").append(address).append(")\n");
      int size = 1 << r.nextInt(20);
      log.append("Size: ").append(size).append(" bytes (").append(size / 1024).append(" KB)\n");
      log.append("Type: DRAM\n");
      log.append("Buffer*: 0x55d2001c9e80\n");
      if (allocated) {
        log.append("Owns Data: yes\nHooked: no\n");
      }
      log.append("Call Stack:\n");
      String[] stack = stacks[r.nextInt(stacks.length)];
      for (String frame : stack) {
        String indent = odd && r.nextInt(10) == 0 ? "  " : "    ";
        String line = odd && r.nextInt(40) == 0 ? frame.repeat(FrameRun.MAX_BYTES / frame.length() + 1) : frame;
        log.append(indent).append(line).append(odd && r.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      if (!(odd && r.nextInt(6) == 0)) {
        log.append(odd && r.nextInt(6) == 0 ? "\r\n" : "\n");
      }
    }
    if (r.nextBoolean()) {
      log.append(SEPARATOR).append("\nBUFFER ALLOCATED\nTime: 15:31:42\nDevice: 1\nAddress: 0x10 (16)\n")
          .append("Size: 4 bytes (0 KB)\nType: L1\nBuffer*: 0x1\nOwns Data: no\nHooked: no\nCall Stack:\n    ").append(FRAMES[0]).append("\n    ")
          .append(FRAMES[1].substring(0, 9));
    }
    return log.toString();
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
