package io.ttsql.shell.repl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Table and column names of a connection for completion, read once per connection. */
final class SchemaNames {
  private Connection readFrom;
  private List<String> tables = List.of();
  private List<String> columns = List.of();

  /** Rereads the names if {@code connection} is not the one they were read from. */
  void refresh(Connection connection) {
    if (connection == readFrom) {
      return;
    }
    readFrom = connection;
    TreeSet<String> tableSet = new TreeSet<>();
    TreeSet<String> columnSet = new TreeSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select table_name, column_name from ttsql_columns")) {
      while (rs.next()) {
        tableSet.add(rs.getString(1));
        columnSet.add(rs.getString(2));
      }
    } catch (SQLException e) {
      return;
    }
    tables = new ArrayList<>(tableSet);
    columns = new ArrayList<>(columnSet);
  }

  List<String> tables() {
    return tables;
  }

  List<String> columns() {
    return columns;
  }
}
