package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code NAME=VALUE} words as parameter values. */
class AssignmentsTest {
  @Test
  void splitsAtTheFirstEqualsSign() {
    assertEquals(Map.of("limit", "5", "pattern", "a=b", "empty", ""),
        Assignments.parse(List.of("limit=5", "pattern=a=b", "empty=")));
    assertEquals(Map.of(), Assignments.parse(List.of()));
  }

  @Test
  void rejectsWordsWithoutNameOrGivenTwice() {
    assertEquals("a parameter is NAME=VALUE, not limit",
        assertThrows(QueryException.class, () -> Assignments.parse(List.of("limit"))).getMessage());
    assertEquals("a parameter is NAME=VALUE, not =5",
        assertThrows(QueryException.class, () -> Assignments.parse(List.of("=5"))).getMessage());
    assertEquals("parameter limit is given twice",
        assertThrows(QueryException.class, () -> Assignments.parse(List.of("limit=1", "limit=2"))).getMessage());
  }
}
