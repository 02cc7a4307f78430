package io.ttsql.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link CFloat} prints what C's {@code printf("%g")} prints (values checked against glibc). */
class CFloatTest {
  @Test
  void matchesPrintf() {
    assertEquals("0", CFloat.g(0));
    assertEquals("48", CFloat.g(48));
    assertEquals("2.92969", CFloat.g(3000 / 1024.0));
    assertEquals("0.0078125", CFloat.g(8192 / 1048576.0));
    assertEquals("0.000976562", CFloat.g(1024 / 1048576.0));
    assertEquals("9.53674e-05", CFloat.g(100 / 1048576.0));
    assertEquals("1.04858e+06", CFloat.g(1073741824 / 1024.0));
    assertEquals("123456", CFloat.g(123456));
    assertEquals("1e+06", CFloat.g(999999.5));
    assertEquals("-0.5", CFloat.g(-0.5));
  }

  @Test
  void roundsTiesToEvenLikeGlibc() {
    assertEquals("123456", CFloat.g(123456.5));
    assertEquals("123458", CFloat.g(123457.5));
    assertEquals("0.0976562", CFloat.g(100 / 1024.0));
  }
}
