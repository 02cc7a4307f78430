package io.ttsql.shell.repl;

import io.ttsql.engine.Ttsql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Schema, table and column names of a connection for completion, read once per connection. */
final class SchemaNames {
  private Connection readFrom;
  private List<String> schemas = List.of();
  private List<String> columns = List.of();
  private Map<String, List<String>> columnsByTable = Map.of();

  /** Rereads the names if {@code connection} is not the one they were read from. */
  void refresh(Connection connection) {
    if (connection == readFrom) {
      return;
    }
    readFrom = connection;
    TreeSet<String> columnSet = new TreeSet<>();
    Map<String, List<String>> byTable = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select table_name, column_name from ttsql_columns order by table_name, ordinal_position")) {
      while (rs.next()) {
        byTable.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
        columnSet.add(rs.getString(2));
      }
      schemas = new ArrayList<>(Ttsql.sources(connection).keySet());
    } catch (SQLException e) {
      return;
    }
    columns = new ArrayList<>(columnSet);
    columnsByTable = byTable;
  }

  List<String> schemas() {
    return schemas;
  }

  List<String> tables() {
    return new ArrayList<>(columnsByTable.keySet());
  }

  List<String> columns() {
    return columns;
  }

  /** The columns of {@code table} (lower case), in table order; empty for an unknown table. */
  List<String> columnsOf(String table) {
    return columnsByTable.getOrDefault(table, List.of());
  }
}
