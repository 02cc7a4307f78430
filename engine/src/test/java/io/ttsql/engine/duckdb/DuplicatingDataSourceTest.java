package io.ttsql.engine.duckdb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/** The DuckDB store's connections: closing the data source closes the database whole. */
class DuplicatingDataSourceTest {
  @Test
  void closingItClosesTheConnectionsOfResultSetsNeverClosed() throws SQLException {
    // A JDBC client that closes only its ttsql connection leaves Calcite's result sets open, each
    // on a connection of its own: every one of them kept the database, its memory and its threads.
    DuckDBConnection origin = DuckDb.inMemory();
    DuplicatingDataSource source = new DuplicatingDataSource(origin);
    Connection done = source.getConnection();
    done.close();
    Connection reading = source.getConnection();
    ResultSet rows = reading.createStatement().executeQuery("select * from range(100000)");
    assertTrue(rows.next());
    source.close();
    assertTrue(reading.isClosed());
    assertTrue(origin.isClosed());
  }
}
