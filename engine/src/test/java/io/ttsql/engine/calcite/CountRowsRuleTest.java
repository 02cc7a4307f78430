package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code count(*)} of a whole table comes from the table's row count, without a scan, and agrees
 * with the rows a full scan returns, for every table of both bundled samples; counts with a
 * condition, and aggregates that are not plain counts, still scan.
 */
class CountRowsRuleTest {
  private static QueryFixture samples;

  @BeforeAll
  static void open() {
    samples = QueryFixture.open("server=sample:debug.log;debug=sample:tt_buffer_debug.log");
  }

  @AfterAll
  static void close() throws Exception {
    samples.close();
  }

  @Test
  void countOfEveryTableIsItsNumberOfRows() throws SQLException {
    int checked = 0;
    for (String schema : List.of("server", "debug")) {
      for (String table : tables(schema)) {
        String name = schema + ".\"" + table + "\"";
        int scanned = samples.rows("select * from " + name).size();
        assertEquals(scanned + "; " + scanned, samples.rows("select count(*), count(1) from " + name).get(0)
            .replaceAll("[a-z_$0-9]+=", ""), name);
        String plan = samples.scalar("explain plan for select count(*) from " + name);
        assertTrue(plan.contains("EnumerableValues") && !plan.contains("TableScan"), name + ": " + plan);
        checked++;
      }
    }
    assertTrue(checked > 10, "tables checked: " + checked);
  }

  @Test
  void countsThatReadAColumnStillScan() {
    // The server sample's lifetimes: counting a condition or a nullable column needs the rows.
    String freed = samples.scalar("select sum(case when end_reason = 'freed' then 1 else 0 end) from server.lifetimes");
    assertEquals(freed, samples.scalar("select count(*) from server.lifetimes where end_reason = 'freed'"));
    String ended = samples.scalar("select sum(case when end_seq is null then 0 else 1 end) from server.lifetimes");
    assertEquals(ended, samples.scalar("select count(end_seq) from server.lifetimes"));
    assertEquals("1", samples.scalar("select count(distinct 1) from server.events"));
    assertEquals(List.of("x=1"), samples.rows("select 1 as x from server.events group by ()"));
  }

  private static List<String> tables(String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = samples.connection().getMetaData().getTables(null, schema, "%", null)) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
