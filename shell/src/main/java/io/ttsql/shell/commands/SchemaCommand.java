package io.ttsql.shell.commands;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** {@code .schema [[SCHEMA.]TABLE]}: the columns of a table (or of all), with type and a one-line meaning each. */
final class SchemaCommand implements DotCommand {
  private static final String COLUMNS =
      "select table_name, column_name, data_type, description from ttsql_columns";

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public String arguments() {
    return "[[SCHEMA.]TABLE]";
  }

  @Override
  public String help() {
    return "show the columns of TABLE or SCHEMA.TABLE (or of every table), with types and meanings";
  }

  /** The tables, or once a dot is typed the tables of each loaded schema ({@code server.lifetimes}). */
  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    try {
      Connection connection = shell.session().connection();
      List<String> tables = TableNames.of(connection);
      if (!word.contains(".")) {
        return tables;
      }
      return Schemas.names(connection).stream().flatMap(s -> tables.stream().map(t -> s + "." + t)).toList();
    } catch (SQLException e) {
      return List.of();
    }
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.size() > 1) {
      throw new CommandException("usage: .schema [[SCHEMA.]TABLE]");
    }
    if (args.isEmpty()) {
      shell.session().show(COLUMNS + " order by table_name, ordinal_position");
      return;
    }
    Connection connection = shell.session().connection();
    String name = args.get(0);
    int dot = name.indexOf('.');
    String table = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String columns = dot < 0 ? "ttsql_columns" : "\"" + Schemas.named(connection, name.substring(0, dot)) + "\".ttsql_columns";
    if (!TableNames.of(connection).contains(table)) {
      throw new CommandException("no table " + name + " (see .tables)");
    }
    shell.session().show("select column_name, data_type, description from " + columns
        + " where table_name = ? order by ordinal_position", table);
  }
}
