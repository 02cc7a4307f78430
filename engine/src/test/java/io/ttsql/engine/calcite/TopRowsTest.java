package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY with LIMIT keeps only the top rows while it reads (a bounded sort, not a sort of every
 * row then a cut), and gives the same rows as the full sort cut afterwards, on the server sample.
 */
class TopRowsTest {
  @Test
  void limitedSortKeepsTheTopRows() throws Exception {
    try (QueryFixture sample = QueryFixture.open("sample:debug.log")) {
      String order = " from lifetimes order by size desc, alloc_seq";
      assertEquals(sample.rows("select alloc_seq, size" + order).subList(0, 5),
          sample.rows("select alloc_seq, size" + order + " limit 5"));
      assertEquals(sample.rows("select alloc_seq, size" + order).subList(3, 7),
          sample.rows("select alloc_seq, size" + order + " limit 4 offset 3"));
      String plan = sample.scalar("explain plan for select alloc_seq" + order + " limit 5");
      assertTrue(plan.contains("EnumerableLimitSort") && !plan.contains("EnumerableSort("), plan);
    }
  }
}
