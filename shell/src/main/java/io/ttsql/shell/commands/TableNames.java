package io.ttsql.shell.commands;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The table names of the default schema, read from its {@code ttsql_tables} table. */
public final class TableNames {
  private TableNames() {}

  public static List<String> of(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select table_name from ttsql_tables")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
