package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditions the tables evaluate themselves give the same rows as Calcite evaluating them: each
 * WHERE clause is counted once as a filter (pushed into the scan) and once inside a CASE (which
 * nothing pushes), on the bundled server sample.
 */
class FilterPushdownTest {
  private static QueryFixture sample;

  @BeforeAll
  static void open() {
    sample = QueryFixture.open("sample:debug.log");
  }

  @AfterAll
  static void close() throws Exception {
    sample.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "end_reason in ('freed', 'end_of_log') and device between 1 and 5",
    "end_reason <> 'freed' or size >= 1048576",
    "buffer_type is not null and device <> 0",
    "end_seq is null",
    "end_seq is not null and end_line > 100",
    "address > 1000000 and address < 800000000",
    "'freed' = end_reason",
    "size < 4096 or size > 2000000",
    "pid = 41873 and (device = 0 or device = 1)",
    "callsite is null",
    "end_reason <> 'freed' and not overlapped",
    "overlapped or end_seq is null",
    "overlapped is not true and size > 4096",
    "not suppressed and overlapped is false",
  })
  void pushedFiltersKeepTheSameRows(String condition) {
    String pushed = sample.scalar("select count(*) from lifetimes where " + condition);
    String computed = sample.scalar("select sum(case when " + condition + " then 1 else 0 end) from lifetimes");
    assertEquals(computed, pushed, condition);
  }

  @Test
  void theScanTakesTheConditions() {
    String plan = sample.scalar("explain plan for select size from lifetimes where end_reason <> 'freed' and size > 1000");
    assertTrue(plan.contains("filters=[[AND(<>($2, 'freed'), >($7, 1000))]]"), plan);
    assertTrue(!plan.contains("EnumerableFilter") && !plan.contains("BindableFilter"), "nothing is filtered twice: " + plan);
  }
}
