package io.ttsql.engine.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LeakSanitizer's template matching: substrings, {@code *}, {@code ^} and {@code $}. */
class LeakPatternTest {
  private static final String CB = "tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers";

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      setup_cb_buffers                                    | true
      GlobalCircularBuffer                                | true
      ^tt::tt_metal::                                     | true
      ^experimental::                                     | false
      setup_cb_buffers$                                   | true
      GlobalCircularBuffer$                               | false
      ^tt::*::setup_cb_buffers$                           | true
      ^tt::*GlobalCircularBuffer*                         | true
      tt_metal*Circular*cb                                | true
      Circular*tt_metal                                   | false
      *                                                   | true
      ^*$                                                 | true
      setup_CB_buffers                                    | false
      (tt)                                                | false
      .*                                                  | false
      """)
  void matchesLikeLeakSanitizer(String pattern, boolean matches) {
    assertEquals(matches, new LeakPattern(pattern).matches(CB), pattern);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      operator()          | ttnn::detail::operator()                      | true
      vector<int>         | std::vector<int>::push_back                   | true
      a.b                 | axb                                           | false
      a+b                 | a+b                                           | true
      ^$                  | x                                             | false
      """)
  void otherCharactersAreLiteral(String pattern, String function, boolean matches) {
    assertEquals(matches, new LeakPattern(pattern).matches(function), pattern);
  }

  @ParameterizedTest
  @CsvSource({"*", "^", "$", "x"})
  void aHiddenFrameMatchesNothing(String pattern) {
    assertEquals(false, new LeakPattern(pattern).matches(""));
  }

  @Test
  void anEmptyPatternIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LeakPattern(""));
  }
}
