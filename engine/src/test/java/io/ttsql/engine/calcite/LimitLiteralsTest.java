package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LIMIT and OFFSET numbers beyond an int, on the server sample (56 events). */
class LimitLiteralsTest {
  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void aRowCountBeyondAnIntIsRefusedInOneLine(String store) throws SQLException {
    // Calcite failed to build these plans, and said so with its plan's description: Unable to
    // implement EnumerableLimit(fetch=[3000000000:BIGINT]): rowcount = 100.0, cumulative cost = ….
    // Either store refuses them, in a query or a subquery, as the same one line.
    Map<String, String> refusals = Map.of(
        "select * from events limit 3000000000", "LIMIT 3000000000",
        "select * from events offset 3000000000 rows", "OFFSET 3000000000",
        "select * from events order by size limit 2147483648", "LIMIT 2147483648",
        "select seq from events fetch next 3000000000 rows only", "LIMIT 3000000000",
        "select count(*) from (select seq from events order by seq limit 3 offset 2147483648)", "OFFSET 2147483648",
        "select seq from events limit 0x100000000", "LIMIT 4294967296",
        "select seq from events limit 18446744073709551616", "LIMIT 18446744073709551616");
    Properties info = new Properties();
    info.setProperty("store", store);
    try (QueryFixture sample = QueryFixture.open("sample:debug.log", info);
        Statement s = sample.connection().createStatement()) {
      refusals.forEach((sql, clause) -> {
        SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(sql).close(), sql);
        assertTrue(e.getMessage().endsWith(": " + clause + " is beyond the largest row count, 2147483647"),
            e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      });
    }
  }

  @Test
  void rowCountsUpToAnIntStillWork() throws SQLException {
    try (QueryFixture sample = QueryFixture.open("sample:debug.log")) {
      assertEquals(56, sample.rows("select seq from events limit 2147483647").size());
      assertEquals(0, sample.rows("select seq from events offset 2147483647 rows").size());
      // A hex number is a number here too; a fraction is cut to its whole part, as Calcite does.
      assertEquals(3, sample.rows("select seq from events limit 0x3").size());
      assertEquals(56, sample.rows("select seq from events order by size limit 0x100").size());
      assertEquals(56, sample.rows("select seq from events limit 2147483647.5").size());
    }
  }
}
