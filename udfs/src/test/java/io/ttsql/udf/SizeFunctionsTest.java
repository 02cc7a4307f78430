package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code human_bytes}, {@code size_bucket} and {@code size_bucket_low} on exact and rounded sizes. */
class SizeFunctionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      0                   | 0 B
      100                 | 100 B
      1023                | 1023 B
      1024                | 1 KB
      4096                | 4 KB
      32768               | 32 KB
      3072                | 3 KB
      43960               | 42.9 KB
      1572864             | 1.5 MB
      1048575             | 1 MB
      1101004             | 1 MB
      1101005             | 1.1 MB
      3145728             | 3 MB
      1073741824          | 1 GB
      9223372036854775807 | 8 EB
      -32768              | -32 KB
      """)
  void humanBytesUsesBinaryUnitsAndOneDecimal(long bytes, String expected) {
    // 43960 B = 42.93 KB → 42.9 KB; 1048575 B = 1023.999 KB rounds to 1024 KB, so it shows as 1 MB;
    // 1.05 MB is 1101004.8 B: 1101004 B rounds down to 1 MB, 1101005 B up to 1.1 MB.
    assertEquals(expected, SizeFunctions.humanBytes(bytes));
  }

  @Test
  void humanBytesRoundsHalfUpOnExactValues() {
    // 1075 / 1024 = 1.0498… → 1 KB; 1076 / 1024 = 1.0508… → 1.1 KB; 2.25 KB → 2.3 KB (half up).
    assertEquals("1 KB", SizeFunctions.humanBytes(1075L));
    assertEquals("1.1 KB", SizeFunctions.humanBytes(1076L));
    assertEquals("2.3 KB", SizeFunctions.humanBytes(2304L));
    assertEquals("-8 EB", SizeFunctions.humanBytes(Long.MIN_VALUE));
    assertNull(SizeFunctions.humanBytes(null));
    // 2^64 + 2^63 bytes, beyond a BIGINT: 16 EB and 8 EB.
    assertEquals("24 EB", SizeFunctions.humanTotal(BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE.shiftLeft(63))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      100      | 100 B
      8192     | 8 KB
      8200     | 8200 B
      2304     | 2304 B
      1536     | 1.5 KB
      1572864  | 1.5 MB
      1048575  | 1048575 B
      -8192    | -8 KB
      """)
  void exactBytesKeepsWhatHumanBytesWouldRound(long bytes, String expected) {
    // 8192 is 8 KB exactly; 8200 is 8.008 KB, which human_bytes shows as 8 KB like 8192, so it
    // stays in bytes; 1536 is 1.5 KB exactly, but 2304 is 2.25 KB, which human_bytes rounds to
    // 2.3 KB; 1048575 is a byte short of 1 MB.
    assertEquals(expected, SizeFunctions.exactBytes(bytes));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      0                   | 0 B           | 0
      1                   | 1 B – 2 B     | 1
      3                   | 2 B – 4 B     | 2
      1023                | 512 B – 1 KB  | 512
      4096                | 4 KB – 8 KB   | 4096
      6144                | 4 KB – 8 KB   | 4096
      8191                | 4 KB – 8 KB   | 4096
      8192                | 8 KB – 16 KB  | 8192
      786432              | 512 KB – 1 MB | 524288
      3145728             | 2 MB – 4 MB   | 2097152
      9223372036854775807 | 4 EB – 8 EB   | 4611686018427387904
      """)
  void sizeBucketIsThePowerOfTwoRange(long bytes, String label, long low) {
    assertEquals(label, SizeFunctions.sizeBucket(bytes));
    assertEquals(low, SizeFunctions.sizeBucketLow(bytes));
  }

  @Test
  void sizeBucketOfNullOrNegativeIsNull() {
    assertNull(SizeFunctions.sizeBucket(null));
    assertNull(SizeFunctions.sizeBucketLow(null));
    assertNull(SizeFunctions.sizeBucket(-1L));
    assertNull(SizeFunctions.sizeBucketLow(Long.MIN_VALUE));
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 1234L})
  void everySizeLiesInItsBucket(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      long size = random.nextLong(1, Long.MAX_VALUE);
      long low = SizeFunctions.sizeBucketLow(size);
      assertTrue(low <= size && (low > Long.MAX_VALUE / 2 || size < 2 * low), "seed " + seed + ", size " + size);
      assertTrue(SizeFunctions.sizeBucket(size).startsWith(SizeFunctions.humanBytes(low) + " – "), "seed " + seed);
    }
  }
}
