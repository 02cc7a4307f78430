package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis ticks at round values, labelled exactly. */
class TicksTest {
  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  @Test
  void byteTicksStepByAPowerOfTwo() {
    // 4 MB / 5 = 0.8 MB: the first power of two at or above is 1 MB.
    assertArrayEquals(new long[] {0, MB, 2 * MB, 3 * MB, 4 * MB}, Ticks.bytes(4 * MB));
    // 164 KB / 5 = 32.8 KB: step 64 KB, up to 192 KB, the first multiple at or above 164 KB.
    assertArrayEquals(new long[] {0, 64 * KB, 128 * KB, 192 * KB}, Ticks.bytes(164 * KB));
    assertArrayEquals(new long[] {0, 1}, Ticks.bytes(0));
  }

  @Test
  void byteTicksReachGarbageSizesWithoutOverflow() {
    // A protocol-garbage size of 7e18 bytes (FORMATS 5.3): step * 5 overflowed long and the loop
    // never ended. Now the step is 2^61 (7e18 / 5 = 1.4e18 <= 2^61 = 2.3e18), and the fourth tick,
    // 2^63, is past long's top, so it stops there.
    long max = 7_000_000_000_000_000_000L;
    long[] ticks = Ticks.bytes(max);
    assertArrayEquals(new long[] {0, 1L << 61, 2L << 61, 3L << 61, Long.MAX_VALUE}, ticks);
    assertEquals(Long.MAX_VALUE, Ticks.bytes(Long.MAX_VALUE)[Ticks.bytes(Long.MAX_VALUE).length - 1]);
  }

  @Test
  void countTicksStepByOneTwoOrFiveTimesAPowerOfTen() {
    // 55 / 5 = 11: steps 1, 2, 5 and 10 give more than five intervals, 20 gives three.
    assertArrayEquals(new long[] {0, 20, 40, 60}, Ticks.counts(55));
    assertArrayEquals(new long[] {0, 500_000, 1_000_000, 1_500_000}, Ticks.counts(1_000_001));
  }

  @Test
  void labelsAreExact() {
    assertEquals("0", Ticks.bytesLabel(0));
    assertEquals("768 KB", Ticks.bytesLabel(768 * KB));
    assertEquals("1.25 MB", Ticks.bytesLabel(MB + 256 * KB));
    assertEquals("512 B", Ticks.bytesLabel(512));
    assertEquals("1,500,000", Ticks.countLabel(1_500_000));
  }
}
