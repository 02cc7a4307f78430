package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.store.TraceAssembler;
import io.ttsql.engine.store.TracePart;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path and the exact path of the server parser agree on every line the fast path
 * takes, the fast path finds the end of each line it takes (LF or CRLF) and never reads into the
 * next one, and it takes the common shapes: seeded random lines of every template, in
 * ordinary and odd shapes (negative or very long numbers, upper-case hex, ids mixing hex digits
 * with the characters around them in ASCII, missing pieces).
 */
class FastServerLinesTest {
  /** Follows every line in the buffer: a cut line must never be completed by the next one. */
  private static final String NEXT_LINE = "✓ [PID 1] Allocated 64 bytes of L1 on device 0 (buffer_id=0x40)\n";

  @ParameterizedTest
  @ValueSource(longs = {1, 20_251_125, -99})
  void bothPathsAgree(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int taken = 0;
    int common = 0;
    for (int i = 0; i < 3000; i++) {
      boolean odd = random.nextInt(4) == 0;
      String line = line(random, odd);
      byte[] bytes = Utf8.bytes(line);
      String ending = random.nextBoolean() ? "\n" : "\r\n";
      byte[] buffer = Utf8.bytes(line + ending + NEXT_LINE);
      TracePart fast = new TracePart();
      int newline = FastServerLines.parse(buffer, 0, buffer.length, 7, fast);
      boolean tookIt = newline >= 0;
      if (tookIt) {
        assertEquals(bytes.length + ending.length() - 1, newline, "the newline ending " + line);
      } else {
        assertEquals(0, fast.eventCount(), "a declined line adds nothing: " + line);
      }
      if (!odd) {
        common++;
        assertTrue(tookIt, "the fast path takes the common shape: " + line);
      }
      if (tookIt) {
        taken++;
        TracePart exact = new TracePart();
        assertTrue(exactParse(bytes, exact), "seed " + seed + ": the exact parser takes " + line);
        assertEquals(describe(exact), describe(fast), "seed " + seed + ": " + line);
      }
    }
    assertTrue(common > 0 && taken >= common, "seed " + seed);
  }

  /** The parser's exact path, which a line takes when the fast path declines it. */
  private static boolean exactParse(byte[] bytes, TracePart out) {
    new ServerLogParser(out).line(bytes, 0, bytes.length, 7, true);
    return out.eventCount() == 1;
  }

  /** The one event of {@code part} as text, every column with its NULLs. */
  private static String describe(TracePart part) {
    TraceAssembler assembler = new TraceAssembler();
    assembler.addFile("x.log", "server", 0, List.of(part), new long[] {1}, 0, null);
    Trace trace = assembler.build();
    EventColumns e = trace.events();
    assertEquals(1, e.count());
    return String.join("|", e.kind(0).sqlName(), String.valueOf(e.line(0)), String.valueOf(e.pid().boxed(0)),
        String.valueOf(e.device().boxed(0)), String.valueOf(e.bufferType(0)), String.valueOf(e.address().boxed(0)),
        String.valueOf(e.size().boxed(0)), String.valueOf(e.refCount().boxed(0)));
  }

  /** Up to nine characters mixing hex digits with those next to them in ASCII (/ : @ G ` g and a control character). */
  private static String nearHex(SplittableRandom r) {
    String near = "0123456789abcdefABCDEF/:@G`g\u0019";
    StringBuilder text = new StringBuilder();
    for (int i = r.nextInt(10); i > 0; i--) {
      text.append(near.charAt(r.nextInt(near.length())));
    }
    return text.toString();
  }

  private static String line(SplittableRandom r, boolean odd) {
    String pid = odd && r.nextInt(4) == 0 ? "-" + r.nextInt(1000) : String.valueOf(r.nextInt(100_000));
    String device = odd && r.nextInt(5) == 0 ? "12345678901" : String.valueOf(r.nextInt(8));
    String size = odd && r.nextInt(5) == 0 ? "18446744073709549568" : String.valueOf(1L << r.nextInt(31));
    long address = r.nextLong(1L << 40);
    String id = switch (odd ? r.nextInt(5) : r.nextInt(3)) {
      case 0 -> "0x" + Long.toHexString(address);
      case 1 -> String.valueOf(address);
      case 2 -> "0x" + Long.toHexString(address).toUpperCase(java.util.Locale.ROOT);
      case 3 -> "0X" + Long.toHexString(address).toUpperCase(java.util.Locale.ROOT);
      default -> r.nextBoolean() ? "0x" + Long.toHexString(Long.MAX_VALUE - r.nextInt(1000)) : "0x" + nearHex(r);
    };
    String[] types = {"DRAM", "L1", "L1_SMALL", "TRACE", "SYSTEM_MEMORY", odd ? "OTHER" : "L1"};
    List<String> shapes = new ArrayList<>(List.of(
        "✓ [PID " + pid + "] Allocated " + size + " bytes of " + types[r.nextInt(types.length)] + " on device " + device
            + " (buffer_id=" + id + ")",
        "✓ [PID " + pid + "] Allocated " + size + " bytes of " + types[r.nextInt(types.length)] + " on device " + device
            + " (buffer_id=" + id + ", ref_count=" + (2 + r.nextInt(5)) + ")",
        "✗ [PID " + pid + "] Freed buffer " + id + " on device " + device + " (" + size + " bytes, FINAL)",
        "✗ [PID " + pid + "] Freed buffer " + id + " on device " + device + " (" + size + " bytes, ref_count="
            + (1 + r.nextInt(5)) + " remaining)",
        "✗ [PID " + pid + "] Freed buffer " + id + " on device " + device + " (" + size + " bytes)",
        "⚠ [PID " + pid + "] Deallocation for unknown buffer " + id + " on device " + device
            + " (allocated before tracking started)"));
    String line = shapes.get(r.nextInt(shapes.size()));
    if (odd && r.nextInt(3) == 0) {
      int cut = r.nextInt(line.length());
      line = line.substring(0, cut) + line.substring(Math.min(line.length(), cut + 1 + r.nextInt(3)));
    }
    return line;
  }
}
