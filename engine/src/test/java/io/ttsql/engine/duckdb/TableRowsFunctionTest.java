package io.ttsql.engine.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.calcite.ColumnarTable;
import io.ttsql.engine.testing.CanonicalResult;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying a table into DuckDB in several INSERTs, each of several vectors, loses, repeats and reorders no row. */
class TableRowsFunctionTest {
  /** 5,000 events: INSERTs of 2,000 rows end mid-vector (vectors hold 2,048) and the last is short. */
  private static final int EVENTS = 5000;

  @TempDir Path dir;

  @Test
  void insertsOfAnyBatchSizeGiveEveryRowOnceInTableOrder() throws Exception {
    String[] lines = new String[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      lines[i] = "✓ [PID 7] Allocated " + (4096 + i) + " bytes of L1 on device " + i % 8 + " (buffer_id=" + 4096L * i + ")";
    }
    try (QueryFixture q = QueryFixture.open(QueryFixture.writeLog(dir, "many.log", lines).toString());
        DuckDBConnection duck = DuckDb.inMemory()) {
      ColumnarTable<?> events = Ttsql.schemas(q.connection()).get("main").columnarTables().stream()
          .filter(t -> t.name().equals("events")).findFirst().orElseThrow();
      DuckDbLoader.createSchema(duck, "s");
      TableRowsFunction.registerIn(duck);
      TableRowsFunction.registerIn(duck); // a second registration in the same database is skipped
      for (boolean compress : new boolean[] {false, true}) {
        DuckDb.execute(duck, DuckDbLoader.createTable("s", events));
        LongAdder told = new LongAdder();
        TableRowsFunction.insert(duck, "s", events, compress, told::add, 2000);
        assertEquals(EVENTS, told.sum(), "every row copied is told once");
        // Sizes 4096 + i sum to 5,000 * 4,096 + (0 + ... + 4,999) = 20,480,000 + 12,497,500.
        assertEquals(List.of("5000 | 32977500 | 0"),
            query(duck, "select count(*), sum(size), count(*) filter (where rowid <> seq) from s.events").rows());
        assertEquals(query(q.connection(), "select * from events"), query(duck, "select * from s.events"));
        DuckDb.execute(duck, "DROP TABLE s.events");
      }
    }
  }

  private static CanonicalResult query(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return CanonicalResult.read(rs);
    }
  }
}
