package io.ttsql.engine.parse;

import java.nio.charset.StandardCharsets;

/** UTF-8 byte literals for matching line templates without decoding lines. */
final class Utf8 {
  private Utf8() {}

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
