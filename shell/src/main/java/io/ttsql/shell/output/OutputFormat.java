package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One way of writing query results (table, csv, json…), chosen by name through {@link OutputFormats}. */
public interface OutputFormat {
  /** The name users type: {@code --format NAME} and {@code .mode NAME}. */
  String name();

  /** True for formats meant for people, which honour the row limit and show addresses in hex. */
  default boolean forPeople() {
    return false;
  }

  /** True when a row count (and the timer) follows each result: not for data, nor for text to paste. */
  default boolean hasFooter() {
    return forPeople();
  }

  /**
   * Writes every row of {@code rows} (at most {@code options.maxRows()} for formats meant for people).
   *
   * @return the number of rows the result had, shown or not
   */
  long write(ResultSet rows, Writer out, OutputOptions options) throws SQLException, IOException;
}
