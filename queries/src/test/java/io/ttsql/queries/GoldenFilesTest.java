package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line diff that golden-file failures print. */
class GoldenFilesTest {
  @Test
  void diffMarksRemovedAndAddedLines() {
    assertEquals("  a\n- b\n+ x\n  c\n+ d\n", GoldenFiles.diff(List.of("a", "b", "c"), List.of("a", "x", "c", "d")));
    assertEquals("- a\n", GoldenFiles.diff(List.of("a"), List.of()));
    assertEquals("", GoldenFiles.diff(List.of(), List.of()));
  }
}
